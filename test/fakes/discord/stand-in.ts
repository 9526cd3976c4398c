// A local stand-in of Discord for tests: the REST routes the bot uses and a JSON gateway, both on
// one 127.0.0.1 port. See ../shared/PLATFORM-FAKES.md for how discord.js talks to it.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { createRecorder } from '../recorder.js';

export interface RecordedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /webhooks/1/tok/messages/@original. */
  path: string;
  authorization?: string;
  body: unknown;
}

export interface DiscordStandIn {
  api: string;
  appId: string;
  guildId: string;
  requests: RecordedRequest[];
  /** Resolves once a client has identified on the gateway (READY sent). */
  identified(): Promise<void>;
  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(event: string, data: unknown): void;
  /** Resolves with the first recorded request that matches, waiting for it if needed. */
  waitFor(
    match: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startDiscordStandIn(): Promise<DiscordStandIn> {
  const appId = '100000000000000001';
  const guildId = '200000000000000002';
  const recorder = createRecorder<RecordedRequest>(
    (seen) => `no matching request; saw ${seen.map((r) => `${r.method} ${r.path}`).join(', ')}`,
  );
  const requests = recorder.items;
  const sockets = new Set<WebSocket>();
  let sequence = 0;
  let onIdentify: () => void = () => {};
  const identifiedOnce = new Promise<void>((resolve) => {
    onIdentify = resolve;
  });
  let port = 0;

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  const gateway = new WebSocketServer({ server, path: '/gateway' });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      body: parseBody(text, request.headers['content-type']),
    };
    recorder.record(recorded);
    const [status, body] = answer(recorded);
    if (status === 204) {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function answer(request: RecordedRequest): [number, unknown] {
    const { method, path } = request;
    if (path === '/gateway/bot') {
      return [
        200,
        {
          url: `ws://127.0.0.1:${port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path))
      return [204, null];
    if (method === 'PATCH' && /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/.test(path)) {
      return [200, message(request.body)];
    }
    if (method === 'DELETE' && /^\/webhooks\//.test(path)) return [204, null];
    if (method === 'POST' && /^\/webhooks\/[^/]+\/[^/]+$/.test(path))
      return [200, message(request.body)];
    if (method === 'PUT' && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      const body = request.body as { name: string }[];
      return [
        200,
        body.map((command, index) => ({
          ...command,
          id: `3000${index}`,
          application_id: appId,
          version: '1',
        })),
      ];
    }
    return [404, { message: 'Unknown route', code: 0 }];
  }

  function message(body: unknown) {
    return {
      id: String(400000000000000000n + BigInt(requests.length)),
      channel_id: '500000000000000005',
      author: { id: appId, username: 'newsbrief', discriminator: '0', avatar: null, bot: true },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      ...(body as object),
    };
  }

  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) identify(socket);
      if (packet.op === 6) send(socket, 'RESUMED', {});
    });
  });

  function send(socket: WebSocket, event: string, data: unknown) {
    sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: event, s: sequence, d: data }));
  }

  function identify(socket: WebSocket) {
    send(socket, 'READY', {
      v: 10,
      user: { id: appId, username: 'newsbrief', discriminator: '0', avatar: null, bot: true },
      guilds: [{ id: guildId, unavailable: true }],
      session_id: 'stand-in-session',
      resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
      application: { id: appId, flags: 0 },
    });
    send(socket, 'GUILD_CREATE', guild(guildId, appId));
    onIdentify();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    api: `http://127.0.0.1:${port}/api`,
    appId,
    guildId,
    requests,
    identified: () => identifiedOnce,
    dispatch(event, data) {
      for (const socket of sockets) send(socket, event, data);
    },
    waitFor: (match, timeoutMs = 10_000) => recorder.waitFor(match, timeoutMs),
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseBody(text: string, type: string | undefined): unknown {
  if (!text) return undefined;
  if (type?.includes('application/json')) return JSON.parse(text);
  // discord.js sends multipart when a message carries files; the JSON rides in payload_json.
  const json = /name="payload_json"\r?\n(?:[^\r\n]*\r?\n)*?\r?\n([\s\S]*?)\r?\n--/.exec(text);
  return json?.[1] ? JSON.parse(json[1]) : text;
}

function guild(id: string, botId: string) {
  return {
    id,
    name: 'Newsroom',
    icon: null,
    owner_id: '600000000000000006',
    roles: [
      {
        id,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
    ],
    channels: [
      { id: '500000000000000005', type: 0, name: 'news', position: 0, permission_overwrites: [] },
    ],
    members: [
      {
        user: { id: botId, username: 'newsbrief', discriminator: '0', avatar: null, bot: true },
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    member_count: 2,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    system_channel_flags: 0,
    afk_timeout: 300,
  };
}
