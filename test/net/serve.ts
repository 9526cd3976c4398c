import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { vi } from 'vitest';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  origin: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 only; `hits` lists the paths it was asked for. */
export async function serve(handler: Handler): Promise<TestServer> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Records the host of every socket the process opens, so a test can prove none left loopback. */
export function watchConnections(): { hosts: string[]; restore(): void } {
  const hosts: string[] = [];
  const original = net.Socket.prototype.connect;
  const spy = vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
    this: net.Socket,
    ...args: unknown[]
  ) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string } | undefined;
    hosts.push(
      typeof options === 'object' && options ? (options.host ?? 'localhost') : 'localhost',
    );
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  return { hosts, restore: () => spy.mockRestore() };
}
