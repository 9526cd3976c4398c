import { z } from 'zod';
import { defineCommand, type ReplyField } from './command.js';
import {
  describeFilters,
  describeHealth,
  describeUndelivered,
  notEnabled,
} from './subscription-text.js';

export default defineCommand({
  name: 'subscriptions',
  description: "The feeds this channel follows and each feed's health",
  options: z.object({}),
  needs: { manage: true },
  private: true,
  aliases: ['list'],
  examples: ['/subscriptions'],
  async run(ctx) {
    if (!ctx.subscriptions) return notEnabled();
    const subs = ctx.subscriptions.list(ctx.channel);
    if (!subs.length)
      return {
        kind: 'text',
        title: 'No subscriptions',
        text: 'This channel follows no feeds yet. Try /subscribe feed:https://…',
        ephemeral: true,
      };
    const fields: ReplyField[] = subs.map((sub, i) => {
      const filters = describeFilters(sub);
      const mode = sub.mode === 'daily' ? `daily at ${sub.digestTime} ${sub.timezone}` : 'instant';
      return {
        name: `${i + 1}. ${sub.feedTitle}`,
        value: [sub.feedUrl, `${mode}${filters ? `; ${filters}` : ''}`, describeHealth(sub)].join(
          '\n',
        ),
      };
    });
    const missed = ctx.subscriptions.undelivered(ctx.channel, 5);
    if (missed.length)
      fields.push({ name: 'Recently not posted', value: describeUndelivered(missed) });
    const paused = subs.filter((sub) => sub.health.paused).length;
    return {
      kind: 'text',
      title: `${subs.length} subscription${subs.length === 1 ? '' : 's'}`,
      text: paused
        ? `${paused} feed${paused === 1 ? ' is' : 's are'} paused after repeated failures.`
        : 'Every feed is being read.',
      fields,
      ephemeral: true,
      hints: ['/unsubscribe feed:1', '/opml action:export'],
    };
  },
});
