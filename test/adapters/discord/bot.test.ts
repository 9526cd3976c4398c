import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordLimits, embedLength } from '../../../adapters/discord/limits.js';
import { buttonPress, chatInput, modalSubmit } from '../../fakes/discord/interactions.js';
import { sampleArticle } from '../../scenarios/command-scenarios.js';
import { type ArticleServer, seedChannel, startArticleServer } from '../../scenarios/fixtures.js';
import { finalReply, type Harness, startHarness } from './harness.js';

let harness: Harness;
let pages: ArticleServer;
let channelCount = 0;

beforeAll(async () => {
  pages = await startArticleServer();
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
  await pages?.close();
});

/** A fresh channel per test, so one test's briefs are not another's context. */
function freshChannel() {
  channelCount += 1;
  const channelId = String(510000000000000000n + BigInt(channelCount));
  return {
    channelId,
    ref: { platform: 'discord' as const, channelId, workspaceId: harness.discord.guildId },
    at: { appId: harness.discord.appId, guildId: harness.discord.guildId, channelId },
  };
}

function send(payload: { token: string }) {
  harness.discord.dispatch('INTERACTION_CREATE', payload);
  return finalReply(harness.discord, payload.token);
}

describe('the Discord bot through discord.js against a local Discord', () => {
  it('defers a /brief and then edits the original response with the brief embed', async () => {
    const channel = freshChannel();
    const url = pages.urlOf('russia-china-alliance');
    const reply = await send(chatInput('brief', { url }, channel.at));
    const [callback, edit] = reply.trail;
    expect(callback?.path).toMatch(/\/interactions\/\d+\/[^/]+\/callback$/);
    expect(callback?.authorization).toBeUndefined();
    expect(callback?.body).toMatchObject({ type: 5 });
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toMatch(/\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
    const embed = reply.body.embeds?.[0];
    expect(embed?.title?.length).toBeGreaterThan(0);
    expect(JSON.stringify(embed)).toMatch(/Russia and China/);
    expect(embed?.url).toBe(url);
    expect(embed?.description?.length).toBeGreaterThan(40);
    expect(embed?.footer?.text).toMatch(/^127\.0\.0\.1 · \d+ min read$/);
    expect(reply.ephemeral).toBe(false);
    const buttons = reply.body.components?.[0]?.components ?? [];
    expect(buttons.map((b) => b.label)).toEqual(['Ask a question', 'Shorter', 'Longer']);
    for (const button of buttons) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('answers /ask with an answer embed about the channel’s latest brief', async () => {
    const channel = freshChannel();
    await seedChannel(harness.engine, harness.articles, channel.ref, [sampleArticle]);
    const reply = await send(
      chatInput('ask', { question: 'Who signed the agreement?' }, channel.at),
    );
    expect(reply.trail[0]?.body).toMatchObject({ type: 5 });
    expect(reply.ephemeral).toBe(false);
    expect(reply.body.embeds?.[0]?.title).toBe('Who signed the agreement?');
    expect(reply.body.embeds?.[0]?.footer?.text).toMatch(/Russia and China|Skip to main content/);
  });

  it('quotes the evidence and names the article in an /ask answer (needs the real answerer)', async () => {
    const channel = freshChannel();
    await seedChannel(harness.engine, harness.articles, channel.ref, [sampleArticle]);
    const reply = await send(
      chatInput('ask', { question: 'Who signed the agreement?' }, channel.at),
    );
    const description = reply.body.embeds?.[0]?.description ?? '';
    expect(description).toMatch(/Jiang Zemin/);
    expect(description).toMatch(/Vladimir Putin/);
    expect(description).toMatch(/^> .*friendship agreement/m);
    expect(description).toMatch(/— from “/);
  });

  it('answers a bad option at once with a private error and runs nothing', async () => {
    const channel = freshChannel();
    const reply = await send(chatInput('brief', { length: 'enormous' }, channel.at));
    expect(reply.trail).toHaveLength(1);
    expect(reply.trail[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(reply.body.content).toMatch(/length/);
    expect(reply.body.content).not.toMatch(/at .*\.ts:\d+/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('replaces the public placeholder with a private error when the engine refuses', async () => {
    const channel = freshChannel();
    const reply = await send(
      chatInput('brief', { url: pages.urlOf('no-such-article') }, channel.at),
    );
    expect(reply.trail.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    expect(reply.ephemeral).toBe(true);
    expect(reply.body.content?.length).toBeGreaterThan(0);
    expect(reply.body.content).not.toMatch(/Error:|\n\s+at /);
  });

  it('reads Manage Server from the member’s permissions for subscription commands', async () => {
    const channel = freshChannel();
    const feed = { feed: 'https://example.com/rss.xml' };
    const member = await send(chatInput('subscribe', feed, { ...channel.at, canManage: false }));
    const manager = await send(chatInput('subscribe', feed, { ...channel.at, canManage: true }));
    expect(member.ephemeral).toBe(true);
    expect(member.body.content).toMatch(/Only people who can manage/);
    expect(manager.body.content ?? JSON.stringify(manager.body.embeds)).not.toMatch(
      /Only people who can manage/,
    );
  });

  it('never pings anyone, even when the article says @everyone', async () => {
    const channel = freshChannel();
    const text =
      'Town hall tonight\n\n@everyone is invited to the town hall meeting tonight, the mayor said on Monday. <@123456789012345678> and <@&234567890123456789> will speak first. Tickets are free and seating is limited.';
    harness.articles.saveArticle(
      channel.ref,
      await harness.engine.load({ kind: 'text', text, source: 'town-hall.txt' }),
    );
    const reply = await send(chatInput('brief', {}, channel.at));
    expect(reply.body.embeds?.[0]?.description).toContain('@everyone');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('keeps a very long article’s brief within Discord’s embed limits', async () => {
    const channel = freshChannel();
    const sentence = 'The committee reviewed the budget line by line and found nothing unusual';
    const huge = Array.from({ length: 400 }, (_, i) => `${sentence} in section ${i + 1}`).join(
      ', ',
    );
    const text = `Budget review\n\n${huge}.\n\nIt closed at noon after a long day of talks.`;
    harness.articles.saveArticle(
      channel.ref,
      await harness.engine.load({ kind: 'text', text, source: 'budget.txt' }),
    );
    const reply = await send(chatInput('brief', { length: 'long' }, channel.at));
    const embed = reply.body.embeds?.[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(discordLimits.title);
    expect(embed?.description?.length).toBeLessThanOrEqual(discordLimits.description);
    expect(embedLength({ ...embed, fields: embed?.fields ?? [] })).toBeLessThanOrEqual(
      discordLimits.total,
    );
    expect(embed?.description).toMatch(/(…|\.)$/);
    expect(harness.errors).toEqual([]);
  });

  it('redraws the brief shorter in place when "Shorter" is pressed', async () => {
    const channel = freshChannel();
    const first = await send(
      chatInput('brief', { url: pages.urlOf('russia-china-alliance') }, channel.at),
    );
    const shorter = first.body.components?.[0]?.components.find((b) => b.label === 'Shorter');
    const press = buttonPress(shorter?.custom_id ?? '', channel.at);
    const reply = await send(press);
    expect(reply.trail[0]?.body).toMatchObject({ type: 6 });
    expect(reply.trail[1]?.method).toBe('PATCH');
    expect(reply.body.embeds?.[0]?.title).toBe(first.body.embeds?.[0]?.title);
    expect(reply.body.components?.[0]?.components.map((b) => b.label)).toEqual([
      'Ask a question',
      'Longer',
    ]);
  });

  it('opens a question form from "Ask a question" and answers about that article', async () => {
    const channel = freshChannel();
    const first = await send(
      chatInput('brief', { url: pages.urlOf('russia-china-alliance') }, channel.at),
    );
    const ask = first.body.components?.[0]?.components.find((b) => b.label === 'Ask a question');
    const press = buttonPress(ask?.custom_id ?? '', channel.at);
    harness.discord.dispatch('INTERACTION_CREATE', press);
    const modal = await harness.discord.waitFor((r) => r.path.includes(`/${press.token}/callback`));
    expect(modal.body).toMatchObject({ type: 9, data: { custom_id: ask?.custom_id } });
    const submit = modalSubmit(ask?.custom_id ?? '', 'Where was the treaty signed?', channel.at);
    const reply = await send(submit);
    expect(reply.trail[0]?.body).toMatchObject({ type: 5 });
    expect(reply.body.embeds?.[0]?.title).toBe('Where was the treaty signed?');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });
});
