// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 for tests: each request is
// recorded and answered by the test's script (a reply, a status such as 429 or 500, malformed
// JSON, or a slow reply). Shape: https://platform.openai.com/docs/api-reference/chat/create
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'reply'; content: unknown }
  | { kind: 'raw'; content: string }
  | { kind: 'status'; status: number }
  | { kind: 'slow'; ms: number; content: unknown }
  | { kind: 'refusal' };

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  authorization?: string;
}

export interface OpenAiStandIn {
  /** Base URL to give the client, ending in /v1. */
  url: string;
  requests: ChatRequest[];
  /** How the next requests are answered; the last request's messages are passed in. */
  script: (request: ChatRequest) => Behaviour;
  close(): Promise<void>;
}

export async function startOpenAiStandIn(): Promise<OpenAiStandIn> {
  const standIn: Omit<OpenAiStandIn, 'url' | 'close'> = {
    requests: [],
    script: () => ({ kind: 'status', status: 500 }),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(await readBody(req)) as ChatRequest;
      const request = {
        ...body,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      };
      standIn.requests.push(request);
      const behaviour = standIn.script(request);
      if (behaviour.kind === 'status') {
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { message: `status ${behaviour.status}`, type: 'server_error' },
          }),
        );
        return;
      }
      if (behaviour.kind === 'slow')
        await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
      if (res.destroyed) return;
      const content =
        behaviour.kind === 'raw'
          ? behaviour.content
          : behaviour.kind === 'refusal'
            ? null
            : JSON.stringify(behaviour.content);
      const refusal = behaviour.kind === 'refusal' ? 'I cannot help with that.' : null;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${standIn.requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [
            { index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal } },
          ],
        }),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
