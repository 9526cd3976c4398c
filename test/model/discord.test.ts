import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withModel } from '../../src/model/index.js';
import { finalReply, type Harness, startHarness } from '../adapters/discord/harness.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../fakes/openai/stand-in.js';
import { seedChannel } from '../scenarios/fixtures.js';
import { faithfulAnswer, faithfulBrief, plantedErrors } from './fixtures.js';

let model: OpenAiStandIn;
let harness: Harness;

beforeAll(async () => {
  model = await startOpenAiStandIn();
  harness = await startHarness({
    wrapEngine: (engine) =>
      withModel(engine, {
        url: model.url,
        model: 'stand-in-model',
        timeoutMs: 400,
        dailyBudget: 100,
      }),
  });
});
afterAll(async () => {
  await harness?.stop();
  await model?.close();
});

async function run(command: string, values: Record<string, string>, channelId: string) {
  const channel = { platform: 'discord' as const, channelId, workspaceId: harness.discord.guildId };
  await seedChannel(harness.engine, harness.articles, channel, [
    'content/articles/harbour-ferry-short.txt',
  ]);
  const interaction = chatInput(command, values, {
    appId: harness.discord.appId,
    guildId: harness.discord.guildId,
    channelId,
    canManage: true,
  });
  harness.discord.dispatch('INTERACTION_CREATE', interaction);
  return JSON.stringify((await finalReply(harness.discord, interaction.token)).body);
}

describe('a model on Discord, through discord.js', () => {
  it('posts the checked brief with every planted error left out of its points', async () => {
    const planted = Object.values(plantedErrors);
    model.script = () => ({
      kind: 'reply',
      content: { ...faithfulBrief, points: [...faithfulBrief.points, ...planted] },
    });
    const shown = await run('brief', {}, '530000000000000001');
    expect(shown).toContain('Written by stand-in-model, checked against the article');
    expect(shown).toContain('Engineers replaced 40 metres of decking');
    for (const text of planted)
      expect(shown).not.toContain(`• ${JSON.stringify(text).slice(1, -1)}`);
  });

  it('answers with the quoted sentence, and falls back to the offline answer on a 500', async () => {
    model.script = () => ({ kind: 'reply', content: faithfulAnswer });
    const answered = await run(
      'ask',
      { question: 'How much did the repairs cost?' },
      '530000000000000002',
    );
    expect(answered).toContain('£1.2 million');
    model.script = () => ({ kind: 'status', status: 500 });
    const offline = await run(
      'ask',
      { question: 'Who is the chief executive?' },
      '530000000000000003',
    );
    expect(offline).toContain('Morag Ellis');
  });
});
