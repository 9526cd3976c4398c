import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/console/render.js';
import { renderReply as renderDiscord } from '../../adapters/discord/render.js';
import { renderReply as renderSlack } from '../../adapters/slack/render.js';
import brief from '../../commands/brief.js';
import type { BriefOptions, EngineScope } from '../../src/engine.js';
import { type Article, createEngine, type Engine, loadConfig } from '../../src/index.js';
import { type ModelSettings, modelSettingsFrom, withModel } from '../../src/model/index.js';
import { summarize } from '../../src/summarize/index.js';
import { createTestContext } from '../commands/context.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../fakes/openai/stand-in.js';
import { faithfulAnswer, faithfulBrief, plantedErrors } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const text = readFileSync(join(root, 'content/articles/harbour-ferry-short.txt'), 'utf8');
const offlineEngine = createEngine({ config: loadConfig({}) });

/** The brief an engine gives of an article already read. */
const briefOf = async (
  engine: Engine,
  story: Article,
  options: BriefOptions = {},
  scope?: EngineScope,
) => (await engine.brief({ kind: 'article', article: story }, options, scope)).brief;
const read = async (input: { kind: 'text'; text: string; source?: string }) =>
  (await offlineEngine.brief(input, { readAhead: false })).article;
const inChannel = (channelId: string): EngineScope => ({
  channel: { platform: 'console', channelId },
});
let fake: OpenAiStandIn;
let article: Article;

const settings = (overrides: Partial<ModelSettings> = {}): ModelSettings => ({
  url: fake.url,
  model: 'stand-in-model',
  apiKey: 'sk-test-stand-in-key-0000',
  timeoutMs: 400,
  dailyBudget: 100,
  ...overrides,
});

