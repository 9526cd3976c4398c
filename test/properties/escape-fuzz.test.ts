import { webApi } from '@slack/bolt';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleDestination } from '../../adapters/console/destination.js';
import { escapeTerminal } from '../../adapters/console/escape.js';
import { renderText } from '../../adapters/console/render.js';
import { safeDiscordMessage } from '../../adapters/discord/escape.js';
import { discordLimits, type EmbedData } from '../../adapters/discord/limits.js';
import { renderReply as renderDiscord } from '../../adapters/discord/render.js';
import { createSlackDestination } from '../../adapters/slack/destination.js';
import { safeSlackMessage } from '../../adapters/slack/escape.js';
import { renderReply as renderSlack } from '../../adapters/slack/render.js';
import type { Reply } from '../../commands/command.js';
import type { Answer, Brief, ChannelRef, Post } from '../../src/index.js';
import { discordRestStandIn } from '../adapters/discord-rest.js';
import {
  breakoutUrl,
  hostileText,
  liveInDiscordBody,
  liveInSlackCall,
  liveInTerminal,
} from '../adapters/live-markup.js';
import { type SlackStandIn, startSlackStandIn } from '../fakes/slack/web-api.js';

// Fictional fragments: every mention, link and escape form, split into pieces fast-check mixes
// with random text, so tokens also arrive broken, nested and glued together.
const fragments = [
  ...hostileText.split(/\s+/),
  ...hostileText.split(''),
  '<',
  '>',
  '|',
  '&',
  '[',
  '](',
  ')',
  '\\',
  '@',
  '!',
  '\u001b',
  '\u009b',
  '\u200B',
  breakoutUrl,
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));
const hostileUrl = fc.oneof(
  fc.constant(breakoutUrl),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostile.map((tail) => `https://evil.example/${tail}`),
  hostile,
);
const maybeUrl = fc.option(hostileUrl, { nil: undefined });

const brief = fc
  .record({
    headline: hostile,
    lede: hostile,
    points: fc.array(hostile, { maxLength: 4 }),
    source: hostile,
    url: maybeUrl,
  })
  .map(
    (parts): Brief =>
      ({
        ...parts,
        facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
        readingMinutes: 1,
        dateline: '',
      }) as unknown as Brief,
  );
const entry = fc.record({
  title: hostile,
  url: maybeUrl,
  alsoReportedBy: fc.array(hostile, { maxLength: 2 }),
});
const post: fc.Arbitrary<Post> = fc.oneof(
  fc.record({
    kind: fc.constant('story' as const),
    brief,
    articleId: fc.constant('fictional'),
    title: hostile,
    url: maybeUrl,
    feedTitle: hostile,
    publishedAt: fc.constant('2026-12-01T09:00:00Z'),
    alsoReportedBy: fc.array(hostile, { maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('overflow' as const),
    feedTitle: hostile,
    stories: fc.array(entry, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('digest' as const),
    date: fc.constant('2026-12-01'),
    timezone: hostile,
    stories: fc.array(
      entry.chain((e) =>
        fc.record({ lede: hostile, feedTitle: hostile }).map((x) => ({ ...e, ...x })),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);
const answer: fc.Arbitrary<Answer> = fc.record({
  answer: hostile,
  evidence: hostile,
  articleId: fc.constant('fictional'),
  articleTitle: hostile,
  confidence: fc.constant(0.9),
  kind: fc.constantFrom('answer' as const, 'abstain' as const),
  status: fc.constantFrom('answered' as const, 'unsure' as const, 'not_found' as const),
  reason: hostile,
});
const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({
    kind: fc.constant('brief' as const),
    brief,
    articleId: fc.constant('fictional'),
    articleTitle: hostile,
    hints: fc.array(hostile, { maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    question: hostile,
    answer,
    sourceUrl: maybeUrl,
  }),
  fc.record({
    kind: fc.constant('text' as const),
    title: hostile,
    text: hostile,
    fields: fc.array(fc.record({ name: hostile, value: hostile }), { maxLength: 2 }),
    url: maybeUrl,
  }),
  fc.record({
    kind: fc.constant('error' as const),
    code: fc.constant('bad_input'),
    message: hostile,
  }),
);

const linksOf = (p: Post) =>
  (p.kind === 'story' ? [p.url] : p.stories.map((s) => s.url)).filter(
    (url): url is string =>
      typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url),
  );

let slack: SlackStandIn;
let client: webApi.WebClient;
beforeAll(async () => {
  slack = await startSlackStandIn();
  client = new webApi.WebClient('xoxb-stand-in', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
  });
});
afterAll(async () => {
  await slack.close();
});

describe('fuzzed feed items and articles through every post and edit path', () => {
  it('Slack: no live mention, link but the story’s own, or control character in any call', async () => {
    const destination = createSlackDestination(client);
    const channel: ChannelRef = { platform: 'slack', channelId: 'C0FUZZ' };
    await fc.assert(
      fc.asyncProperty(post, async (p) => {
        slack.calls.length = 0;
        const { messageId } = await destination.send(channel, p, { idempotencyKey: 'k' });
        await destination.edit?.(channel, messageId, p);
        expect(slack.calls).toHaveLength(2);
        for (const call of slack.calls) expect(liveInSlackCall(call.args, linksOf(p))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('Discord: mentions off, no pill, no masked link but the story’s own, no control character', async () => {
    const rest = await discordRestStandIn();
    const channel: ChannelRef = { platform: 'discord', channelId: rest.channelId };
    try {
      await fc.assert(
        fc.asyncProperty(post, async (p) => {
          rest.bodies.length = 0;
          const { messageId } = await rest.destination.send(channel, p, { idempotencyKey: 'k' });
          await rest.destination.edit?.(channel, messageId, p);
          expect(rest.bodies).toHaveLength(2);
          for (const body of rest.bodies) {
            expect(liveInDiscordBody(body, linksOf(p))).toEqual([]);
            // Escaping adds characters; Discord refuses a part past its limit.
            for (const embed of (body as { embeds?: EmbedData[] }).embeds ?? []) {
              expect(embed.title?.length ?? 0).toBeLessThanOrEqual(discordLimits.title);
              expect(embed.description?.length ?? 0).toBeLessThanOrEqual(discordLimits.description);
            }
          }
        }),
        { numRuns: 60 },
      );
    } finally {
      await rest.close();
    }
  });

  it('console: no terminal sequence, control or bidi character in a post or an edit', async () => {
    const printed: string[] = [];
    const destination = createConsoleDestination((text) => void printed.push(text));
    const channel: ChannelRef = { platform: 'console', channelId: 'console' };
    await fc.assert(
      fc.asyncProperty(post, async (p) => {
        printed.length = 0;
        await destination.send(channel, p, { idempotencyKey: 'k' });
        await destination.edit?.(channel, 'k', p);
        expect(liveInTerminal(printed.join(''))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzed replies as each platform sends them', () => {
  it('leave nothing live on Slack, Discord or the console', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const toSlack = renderSlack(r);
        expect(
          liveInSlackCall(safeSlackMessage({ text: toSlack.text, blocks: toSlack.blocks })),
        ).toEqual([]);
        const { ephemeral: _hidden, ...toDiscord } = renderDiscord(r, 'key');
        const sent = safeDiscordMessage(toDiscord);
        const body = { ...sent, allowed_mentions: sent.allowedMentions } as Parameters<
          typeof liveInDiscordBody
        >[0];
        expect(liveInDiscordBody(body)).toEqual([]);
        expect(liveInTerminal(escapeTerminal(renderText(r)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
