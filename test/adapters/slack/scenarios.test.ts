import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../../commands/dispatch.js';
import type { RecordedCall } from '../../fakes/slack/web-api.js';
import { type CommandScenario, commandScenarios } from '../../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  seedChannel,
  startArticleServer,
  typedOf,
} from '../../scenarios/fixtures.js';
import { type SlackHarness, startSlackHarness, userId } from './harness.js';

let harness: SlackHarness;
let pages: ArticleServer;

beforeAll(async () => {
  pages = await startArticleServer();
  harness = await startSlackHarness({}, { subscriptions: true });
});
afterAll(async () => {
  await harness?.stop();
  await pages?.close();
});

/** Slack registers only `/brief`: every other command is its first word. */
function slashOf(scenario: CommandScenario, typed: string) {
  if (!findCommand(scenario.command)) return { command: `/${scenario.command}`, text: typed };
  const sub = scenario.command === 'brief' ? '' : scenario.command;
  return { command: '/brief', text: [sub, typed].filter(Boolean).join(' ') };
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
          typedOf(scenario, pages.urlOf('russia-china-alliance')),
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
        if (scenario.expect.message) expect(reply.args.text).toBe(scenario.expect.message);
        const shown = JSON.stringify(reply.args).toLowerCase();
        expect(shown).not.toMatch(/<!(channel|here|everyone)>/);
        for (const word of scenario.expect.includes ?? [])
          expect(shown).toContain(word.toLowerCase());
      });
    });
});
