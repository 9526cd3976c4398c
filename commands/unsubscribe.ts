import { z } from 'zod';
import { defineCommand } from './command.js';
import { notEnabled } from './subscription-text.js';

const options = z.object({
  feed: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe('The feed link, its title, or its number in /subscriptions, e.g. 2'),
});

export default defineCommand({
  name: 'unsubscribe',
  description: 'Stop posting a feed in this channel',
  options,
  needs: { manage: true },
  freeText: { option: 'feed' },
  examples: ['/unsubscribe 2', '/unsubscribe feed:https://feeds.bbci.co.uk/news/rss.xml'],
  async run(ctx, { feed }) {
    if (!ctx.subscriptions) return notEnabled();
    const removed = await ctx.subscriptions.unsubscribe(ctx.channel, feed);
    if (!removed)
      return {
        kind: 'error',
        code: 'not_found',
        message: `This channel does not follow "${feed}". /subscriptions lists what it follows.`,
        ephemeral: true,
      };
    return {
      kind: 'text',
      title: `Unsubscribed from ${removed.feedTitle}`,
      text: 'No more stories from this feed will be posted here; stories already queued are kept.',
      fields: [{ name: 'Feed', value: removed.feedUrl }],
    };
  },
});
