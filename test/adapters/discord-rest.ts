// A stand-in of the Discord REST routes a feed destination uses (fetch a channel, post and edit
// its messages) for the real discord.js client, recording each message body as sent.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'discord.js';
import { createDiscordDestination } from '../../adapters/discord/destination.js';

export async function discordRestStandIn() {
  const channelId = '111';
  const bodies: Record<string, unknown>[] = [];
  const message = (id: string, body: Record<string, unknown>) => ({
    id,
    channel_id: channelId,
    type: 0,
    content: '',
    embeds: body.embeds ?? [],
    author: { id: '1', username: 'newsbrief', discriminator: '0', avatar: null },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
  });
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      const path = request.url ?? '';
      if (request.method === 'GET' && path.endsWith(`/channels/${channelId}`))
        return void response.end(JSON.stringify({ id: channelId, type: 0, guild_id: '9' }));
      const posted = /\/channels\/111\/messages(?:\/([^/?]+))?$/.exec(path);
      if (posted && (request.method === 'POST' || request.method === 'PATCH')) {
        const body = JSON.parse(raw) as Record<string, unknown>;
        bodies.push(body);
        return void response.end(JSON.stringify(message(posted[1] ?? `m${bodies.length}`, body)));
      }
      response.statusCode = 404;
      response.end(JSON.stringify({ code: 10003, message: 'Unknown Channel' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new Client({
    intents: [],
    rest: { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, retries: 0 },
  });
  client.token = 'fake.token.value';
  client.rest.setToken('fake.token.value');
  return {
    channelId,
    bodies,
    destination: createDiscordDestination(client),
    async close() {
      await client.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
