import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { describeOptions } from '../../commands/options.js';
import { readArticle } from '../../src/article/load.js';
import { createEngine } from '../../src/index.js';
import { repoRoot, startArticleServer } from '../scenarios/fixtures.js';
import { createTestContext } from './context.js';

const sample = readFileSync(join(repoRoot, 'content/articles/russia-china-alliance.txt'), 'utf8');
const harbour =
  'Harbour reopens after storms\n\nThe harbour reopened on Tuesday after a week of storms. Ferries to the islands resumed at noon, the port authority said.';

describe('commands', () => {
  it('lists every command in /help, each with what it does and an example', async () => {
    const test = createTestContext();
    const reply = await dispatch('help', {}, test.ctx);
    test.close();
    if (reply.kind !== 'text') throw new Error(`expected text, got ${reply.kind}`);
    expect(reply.fields?.map((field) => field.name)).toEqual(commands.map((c) => `/${c.name}`));
    for (const [index, command] of commands.entries()) {
      const value = reply.fields?.[index]?.value ?? '';
      expect(value).toContain(command.description);
      for (const example of command.examples) expect(value).toContain(example);
    }
  });

  it('reads option descriptions and their examples from each option’s .describe()', () => {
    const brief = commands.find((c) => c.name === 'brief');
    if (!brief) throw new Error('no /brief');
    const url = describeOptions(brief.options).find((o) => o.name === 'url');
    expect(url).toMatchObject({
      description: 'Link to the article',
      example: 'https://example.com/news/story',
      required: false,
      maxLength: 2000,
    });
  });

  it('shows one command with /help brief', async () => {
    const test = createTestContext();
    const reply = await dispatch('help', { command: 'brief' }, test.ctx);
    const unknown = await dispatch('help', { command: 'frob' }, test.ctx);
    test.close();
    expect(reply).toMatchObject({ kind: 'text', title: '/brief', ephemeral: true });
    if (reply.kind === 'text')
      expect(reply.fields?.map((f) => f.name)).toEqual(['Options', 'Examples']);
    expect(unknown).toMatchObject({ kind: 'error', code: 'not_found' });
  });

  it('briefs pasted text, held to the size of a fetched page', async () => {
    const test = createTestContext();
    const reply = await dispatch('brief', { text: sample }, test.ctx);
    const small = { ...test.ctx, config: { ...test.ctx.config, NEWSBRIEF_MAX_BYTES: 1_000 } };
    const tooLong = await dispatch('brief', { text: sample }, small);
    test.close();
    expect(reply).toMatchObject({ kind: 'brief', articleTitle: expect.stringMatching(/Russia/) });
    expect(tooLong).toMatchObject({ kind: 'error', code: 'too_large' });
    if (tooLong.kind === 'error') expect(tooLong.message).toMatch(/the limit is 1,000/);
  });

  it('refuses a url that is not a web link outside the console', async () => {
    const test = createTestContext();
    const reply = await dispatch(
      'brief',
      { url: 'content/articles/russia-china-alliance.txt' },
      test.ctx,
    );
    test.close();
    expect(reply).toMatchObject({ kind: 'error', code: 'bad_input', ephemeral: true });
  });

  it('remembers each briefed article for the channel, so /ask can answer from it', async () => {
    const test = createTestContext();
    const pages = await startArticleServer();
    const url = pages.urlOf('russia-china-alliance');
    const reply = await dispatch('brief', { url }, test.ctx);
    const seen = test.ctx.articles.recentArticles(test.ctx.channel, 5).map((a) => a.id);
    await pages.close();
    test.close();
    expect(reply).toMatchObject({ kind: 'brief', articleId: url, length: 'standard' });
    expect(seen).toEqual([url]);
  });

  it('briefs a story of another channel by id only from a link, never by its hash', async () => {
    const test = createTestContext();
    const story = readArticle({ kind: 'text', text: sample, source: 'a.txt' });
    test.ctx.articles.saveArticle({ platform: 'discord', channelId: 'elsewhere' }, story);
    const elsewhere = await dispatch('brief', { url: story.id }, test.ctx);
    test.ctx.articles.saveArticle(test.ctx.channel, story);
    const here = await dispatch('brief', { url: story.id, length: 'short' }, test.ctx);
    test.close();
    expect(elsewhere).toMatchObject({ kind: 'error', code: 'bad_input' });
    expect(here).toMatchObject({ kind: 'brief', articleId: story.id, length: 'short' });
  });

  it('briefs the latest story about a topic and offers the older ones', async () => {
    const test = createTestContext();
    const { articles, channel } = test.ctx;
    const older = readArticle({ kind: 'text', text: sample, source: 'a.txt' });
    const newer = readArticle({
      kind: 'text',
      text: `${sample}\n\nMore later.`,
      source: 'b.txt',
    });
    const other = readArticle({ kind: 'text', text: harbour, source: 'c.txt' });
    for (const article of [older, newer, other]) articles.saveArticle(channel, article);
    const reply = await dispatch('brief', { topic: 'Itar-Tass' }, test.ctx);
    test.close();
    expect(reply).toMatchObject({ kind: 'brief', articleId: newer.id });
    expect(reply.hints).toContain(`/brief url:${older.id}`);
    expect(reply.hints?.join(' ')).not.toContain(other.id);
  });

  it('answers /ask with a url from that article only', async () => {
    const test = createTestContext();
    const { articles, channel } = test.ctx;
    const story = readArticle({ kind: 'text', text: sample, source: 'a.txt' });
    const harbourStory = readArticle({ kind: 'text', text: harbour, source: 'h.txt' });
    articles.saveArticle(channel, harbourStory);
    articles.saveArticle(channel, story);
    const reply = await dispatch(
      'ask',
      { question: 'When did ferries resume?', url: harbourStory.id },
      test.ctx,
    );
    test.close();
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(reply.answer.articleTitle).toBe(harbourStory.title);
  });

  it('turns an unexpected engine failure into an apology and logs the details', async () => {
    const test = createTestContext();
    const broken = createEngine({
      config: test.ctx.config,
      fetcher: {
        fetchText: () => Promise.reject(new TypeError('socket hang up at 10.0.0.7:443')),
      },
    });
    const reply = await dispatch(
      'brief',
      { url: 'https://example.com/news' },
      { ...test.ctx, engine: broken },
    );
    test.close();
    expect(reply).toMatchObject({ kind: 'error', code: 'internal', ephemeral: true });
    expect(JSON.stringify(reply)).not.toMatch(/socket hang up|10\.0\.0\.7|TypeError/);
    const logged = test.logged.map((entry) => String((entry.obj as { err?: unknown }).err));
    expect(logged.join('\n')).toMatch(/socket hang up/);
  });

  it('names every wrong option in one polite message', async () => {
    const test = createTestContext();
    const reply = await dispatch('brief', { length: 'huge', topic: 'x' }, test.ctx);
    test.close();
    expect(reply).toMatchObject({ kind: 'error', code: 'bad_input', ephemeral: true });
    if (reply.kind !== 'error') return;
    expect(reply.message).toMatch(/length/);
    expect(reply.message).toMatch(/topic/);
  });
});

describe('feed errors', () => {
  it('tell what went wrong without the internal error code', async () => {
    const test = createTestContext({ localRoots: [join(repoRoot, 'content')] });
    const pages = await startArticleServer();
    const missing = pages.urlOf('no-such-feed').replace('.html', '.xml');
    const reply = await dispatch('subscribe', { feed: missing }, test.ctx);
    await pages.close();
    test.close();
    expect(reply).toMatchObject({ kind: 'error', code: 'feed_unreachable' });
    if (reply.kind === 'error') {
      expect(reply.message).toMatch(/^I couldn't read that feed \(/);
      expect(reply.message).not.toMatch(/\b[a-z]+_[a-z]+: /);
    }
  });
});
