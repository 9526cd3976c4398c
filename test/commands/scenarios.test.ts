import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, dispatchText } from '../../commands/dispatch.js';
import { commandScenarios } from '../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  optionsOf,
  seedChannel,
  startArticleServer,
  typedOf,
} from '../scenarios/fixtures.js';
import { createTestContext } from './context.js';

let server: ArticleServer;
beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  await server.close();
});

describe('command scenarios, platform-neutral', () => {
  for (const scenario of commandScenarios) {
    const title = scenario.expect.needsRealAnswerer
      ? `${scenario.name} (needs the real answerer)`
      : scenario.name;
    it(title, async () => {
      const test = createTestContext();
      try {
        test.ctx.user.canManage = scenario.canManage ?? true;
        await seedChannel(
          test.ctx.engine,
          test.ctx.articles,
          test.ctx.channel,
          scenario.seen ?? [],
        );
        const url = server.urlOf('russia-china-alliance');
        // What only typing can say (an option twice) goes through the typed path.
        const reply =
          scenario.platforms?.includes('discord') === false
            ? await dispatchText(scenario.command, typedOf(scenario, url), test.ctx)
            : await dispatch(scenario.command, optionsOf(scenario, url), test.ctx);
        expect(reply.kind).toBe(scenario.expect.kind);
        expect(reply.ephemeral ?? false).toBe(scenario.expect.ephemeral);
        if (scenario.expect.code) expect(reply).toMatchObject({ code: scenario.expect.code });
        if (scenario.expect.message)
          expect(reply).toMatchObject({ message: scenario.expect.message });
        const shown = JSON.stringify(reply).toLowerCase();
        for (const word of scenario.expect.includes ?? []) {
          expect(shown).toContain(word.toLowerCase());
        }
      } finally {
        test.close();
      }
    });
  }
});
