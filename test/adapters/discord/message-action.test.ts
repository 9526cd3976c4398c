import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedColors } from '../../../adapters/discord/render.js';
import { messageAction } from '../../fakes/discord/interactions.js';
import { pastedStory } from '../../scenarios/command-scenarios.js';
import { finalReply, type Harness, startHarness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
});

const where = () => ({ appId: harness.discord.appId, guildId: harness.discord.guildId });

describe('"Brief this message" on Discord', () => {
  it('briefs the text of a message, in public', async () => {
    const interaction = messageAction('Brief this message', pastedStory, where());
    harness.discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await finalReply(harness.discord, interaction.token);
    expect(reply.ephemeral).toBe(false);
    expect(reply.body.embeds?.[0]).toMatchObject({ color: embedColors.brief });
    expect(JSON.stringify(reply.body)).toMatch(/Port Ellin/);
  });

  it('briefs a forwarded message from its snapshot', async () => {
    const interaction = messageAction('Brief this message', pastedStory, {
      ...where(),
      forwarded: true,
    });
    harness.discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await finalReply(harness.discord, interaction.token);
    expect(JSON.stringify(reply.body)).toMatch(/Port Ellin/);
  });

  it('says so, privately, when the message has no text', async () => {
    const interaction = messageAction('Brief this message', '', where());
    harness.discord.dispatch('INTERACTION_CREATE', interaction);
    const reply = await finalReply(harness.discord, interaction.token);
    expect(reply.ephemeral, JSON.stringify(reply.trail)).toBe(true);
    expect(reply.body.content).toBe('That message has no text to brief.');
  });
});
