import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordDestination } from '../../adapters/discord/destination.js';
import type { OverflowPost, StoryPost } from '../../src/feeds/types.js';
import type { DestinationError } from '../../src/index.js';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A stand-in of Discord's REST API on 127.0.0.1: a text channel, and messages posted to it. */
async function discordStandIn(refuse = false) {
  const messages: Record<string, unknown>[] = [];
  const edits: { path: string; body: Record<string, unknown> }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString();
    });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && req.url?.endsWith('/channels/111'))
        return void res.end(JSON.stringify({ id: '111', type: 0, guild_id: '9', name: 'news' }));
      if (req.method === 'POST' && req.url?.endsWith('/channels/111/messages')) {
        if (refuse) {
          res.statusCode = 403;
          return void res.end(JSON.stringify({ code: 50013, message: 'Missing Permissions' }));
        }
        messages.push(JSON.parse(raw) as Record<string, unknown>);
        return void res.end(JSON.stringify(message(`m${messages.length}`, [])));
      }
      const edit = req.url?.match(/\/channels\/111\/messages\/([^/?]+)$/);
      if (req.method === 'PATCH' && edit?.[1] === 'gone') {
        res.statusCode = 404;
        return void res.end(JSON.stringify({ code: 10008, message: 'Unknown Message' }));
      }
      if (req.method === 'PATCH' && edit) {
        const body = JSON.parse(raw) as Record<string, unknown>;
        edits.push({ path: `/channels/111/messages/${edit[1]}`, body });
        return void res.end(
          JSON.stringify({
            ...message(edit[1] ?? '', body.embeds),
            edited_timestamp: new Date().toISOString(),
          }),
        );
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ code: 10003, message: 'Unknown Channel' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new Client({
    intents: [],
    rest: { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, retries: 0 },
  });
  client.token = 'fake.token.value';
  client.rest.setToken('fake.token.value');
  closers.push(
    () => client.destroy(),
    () => new Promise((resolve) => server.close(resolve)),
  );
  return { messages, edits, destination: createDiscordDestination(client) };
}

const post: OverflowPost = {
  kind: 'overflow',
  feedTitle: 'Harbour Times',
  stories: [{ title: 'A', url: 'https://n.example/a' }],
};
const channel = { platform: 'discord', channelId: '111', workspaceId: '9' } as const;

describe('the Discord destination', () => {
  it('sends an embed with an enforced nonce derived from the idempotency key', async () => {
    const discord = await discordStandIn();
    const first = await discord.destination.send(channel, post, { idempotencyKey: 'story:1:2' });
    await discord.destination.send(channel, post, { idempotencyKey: 'story:1:2' });
    expect(first.messageId).toBe('m1');
    const [a, b] = discord.messages;
    expect(a?.enforce_nonce).toBe(true);
    expect(String(a?.nonce)).toHaveLength(25);
    expect(b?.nonce).toBe(a?.nonce);
    expect(a?.embeds).toEqual([
      { title: '1 more story from Harbour Times', description: '• [A](https://n.example/a)' },
    ]);
    expect(a?.allowed_mentions).toEqual({ parse: [] });
  });

  it('reports a missing permission or an unknown channel as a permanent refusal', async () => {
    const discord = await discordStandIn(true);
    const refused = await discord.destination
      .send(channel, post, { idempotencyKey: 'k' })
      .catch((e: DestinationError) => e);
    expect(refused).toMatchObject({
      name: 'DestinationError',
      permanent: true,
      message: 'Missing Permissions',
    });
    const unknown = await discord.destination
      .send({ ...channel, channelId: '222' }, post, { idempotencyKey: 'k' })
      .catch((e: DestinationError) => e);
    expect(unknown).toMatchObject({ name: 'DestinationError', permanent: true });
  });

  it('edits a posted story in place to add the later sources, with mentions off', async () => {
    const discord = await discordStandIn();
    const story: StoryPost = {
      kind: 'story',
      brief: {
        headline: 'Harbour reopens @everyone',
        lede: 'The harbour reopened on Monday.',
        points: [],
        facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
        readingMinutes: 1,
        wordCount: 6,
        source: 'https://n.example/h',
        summary: 'The harbour reopened on Monday.',
      },
      articleId: 'https://n.example/h',
      title: 'Harbour reopens',
      url: 'https://n.example/h',
      feedTitle: 'Harbour Times',
      publishedAt: '2026-11-29T12:00:00.000Z',
      alsoReportedBy: ['Coast Daily', 'Port News'],
    };
    await discord.destination.edit?.(channel, 'm7', story);
    expect(discord.messages).toEqual([]);
    expect(discord.edits).toHaveLength(1);
    const [edit] = discord.edits;
    expect(edit?.path).toBe('/channels/111/messages/m7');
    expect(edit?.body.allowed_mentions).toEqual({ parse: [] });
    const [embed] = (edit?.body.embeds ?? []) as { title: string; footer: { text: string } }[];
    expect(embed?.title).toBe('Harbour reopens @everyone');
    expect(embed?.footer.text).toBe('Harbour Times · Also reported by Coast Daily and Port News');
  });

  it('edits an overflow post to name later sources next to the story, and reports a deleted message as a refusal', async () => {
    const discord = await discordStandIn();
    const grouped: OverflowPost = {
      ...post,
      stories: [{ title: 'A', url: 'https://n.example/a', alsoReportedBy: ['Coast Daily'] }],
    };
    await discord.destination.edit?.(channel, 'm3', grouped);
    const [embed] = (discord.edits[0]?.body.embeds ?? []) as { description: string }[];
    expect(embed?.description).toBe('• [A](https://n.example/a) · _Also reported by Coast Daily_');
    const refused = await discord.destination
      .edit?.(channel, 'gone', grouped)
      .catch((e: DestinationError) => e);
    expect(refused).toMatchObject({
      name: 'DestinationError',
      permanent: true,
      message: 'Unknown Message',
    });
  });
});

/** A message object as Discord's REST API returns it, for the stand-in's answers. */
function message(id: string, embeds: unknown) {
  return {
    id,
    channel_id: '111',
    content: '',
    embeds,
    type: 0,
    author: { id: '1', username: 'bot', discriminator: '0', avatar: null },
    timestamp: new Date().toISOString(),
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    tts: false,
    mention_everyone: false,
  };
}
