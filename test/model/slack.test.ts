import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../adapters/slack/harness.js';
import { type OpenAiStandIn, startOpenAiStandIn } from '../fakes/openai/stand-in.js';
import { type ArticleServer, startArticleServer } from '../scenarios/fixtures.js';
import { faithfulBrief, plantedErrors } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..');
let model: OpenAiStandIn;
let pages: ArticleServer;
let slack: SlackHarness;

beforeAll(async () => {
  model = await startOpenAiStandIn();
  pages = await startArticleServer({
    'harbour-ferry': readFileSync(join(root, 'content/articles/harbour-ferry-short.txt'), 'utf8'),
  });
  slack = await startSlackHarness({
    NEWSBRIEF_LLM_URL: model.url,
    NEWSBRIEF_LLM_MODEL: 'stand-in-model',
    NEWSBRIEF_LLM_TIMEOUT_MS: '500',
  });
});
afterAll(async () => {
  await slack?.stop();
  await pages?.close();
  await model?.close();
});

describe('a model on Slack, through Bolt', () => {
  it('acknowledges at once and posts the checked brief without the planted errors', async () => {
    const planted = Object.values(plantedErrors);
    model.script = () => ({
      kind: 'reply',
      content: { ...faithfulBrief, points: [...faithfulBrief.points, ...planted] },
    });
    const ack = await slack.command(pages.urlOf('harbour-ferry'));
    expect(ack.elapsedMs).toBeLessThan(3000);
    const post = await slack.slack.waitFor((call) => call.method === 'chat.postMessage');
    const blocks = JSON.stringify(post.args.blocks);
    expect(model.requests).toHaveLength(1);
    expect(blocks).toContain('checked against the article');
    expect(blocks).toContain('Engineers replaced 40 metres of decking');
    expect(blocks.split('• ')).toHaveLength(faithfulBrief.points.length + 1);
    for (const text of planted) expect(blocks).not.toContain(`• ${text.slice(0, 20)}`);
  });
});
