import type { IncomingMessage } from 'node:http';
import { NewsbriefError } from '../errors.js';
import { readCappedBody } from '../net/body.js';
import { decodeText } from '../net/charset.js';
import { checkContentType } from '../net/content-type.js';
import { decodeFeedBytes } from '../net/feed-charset.js';
import { ConnectTimeout, requestPinned } from '../net/request.js';
import { type Resolve, systemResolve, vetHost } from '../net/resolve.js';
import type { FetchedText, Fetcher, FetchOptions } from './fetch-types.js';

export interface FetcherSettings {
  /** Lets loopback and private addresses through (tests, local use); metadata stays refused. */
  allowPrivate: boolean;
  /** Total time for one fetch, redirects and body included. */
  timeoutMs: number;
  /** Largest decoded body; reading stops the moment it is passed. */
  maxBytes: number;
  userAgent: string;
  /** Time to open the connection (TCP and TLS); defaults to the smaller of 5 s and timeoutMs. */
  connectTimeoutMs?: number;
  /** Redirects followed, each re-checked; default 5. */
  maxRedirects?: number;
  /** Host name -> addresses; tests inject one so that no real DNS is asked. */
  resolve?: Resolve;
  /** Certificate authorities (PEM) trusted for https instead of the bundled ones, e.g. a private CA. */
  ca?: string;
  /** Tests only: the address actually dialled for a vetted one (e.g. a public-looking IP -> 127.0.0.1). */
  dial?: (vettedAddress: string) => string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Thrown for 4xx/5xx answers; the feed poller reads `status` (e.g. 410 Gone). */
export type FetchFailure = NewsbriefError & { status?: number };

export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as FetchFailure | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The one hardened way to fetch a URL: see the README's threat model. */
export function createFetcher(settings: FetcherSettings): Fetcher {
  return {
    async fetchText(url, options) {
      const deadline = AbortSignal.timeout(settings.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      try {
        return await follow(parseLink(url), options, settings, signal);
      } catch (error) {
        throw explain(error, url, settings, deadline, options.signal);
      }
    },
  };
}

async function follow(
  start: URL,
  options: FetchOptions,
  settings: FetcherSettings,
  signal: AbortSignal,
): Promise<FetchedText> {
  const maxRedirects = settings.maxRedirects ?? 5;
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await open(url, options, settings, signal);
    const status = response.statusCode ?? 0;
    if (!redirectStatuses.has(status)) return finish(url, response, options, settings);
    response.destroy();
    const location = response.headers.location;
    if (!location) throw failure(`${url.host} redirected without saying where to.`, status);
    if (hop >= maxRedirects) {
      throw new NewsbriefError(
        'fetch_refused',
        `That link redirects more than ${maxRedirects} times, so newsbrief stopped following it.`,
      );
    }
    url = parseLink(resolveLocation(location, url));
  }
}

async function open(
  url: URL,
  options: FetchOptions,
  settings: FetcherSettings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const resolve = settings.resolve ?? systemResolve;
  const vetted = await vetHost(url, resolve, settings.allowPrivate, signal);
  return requestPinned({
    url,
    address: settings.dial ? settings.dial(vetted) : vetted,
    headers: {
      'user-agent': settings.userAgent,
      accept: acceptHeader[options.accept],
      'accept-encoding': 'gzip, deflate, br',
      ...options.headers,
    },
    connectTimeoutMs: settings.connectTimeoutMs ?? Math.min(5_000, settings.timeoutMs),
    signal,
    ...(settings.ca ? { ca: settings.ca } : {}),
  });
}

const acceptHeader: Record<FetchOptions['accept'], string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
  any: '*/*',
};

async function finish(
  url: URL,
  response: IncomingMessage,
  options: FetchOptions,
  settings: FetcherSettings,
): Promise<FetchedText> {
  const status = response.statusCode ?? 0;
  const contentType = String(response.headers['content-type'] ?? '');
  const headers = flatHeaders(response);
  if (status === 304) {
    response.destroy();
    return { url: url.href, status, contentType, headers, body: '' };
  }
  if (status >= 400 || status < 200) {
    response.destroy();
    throw failure(`${url.host} answered with HTTP ${status}, so there is nothing to read.`, status);
  }
  try {
    checkContentType(options.accept, contentType);
  } catch (error) {
    response.destroy();
    throw error;
  }
  const body = await readCappedBody(response, settings.maxBytes);
  // A feed names its charset in its XML declaration more often than in its header.
  const text =
    options.accept === 'feed'
      ? decodeFeedBytes(body, contentType, settings.maxBytes)
      : decodeText(body, contentType);
  return { url: url.href, status, contentType, headers, body: text };
}

/** Only http(s), and no credentials in the link: anything else is refused before DNS. */
function parseLink(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new NewsbriefError(
      'bad_input',
      "That doesn't look like a link (e.g. https://example.com/news).",
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsbriefError('fetch_refused', 'Only http and https links can be fetched.');
  }
  if (url.username || url.password) {
    throw new NewsbriefError(
      'fetch_refused',
      "Links with a user name or password in them aren't fetched.",
    );
  }
  return url;
}

function resolveLocation(location: string, from: URL): string {
  try {
    return new URL(location, from).href;
  } catch {
    throw new NewsbriefError('fetch_failed', `${from.host} redirected to a link that isn't valid.`);
  }
}

function flatHeaders(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function failure(message: string, status: number): FetchFailure {
  return Object.assign(new NewsbriefError('fetch_failed', message), { status });
}

/** Every other fault becomes a NewsbriefError with a reason a person can act on. */
function explain(
  error: unknown,
  link: string,
  settings: FetcherSettings,
  deadline: AbortSignal,
  cancel: AbortSignal | undefined,
): NewsbriefError {
  if (error instanceof NewsbriefError) return error;
  const host = safeHost(link);
  if (deadline.aborted || error instanceof ConnectTimeout) {
    const seconds = Math.round(settings.timeoutMs / 100) / 10;
    const limit = error instanceof ConnectTimeout ? 'to connect' : `(over ${seconds} s)`;
    return new NewsbriefError(
      'fetch_timeout',
      `${host} took too long ${limit}, so newsbrief gave up.`,
      {
        cause: error,
      },
    );
  }
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (cancel?.aborted) {
    return new NewsbriefError('fetch_failed', 'The fetch was cancelled.', { cause: error });
  }
  const tls = code.startsWith('ERR_TLS') || /CERT|SSL/.test(code);
  const reason = tls ? "couldn't make a secure (TLS) connection to" : "couldn't reach";
  return new NewsbriefError('fetch_failed', `newsbrief ${reason} ${host}.`, { cause: error });
}

function safeHost(link: string): string {
  try {
    return new URL(link).host || 'that site';
  } catch {
    return 'that site';
  }
}