beforeAll(async () => {
  fake = await startOpenAiStandIn();
  article = await read({ kind: 'text', text, source: 'harbour-ferry-short.txt' });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

/** Every form a brief reply takes on the three platforms, as one string. */
async function briefOnEveryPlatform(engine: Engine): Promise<string> {
  const test = createTestContext({ engine });
  try {
    test.ctx.articles.saveArticle(test.ctx.channel, article);
    const reply = await brief.run(test.ctx, {});
    return [
      renderText(reply),
      JSON.stringify(renderDiscord(reply)),
      JSON.stringify(renderSlack(reply)),
    ].join('\n');
  } finally {
    test.close();
  }
}

describe('the model backend', () => {
  it('changes nothing and sends no request when NEWSBRIEF_LLM_URL is not set', async () => {
    fake.script = () => ({ kind: 'reply', content: faithfulBrief });
    const config = loadConfig({ NEWSBRIEF_LLM_MODEL: 'stand-in-model' });
    const engine = withModel(offlineEngine, modelSettingsFrom(config));
    expect(engine).toBe(offlineEngine);
    const shown = await briefOnEveryPlatform(engine);
    expect(shown).toContain(summarize(article).lede);
    expect(await engine.answer('How much did the repairs cost?', [article])).toEqual(
      await offlineEngine.answer('How much did the repairs cost?', [article]),
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('passes a faithful brief untouched and says it was checked', async () => {
    fake.script = () => ({ kind: 'reply', content: faithfulBrief });
    const result = await briefOf(withModel(offlineEngine, settings()), article);
    expect(result.headline).toBe(faithfulBrief.headline);
    expect(result.lede).toBe(faithfulBrief.lede);
    expect(result.points).toEqual(faithfulBrief.points);
    expect(result.facts.people).toEqual(['Morag Ellis']);
    expect(result.checked).toEqual({
      model: 'stand-in-model',
      dropped: [],
      note: 'Written by stand-in-model, checked against the article; nothing was dropped.',
    });
    expect(fake.requests[0]?.authorization).toBe('Bearer sk-test-stand-in-key-0000');
    expect(await briefOnEveryPlatform(withModel(offlineEngine, settings()))).toContain(
      'checked against the article',
    );
  });

  for (const [error, planted] of Object.entries(plantedErrors)) {
    it(`drops ${error} before it reaches Discord, Slack or the console`, async () => {
      fake.script = () => ({
        kind: 'reply',
        content: { ...faithfulBrief, points: [...faithfulBrief.points, planted] },
      });
      const engine = withModel(offlineEngine, settings());
      const shown = await briefOnEveryPlatform(engine);
      const dropped = (await briefOf(engine, article)).checked?.dropped ?? [];
      expect(dropped).toContain(planted);
      // The note names what was dropped; the brief itself never carries it as a point.
      expect(shown).not.toContain(`• ${planted}`);
      expect(shown).toContain(faithfulBrief.points[0]);
    });
  }

  it('replaces a headline or lede that fails the check with the offline one', async () => {
    fake.script = () => ({
      kind: 'reply',
      content: {
        ...faithfulBrief,
        headline: 'Ferry chief Fiona Grant resigns',
        lede: plantedErrors['a wrong date'],
      },
    });
    const result = await briefOf(withModel(offlineEngine, settings()), article);
    const offline = summarize(article);
    expect(result.headline).toBe(offline.headline);
    expect(result.lede).toBe(offline.lede);
    expect(result.checked?.dropped).toHaveLength(2);
  });

  const failures = {
    'a 429': { kind: 'status', status: 429 },
    'a 500': { kind: 'status', status: 500 },
    'malformed JSON': { kind: 'raw', content: '{"headline": "Ferry back", "lede": ' },
    'JSON of the wrong shape': { kind: 'reply', content: { summary: 'The ferry is back.' } },
    'a refusal': { kind: 'refusal' },
    'a slow reply': { kind: 'slow', ms: 3_000, content: faithfulBrief },
  } as const;
  for (const [failure, behaviour] of Object.entries(failures)) {
    it(`falls back to the offline brief and answer on ${failure}, within the timeout`, async () => {
      fake.script = () => behaviour;
      const engine = withModel(offlineEngine, settings());
      const started = performance.now();
      const result = await briefOf(engine, article);
      const answer = await engine.answer('How much did the repairs cost?', [article]);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(result).toEqual(summarize(article));
      expect(answer).toEqual(
        await offlineEngine.answer('How much did the repairs cost?', [article]),
      );
      expect(fake.requests).toHaveLength(2);
    });
  }

  it('asks once per article (cache) and keeps to the channel’s daily budget', async () => {
    fake.script = () => ({ kind: 'reply', content: faithfulBrief });
    const engine = withModel(offlineEngine, settings({ dailyBudget: 1 }));
    const other = await read({
      kind: 'text',
      text: readFileSync(join(root, 'content/articles/rail-strike-long.txt'), 'utf8'),
    });
    expect((await briefOf(engine, article, {}, inChannel('a'))).checked).toBeDefined();
    expect((await briefOf(engine, article, {}, inChannel('a'))).checked).toBeDefined();
    expect(fake.requests).toHaveLength(1);
    expect((await briefOf(engine, other, {}, inChannel('a'))).checked).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
    await briefOf(engine, other, {}, inChannel('b'));
    expect(fake.requests).toHaveLength(2);
  });
});

describe('faithful replies', () => {
  it('pass untouched at least 95% of the time across the sample articles', async () => {
    const files = [
      'harbour-ferry-short.txt',
      'rail-strike-long.txt',
      'council-budget-quotes.txt',
      'russia-china-alliance.txt',
    ];
    let points = 0;
    let kept = 0;
    for (const file of files) {
      const story = await read({
        kind: 'text',
        text: readFileSync(join(root, 'content/articles', file), 'utf8'),
      });
      const offline = summarize(story);
      // A model compresses: each point is the article's sentence cut to its first clause.
      const reply = {
        headline: story.title,
        lede: offline.lede,
        points: offline.points.map(firstClause),
        facts: {},
      };
      fake.script = () => ({ kind: 'reply', content: reply });
      const result = await briefOf(withModel(offlineEngine, settings()), story);
      points += reply.points.length + 2;
      kept += reply.points.filter((point) => result.points.includes(point)).length;
      kept += Number(result.headline === reply.headline) + Number(result.lede === reply.lede);
    }
    expect(kept / points).toBeGreaterThanOrEqual(0.95);
  });
});

function firstClause(sentence: string): string {
  const clause = sentence.split(', ')[0] ?? sentence;
  return clause.split(/\s+/).length >= 6 ? `${clause.replace(/[.;:]$/, '')}.` : sentence;
}

describe('model answers', () => {
  const question = 'How much did the repairs cost?';
  it('keeps an answer whose quote is in the article, quoting the whole sentence', async () => {
    fake.script = () => ({ kind: 'reply', content: faithfulAnswer });
    const answer = await withModel(offlineEngine, settings()).answer(question, [article]);
    expect(answer).toMatchObject({ kind: 'answer', answer: '£1.2 million', articleId: article.id });
    expect(answer.evidence).toContain('Engineers replaced 40 metres of decking');
  });

  it('turns an invented quote or an answer the quote does not hold into "not sure"', async () => {
    const replies = [
      { ...faithfulAnswer, quote: 'The repairs cost £1.2 million, the authority confirmed.' },
      { ...faithfulAnswer, answer: '£2.5 million' },
    ];
    for (const content of replies) {
      fake.script = () => ({ kind: 'reply', content });
      const answer = await withModel(offlineEngine, settings()).answer(question, [article]);
      expect(answer.kind).toBe('abstain');
      expect(answer.reason).toMatch(/not sure/);
    }
  });
});

describe('the model API key', () => {
  it('never prints in a log line, by field name or by value', async () => {
    const { createLogger, secretsOf } = await import('../../src/log.js');
    const { Writable } = await import('node:stream');
    const key = 'sk-proj-abcdefghijklmnop1234567890';
    const config = loadConfig({
      NEWSBRIEF_LLM_URL: 'http://127.0.0.1:11434/v1',
      NEWSBRIEF_LLM_API_KEY: key,
    });
    let out = '';
    const destination = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    });
    const log = createLogger({ secrets: secretsOf(config), destination });
    log.info({ config, apiKey: key }, `calling the model with ${key}`);
    log.warn({ err: new Error(`401 for key ${key}`) }, 'model failed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(key);
  });
});
