// A local stand-in of the Slack Web API (and a response_url and Socket Mode endpoint) for tests.
// See ../shared/PLATFORM-FAKES.md: form-encoded posts, nested values as JSON strings, HTTP 200
// answers with {ok}.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { createRecorder } from '../recorder.js';
import { createTsClock, historyPage, type StoredMessage } from './history.js';

export interface RecordedCall {
  /** A Web API method ("chat.postMessage"), or "response_url" for a respond() post. */
  method: string;
  /** The request path, e.g. /respond/cmd-1 for a response_url. */
  path: string;
  args: Record<string, unknown>;
  authorization?: string;
  /** What the stand-in answered, e.g. the `ts` of a posted message. */
  response?: Record<string, unknown>;
}

export interface SlackStandIn {
  /** For clientOptions.slackApiUrl / SLACK_API_URL. */
  apiUrl: string;
  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string;
  botUserId: string;
  botId: string;
  teamId: string;
  calls: RecordedCall[];
  /** Workspace admins (users.info is_admin) and channel creators (conversations.info). */
  admins: Set<string>;
  creators: Map<string, string>;
  /** Calls of these methods answer {ok: false, error}. */
  failures: Map<string, string>;
  /** Calls of these methods are recorded, never answered and change nothing (lost in flight). */
  stalls: Set<string>;
  /** Calls of these methods take effect, then the connection drops before the answer. */
  resets: Set<string>;
  /** A channel's top-level messages, oldest first: the bot's posts and those added here. */
  timeline(channel: string): StoredMessage[];
  /** Adds a message as someone else posted it now; returns its ts. */
  addMessage(channel: string, message: Omit<StoredMessage, 'type' | 'ts'>): string;
  waitFor(match: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Sends a Socket Mode envelope and resolves with the app's acknowledgement. */
  sendSocketEnvelope(envelope: Record<string, unknown>, timeoutMs?: number): Promise<unknown>;
  socketConnected(): Promise<void>;
  close(): Promise<void>;
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const recorder = createRecorder<RecordedCall>(
    (seen, timeoutMs) =>
      `no matching Slack call in ${timeoutMs} ms; saw ${seen.map((c) => c.method).join(', ')}`,
  );
  const calls = recorder.items;
  const admins = new Set<string>();
  const creators = new Map<string, string>();
  const failures = new Map<string, string>();
  const stalls = new Set<string>();
  const resets = new Set<string>();
  const timelines = new Map<string, StoredMessage[]>();
  const timeline = (channel: string) => {
    const messages = timelines.get(channel) ?? [];
    timelines.set(channel, messages);
    return messages;
  };
  const nextTs = createTsClock();
  const sockets = new Set<WebSocket>();
  const acks = new Map<string, (payload: unknown) => void>();
  let onSocket: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onSocket = resolve;
  });
  let port = 0;
  const ids = { botUserId: 'UNEWSBRIEF', botId: 'BNEWSBRIEF', teamId: 'T0TEAM' };

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  const socketServer = new WebSocketServer({ server, path: '/socket' });
  socketServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? {});
    });
    socket.send(
      JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' } }),
    );
    onSocket();
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const method = path.startsWith('/respond/') ? 'response_url' : path.replace(/^\/api\//, '');
    const call: RecordedCall = {
      method,
      path,
      args: parseArgs(text, String(request.headers['content-type'] ?? '')),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    };
    if (stalls.has(method)) return void recorder.record(call);
    call.response = answer(call);
    recorder.record(call);
    if (resets.has(method)) return void response.destroy();
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(call.response));
  }

  function answer({ method, args }: RecordedCall): Record<string, unknown> {
    const failure = failures.get(method);
    if (failure)
      return {
        ok: false,
        error: failure,
        ...(failure === 'missing_scope'
          ? { needed: 'channels:history', provided: 'chat:write' }
          : {}),
      };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://stand-in.slack.com/',
          team: 'Stand-in',
          user: 'newsbrief',
          team_id: ids.teamId,
          user_id: ids.botUserId,
          bot_id: ids.botId,
        };
      case 'chat.postMessage': {
        const message: StoredMessage = {
          type: 'message',
          ts: nextTs(),
          text: String(args.text ?? ''),
          user: ids.botUserId,
          bot_id: ids.botId,
          app_id: 'A0NEWSBRIEF',
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata as StoredMessage['metadata'] } : {}),
        };
        // Thread replies stay out of the channel's history, as on Slack.
        if (!args.thread_ts) timeline(String(args.channel)).push(message);
        return { ok: true, channel: args.channel, ts: message.ts, message };
      }
      case 'chat.update': {
        const message = timeline(String(args.channel)).find((m) => m.ts === args.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        Object.assign(
          message,
          { text: String(args.text ?? '') },
          args.blocks ? { blocks: args.blocks } : {},
        );
        return { ok: true, channel: args.channel, ts: message.ts, text: message.text };
      }
      case 'conversations.history':
        return historyPage(timeline(String(args.channel)), args);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'users.info': {
        const id = String(args.user);
        return { ok: true, user: { id, is_admin: admins.has(id), is_owner: false } };
      }
      case 'conversations.info': {
        const id = String(args.channel);
        return { ok: true, channel: { id, creator: creators.get(id) ?? 'UNOBODY' } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/socket` };
      default:
        return { ok: true };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${id}`,
    ...ids,
    calls,
    admins,
    creators,
    failures,
    stalls,
    resets,
    timeline,
    addMessage(channel, message) {
      const ts = nextTs();
      timeline(channel).push({ type: 'message', ts, ...message });
      return ts;
    },
    waitFor: (match, timeoutMs = 5000) => recorder.waitFor(match, timeoutMs),
    sendSocketEnvelope(envelope, timeoutMs = 5000) {
      const id = String(envelope.envelope_id);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ack for ${id}`)), timeoutMs);
        acks.set(id, (payload) => {
          clearTimeout(timer);
          resolve(payload);
        });
        for (const socket of sockets) socket.send(JSON.stringify(envelope));
      });
    },
    socketConnected: () => connected,
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => socketServer.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Form posts carry nested values (blocks) as JSON strings; respond() posts JSON. */
function parseArgs(text: string, contentType: string): Record<string, unknown> {
  if (!text) return {};
  if (contentType.includes('json')) return JSON.parse(text) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
