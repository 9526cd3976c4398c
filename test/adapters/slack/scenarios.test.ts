import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../fakes/slack/web-api.js';
import { type CommandScenario, commandScenarios } from '../../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  optionsOf,
  seedChannel,
  startArticleServer,
} from '../../scenarios/fixtures.js';
import { type SlackHarness, startSlackHarness, userId } from './harness.js';

let harness: SlackHarness;
let pages: ArticleServer;

beforeAll(async () => {
  pages = await startArticleServer();
  harness = await startSlackHarness();
});
afterAll(async () => {
  await harness?.stop();
  await pages?.close();
});

/** `/brief <subcommand> name:value …` for the shared commands; any other name as its own slash command. */
const subcommandOf: Record<string, string> = {
  brief: '',
  ask: 'ask',
  help: 'help',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  subscriptions: 'list',
};

function slashOf(scenario: CommandScenario, options: Record<string, string>) {
  const named = Object.entries(options).map(([key, value]) => `${key}:${value}`);
  const sub = subcommandOf[scenario.command];
  if (sub === undefined) return { command: `/${scenario.command}`, text: named.join(' ') };
  return { command: '/brief', text: [sub, ...named].filter(Boolean).join(' ') };
}

describe('command scenarios on Slack', () => {
  commandScenarios
    .filter((scenario) => !scenario.platforms || scenario.platforms.includes('slack'))
    .forEach((scenario, index) => {
      const title = scenario.expect.needsRealAnswerer
        ? `${scenario.name} (needs the real answerer)`
        : scenario.name;
      it(title, async () => {
        const channelId = `CSCENARIO${index}`;
        const channel = {
          platform: 'slack' as const,
          channelId,
          workspaceId: harness.slack.teamId,
        };
        await seedChannel(harness.engine, harness.articles, channel, scenario.seen ?? []);
        if (scenario.canManage ?? true) harness.slack.admins.add(userId);
        else harness.slack.admins.delete(userId);
        const { command, text } = slashOf(
          scenario,
          optionsOf(scenario, pages.urlOf('russia-china-alliance')),
        );
        const responseId = `scenario-${index}`;
        const ack = await harness.command(text, {
          command,
          channel_id: channelId,
          response_url: harness.slack.responseUrl(responseId),
        });
        expect(ack.status).toBe(200);
        const reply: RecordedCall = await harness.slack.waitFor(
          (call) =>
            call.path === `/respond/${responseId}` ||
            (call.method === 'chat.postMessage' && call.args.channel === channelId),
        );
        const ephemeral =
          reply.method === 'response_url' && reply.args.response_type === 'ephemeral';
        expect(ephemeral).toBe(scenario.expect.ephemeral);
        const blocks = reply.args.blocks as { block_id?: string }[];
        expect(blocks[0]?.block_id).toBe(`newsbrief-${scenario.expect.kind}`);
        const shown = JSON.stringify(reply.args).toLowerCase();
        expect(shown).not.toMatch(/<!(channel|here|everyone)>/);
        for (const word of scenario.expect.includes ?? [])
          expect(shown).toContain(word.toLowerCase());
      });
    });
});
