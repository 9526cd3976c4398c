import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedColors } from '../../../adapters/discord/render.js';
import { chatInput } from '../../fakes/discord/interactions.js';
import { commandScenarios } from '../../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  optionsOf,
  seedChannel,
  startArticleServer,
} from '../../scenarios/fixtures.js';
import { finalReply, type Harness, startHarness } from './harness.js';

let harness: Harness;
let pages: ArticleServer;

beforeAll(async () => {
  pages = await startArticleServer();
  harness = await startHarness({ subscriptions: true });
});
afterAll(async () => {
  await harness?.stop();
  await pages?.close();
});

/** How a reply kind shows on Discord: errors as plain content, the rest as one embed. */
function kindShown(body: Awaited<ReturnType<typeof finalReply>>['body']): string {
  if (!body.embeds?.length) return body.content ? 'error' : 'none';
  const colour = (body.embeds[0] as { color?: number }).color;
  const kinds: Record<number, string> = {
    [embedColors.brief]: 'brief',
    [embedColors.answer]: 'answer',
    [embedColors.abstain]: 'answer',
    [embedColors.text]: 'text',
  };
  return kinds[colour ?? -1] ?? 'unknown';
}

describe('command scenarios on Discord', () => {
  commandScenarios
    .filter((scenario) => !scenario.platforms || scenario.platforms.includes('discord'))
    .forEach((scenario, index) => {
      const title = scenario.expect.needsRealAnswerer
        ? `${scenario.name} (needs the real answerer)`
        : scenario.name;
      it(title, async () => {
        const channelId = String(520000000000000000n + BigInt(index));
        const channel = {
          platform: 'discord' as const,
          channelId,
          workspaceId: harness.discord.guildId,
        };
        await seedChannel(harness.engine, harness.articles, channel, scenario.seen ?? []);
        const interaction = chatInput(
          scenario.command,
          optionsOf(scenario, pages.urlOf('russia-china-alliance')),
          {
            appId: harness.discord.appId,
            guildId: harness.discord.guildId,
            channelId,
            canManage: scenario.canManage ?? true,
          },
        );
        harness.discord.dispatch('INTERACTION_CREATE', interaction);
        const reply = await finalReply(harness.discord, interaction.token);
        expect(kindShown(reply.body)).toBe(scenario.expect.kind);
        expect(reply.ephemeral).toBe(scenario.expect.ephemeral);
        expect(reply.body.allowed_mentions).toEqual({ parse: [] });
        if (scenario.expect.message) expect(reply.body.content).toBe(scenario.expect.message);
        const shown = JSON.stringify(reply.body).toLowerCase();
        for (const word of scenario.expect.includes ?? [])
          expect(shown).toContain(word.toLowerCase());
      });
    });
});
