import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../commands/dispatch.js';
import { commandScenarios } from '../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  optionsOf,
  seedChannel,
  startArticleServer,
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
        const reply = await dispatch(
          scenario.command,
          optionsOf(scenario, server.urlOf('russia-china-alliance')),
          test.ctx,
        );
        expect(reply.kind).toBe(scenario.expect.kind);
        expect(reply.ephemeral ?? false).toBe(scenario.expect.ephemeral);
        if (scenario.expect.code) expect(reply).toMatchObject({ code: scenario.expect.code });
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
