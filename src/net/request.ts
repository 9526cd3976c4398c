import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

export interface PinnedRequest {
  url: URL;
  /** The vetted address: the socket goes here and nowhere else, whatever DNS says later. */
  address: string;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  signal: AbortSignal;
  /** Certificate authorities (PEM) trusted instead of the bundled ones. */
  ca?: string;
}

export class ConnectTimeout extends Error {
  override readonly name = 'ConnectTimeout';
}

/** One GET to a pinned address; resolves with the response head, the body still unread. */
export function requestPinned(request: PinnedRequest): Promise<IncomingMessage> {
  const { url, address } = request;
  const secure = url.protocol === 'https:';
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? https : http).request({
      host: address,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...request.headers, host: url.host },
      agent: false,
      signal: request.signal,
      // The certificate is checked against the name the user typed, not the pinned address.
      ...(secure && isIP(hostname) === 0 ? { servername: hostname } : {}),
      ...(secure && request.ca ? { ca: request.ca } : {}),
    });
    const timer = setTimeout(
      () => outgoing.destroy(new ConnectTimeout(`connect to ${url.host} timed out`)),
      request.connectTimeoutMs,
    );
    outgoing.on('socket', (socket) => {
      socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(timer));
    });
    outgoing.once('response', (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    // 'on', not 'once': an abort after the response can still emit errors, which must not go unhandled.
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end();
  });
}
