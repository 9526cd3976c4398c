import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { createCommandLimiter } from '../../commands/limits.js';
import { readArticle } from '../../src/article/load.js';
import { watchConnections } from '../net/serve.js';
import { optionValue, textSoup } from './arbitraries.js';
import { type HostileContext, hostileContext, isWellFormedReply } from './context.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
let sockets: ReturnType<typeof watchConnections>;
let open: HostileContext | undefined;

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  sockets = watchConnections();
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  sockets.restore();
});
afterEach(() => open?.close());

const articlePath = join(
  import.meta.dirname,
  '..',
  '..',
  'content',
  'articles',
  'russia-china-alliance.txt',
);

/** A real article in the channel, so /ask and /brief reach the engine instead of stopping early. */
async function seedArticle(ctx: CommandContext): Promise<void> {
  const article = readArticle({ kind: 'text', text: readFileSync(articlePath, 'utf8') });
  ctx.articles.saveArticle(ctx.channel, article);
}

/** Random options: the command's own option names (so real parsing runs) and unknown ones. */
function optionsFor(names: string[]) {
  const name = fc.oneof(
    ...(names.length ? [fc.constantFrom(...names)] : []),
    fc.string({ maxLength: 12 }),
  );
  return fc.dictionary(name, optionValue, { maxKeys: 5 });
}

describe('dispatch under random and hostile options', () => {
  it.each(commands.map((command) => [command.name, command] as const))(
    '/%s always answers with a well-formed reply',
    async (_name, command) => {
      open = hostileContext({
        limiter: createCommandLimiter({ userPerMinute: 1_000, channelPerMinute: 1_000 }),
      });
      const ctx = open.ctx;
      await seedArticle(ctx);
      const names = Object.keys(command.options.shape);
      await fc.assert(
        fc.asyncProperty(optionsFor(names), fc.boolean(), async (options, canManage) => {
          const reply = await dispatch(command.name, options, {
            ...ctx,
            user: { id: 'u1', canManage },
          });
          expect(isWellFormedReply(reply), JSON.stringify(reply)).toBe(true);
          if (reply.kind === 'error') expect(reply.message.length).toBeLessThan(2_000);
        }),
        { numRuns: 25 },
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      expect(sockets.hosts).toEqual([]);
    },
  );

  it('answers any question about a real article with an answer, an abstention or an error', async () => {
    open = hostileContext();
    const ctx = open.ctx;
    await seedArticle(ctx);
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(textSoup, async (question) => {
        const reply = await dispatch('ask', { question }, ctx);
        expect(isWellFormedReply(reply), JSON.stringify(reply)).toBe(true);
        kinds.add(reply.kind);
      }),
      { numRuns: 40 },
    );
    expect(kinds.has('answer')).toBe(true);
  });

  it('answers unknown and hostile command names politely', async () => {
    open = hostileContext();
    const ctx = open.ctx;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), optionValue, async (name, value) => {
        const reply = await dispatch(name, { x: value }, ctx);
        expect(isWellFormedReply(reply)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
