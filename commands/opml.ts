import { z } from 'zod';
import { NewsbriefError } from '../src/index.js';
import { defineCommand } from './command.js';
import { notEnabled } from './subscription-text.js';

const options = z.object({
  action: z
    .enum(['export', 'import'])
    .describe("Export this channel's feeds, or import some, e.g. export"),
  source: z
    .string()
    .trim()
    .max(4_000)
    .optional()
    .describe(
      'For import: a link to an OPML file, or its text, e.g. https://example.org/feeds.opml',
    ),
});

export default defineCommand({
  name: 'opml',
  description: "Export this channel's feeds as OPML, or import feeds from an OPML file",
  options,
  needs: { manage: true },
  // `/opml import <link or pasted OPML>`: the first word is the action.
  freeText: {
    option: 'action',
    read: (typed) => {
      const [action = '', ...rest] = typed.trim().split(/\s+/);
      const source = typed.trim().slice(action.length).trim();
      return rest.length ? { action, source } : { action };
    },
  },
  examples: ['/opml export', '/opml action:import source:https://example.org/feeds.opml'],
  async run(ctx, { action, source }) {
    if (!ctx.subscriptions) return notEnabled();
    if (action === 'export')
      return {
        kind: 'text',
        title: 'OPML of this channel',
        text: `\`\`\`xml\n${ctx.subscriptions.exportOpml(ctx.channel)}\`\`\``,
        ephemeral: true,
      };
    if (!source) throw new NewsbriefError('bad_input', 'Give a link to an OPML file, or paste it.');
    const text = /^https?:\/\//i.test(source)
      ? (await ctx.engine.fetcher.fetchText(source, { accept: 'any' })).body
      : source;
    const { added, failed } = await ctx.subscriptions.importOpml(ctx.channel, text);
    return {
      kind: 'text',
      title: `Imported ${added.length} feed${added.length === 1 ? '' : 's'}`,
      text: failed.length ? `${failed.length} could not be read.` : 'Every feed was read.',
      fields: failed.slice(0, 10).map((f) => ({ name: f.url, value: f.reason })),
    };
  },
});
