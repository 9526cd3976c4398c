// Measures how long another user waits for /help while one user's worst input is handled, on
// the real Bolt app and the real discord.js bot against their stand-ins. Pages are fictional.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatInput } from '../fakes/discord/interactions.js';
import { finalReply, type Harness } from './discord/harness.js';
import type { SlackHarness } from './slack/harness.js';

/** What another user may wait at most, at the 99th percentile, for an answer. */
export const maxWaitMs = 100;
export const tries = 20;
/** Untimed rounds first: a running bot is warm (JIT, first sockets, modules loaded on first use). */
const warmUp = 3;

const paragraph = (i: number) =>
  `<p>The fictional harbour board met for session ${i} and reviewed ferry timetables, pier repairs and the cost of dredging the channel before the winter storms arrive.</p>`;

/** A story page of just under `bytes` of paragraphs. */
export function largePage(bytes: number): string {
  const parts: string[] = [];
  let size = 200;
  for (let i = 0; size + paragraph(i).length < bytes; i++) {
    parts.push(paragraph(i));
    size += paragraph(i).length;
  }
  return `<html><head><title>Fictional harbour board</title></head><body><article><h1>Fictional harbour board</h1>${parts.join('')}</article></body></html>`;
}

export function deepPage(depth: number): string {
  return `<html><body>${paragraph(1)}${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
}

export interface HeavyServer {
  url(path: '/deep' | '/large' | '/slow'): string;
  /** Resolves when the next page has been sent whole: from then on the bot is reading it. */
  nextSent(): Promise<void>;
  close(): Promise<void>;
}

/** Serves the worst inputs: a 100,000-deep page, a 4.9 MB page, a server that never answers. */
export async function startHeavyServer(): Promise<HeavyServer> {
  // Encoded once: the page server shares the bot's process here, and must not slow it down.
  const deep = Buffer.from(deepPage(100_000));
  const large = Buffer.from(largePage(4_900_000));
  const onSent: (() => void)[] = [];
  const server: Server = createServer((request, response) => {
    if (request.url === '/slow') return;
    response.once('finish', () => {
      for (const sent of onSent.splice(0)) sent();
    });
    const body = request.url === '/deep' ? deep : large;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${path}`,
    nextSent: () => new Promise((resolve) => onSent.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The 99th percentile of the samples (of 20, the slowest). */
export function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Infinity;
}

/**
 * Slack: before each of `tries` /help commands from another user (or, with `once`, before the
 * first: a page that takes seconds is still being read for the rest), one user sends /brief of
 * the heavy link; each /help is timed as Slack times it, from the request to the app's HTTP answer
 * (the acknowledgement Slack wants within 3 s), and its reply must still arrive.
 */
export async function slackWaits(
  test: SlackHarness,
  heavyUrl: string,
  { once = false, sent }: { once?: boolean; sent?: () => Promise<void> } = {},
): Promise<number[]> {
  const waits: number[] = [];
  for (let i = -warmUp; i < tries; i++) {
    if (once ? i === 0 : true) {
      const served = sent?.();
      void test.command(heavyUrl, { user_id: 'U0HEAVY', channel_id: 'C0HEAVY' });
      await served;
    }
    const id = `help-${i}-${Math.random()}`;
    const acked = await test.command('help', {
      user_id: 'U0OTHER',
      response_url: test.slack.responseUrl(id),
    });
    if (i >= 0) waits.push(acked.elapsedMs);
    await test.slack.waitFor((call) => call.path.endsWith(`/${id}`), 30_000);
  }
  return waits;
}

/**
 * Discord: the same, timed as Discord times it, from the interaction's dispatch until the bot's
 * first answer to it (the deferral Discord wants within 3 s); the reply must still arrive.
 */
export async function discordWaits(
  test: Harness,
  heavyUrl: string,
  { once = false, sent }: { once?: boolean; sent?: () => Promise<void> } = {},
): Promise<number[]> {
  const at = { appId: test.discord.appId, guildId: test.discord.guildId };
  const waits: number[] = [];
  for (let i = -warmUp; i < tries; i++) {
    if (once ? i === 0 : true) {
      const served = sent?.();
      test.discord.dispatch(
        'INTERACTION_CREATE',
        chatInput('brief', { url: heavyUrl }, { ...at, userId: '810000000000000001' }),
      );
      await served;
    }
    const help = chatInput('help', {}, { ...at, userId: '820000000000000002' });
    const started = performance.now();
    test.discord.dispatch('INTERACTION_CREATE', help);
    await test.discord.waitFor((request) => request.path.includes(`/${help.token}/callback`));
    if (i >= 0) waits.push(performance.now() - started);
    await finalReply(test.discord, help.token);
  }
  return waits;
}
