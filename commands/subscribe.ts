import { z } from 'zod';
import { defineCommand, type ReplyField } from './command.js';
import { describeFilters, notEnabled } from './subscription-text.js';

const options = z.object({
  feed: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe('Link to an RSS, Atom or JSON feed, e.g. https://feeds.bbci.co.uk/news/rss.xml'),
  keywords: z
    .string()
    .trim()
    .max(300)
    .optional()
    .describe('Only stories with one of these words; -word leaves out, e.g. ukraine, -football'),
  mode: z
    .enum(['instant', 'daily'])
    .optional()
    .describe('Each story as it comes, or one digest a day, e.g. daily'),
  time: z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'use HH:MM on a 24-hour clock')
    .optional()
    .describe('Time of the daily digest, 24-hour, e.g. 08:00'),
  timezone: z
    .string()
    .trim()
    .max(64)
    .optional()
    .describe('Time zone of the daily digest, e.g. Europe/London'),
});

export default defineCommand({
  name: 'subscribe',
  description: 'Post new stories of a feed in this channel, summarised, once each',
  options,
  needs: { manage: true },
  // `/subscribe <feed> ukraine -football`: words after the link are keywords.
  freeText: {
    option: 'feed',
    read: (typed) => {
      const [feed = '', ...keywords] = typed.trim().split(/\s+/);
      return keywords.length ? { feed, keywords: keywords.join(' ') } : { feed };
    },
  },
  examples: [
    '/subscribe https://feeds.bbci.co.uk/news/rss.xml',
    '/subscribe feed:https://feeds.bbci.co.uk/news/rss.xml keywords:ukraine, -football',
    '/subscribe feed:https://feeds.bbci.co.uk/news/rss.xml mode:daily time:08:00 timezone:Europe/London',
  ],
  async run(ctx, input) {
    if (!ctx.subscriptions) return notEnabled();
    const { subscription: sub, created } = await ctx.subscriptions.subscribe(ctx.channel, input);
    const when =
      sub.mode === 'daily'
        ? `A digest of the day's stories comes at ${sub.digestTime} (${sub.timezone}).`
        : 'New stories are posted as they come, each once.';
    const fields: ReplyField[] = [{ name: 'Feed', value: sub.feedUrl }];
    const filters = describeFilters(sub);
    if (filters) fields.push({ name: 'Filters', value: filters });
    return {
      kind: 'text',
      title: created
        ? `Subscribed to ${sub.feedTitle}`
        : `Updated the subscription to ${sub.feedTitle}`,
      text: created
        ? `The latest story is posted now as a sample; the backlog is skipped. ${when}`
        : when,
      fields,
      hints: ['/subscriptions', `/unsubscribe feed:${sub.feedUrl}`],
    };
  },
});
