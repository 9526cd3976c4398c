import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../adapters/slack/render.js';
import type { Answer, Brief } from '../../../src/index.js';

type Shown = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { text?: string; url?: string }[];
};

const brief: Brief = {
  headline: 'Russia and China sign alliance',
  lede: 'Jiang Zemin and Vladimir Putin have signed a new friendship agreement.',
  points: [
    'Jiang Zemin and Vladimir Putin have signed a new friendship agreement.',
    'It runs for 20 years.',
  ],
  facts: {
    people: ['Jiang Zemin', 'Vladimir Putin'],
    organisations: [],
    places: ['Moscow'],
    dates: ['Monday'],
    money: [],
    numbers: ['20'],
  },
  readingMinutes: 3,
  wordCount: 600,
  source: 'https://www.cnn.example/2001/WORLD/russia-china',
  url: 'https://www.cnn.example/2001/WORLD/russia-china',
  summary: '',
};

const evidence =
  'Chinese President Jiang Zemin and his Russian counterpart Vladimir Putin have signed a new "friendship agreement," the Itar-Tass agency reports.';

describe('drawing replies as Block Kit', () => {
  it('draws a brief as header, lede, key points, key facts, a context line and a source button', () => {
    const message = renderReply({
      kind: 'brief',
      brief,
      articleId: brief.source,
      articleTitle: brief.headline,
    });
    const blocks = message.blocks as Shown[];
    expect(blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(blocks[0]?.text?.text).toBe('Russia and China sign alliance');
    expect(blocks[2]?.text?.text).toMatch(/^\*Key points\*\n• Jiang Zemin/);
    expect(blocks[3]?.text?.text).toContain('*People:* Jiang Zemin, Vladimir Putin');
    expect(blocks[4]?.elements?.[0]?.text).toContain('Source: cnn.example · 3 min read');
    expect(blocks[5]?.elements?.[0]?.url).toBe(brief.url);
    expect(message.text).toContain('Russia and China sign alliance');
    expect(message.ephemeral).toBe(false);
  });

  it('shows no button for a brief of a local file', () => {
    const local = {
      ...brief,
      url: undefined,
      source: 'content/articles/russia-china-alliance.txt',
    } as Brief;
    const blocks = renderReply({
      kind: 'brief',
      brief: local,
      articleId: 'a',
      articleTitle: 't',
    }).blocks;
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('draws an answer as the short answer, the quoted evidence and the article it is from', () => {
    const answer: Answer = {
      kind: 'answer',
      status: 'answered',
      answer: 'Jiang Zemin and Vladimir Putin',
      evidence,
      articleId: 'a',
      articleTitle: 'Russia and China sign alliance',
      confidence: 0.9,
    };
    const blocks = renderReply({ kind: 'answer', question: 'Who signed the agreement?', answer })
      .blocks as Shown[];
    expect(blocks[0]?.elements?.[0]?.text).toBe('Q: Who signed the agreement?');
    expect(blocks[1]?.text?.text).toBe('*Jiang Zemin and Vladimir Putin*');
    expect(blocks[2]?.text?.text).toBe(`> ${evidence}`);
    expect(blocks[3]?.elements?.[0]?.text).toBe('from “Russia and China sign alliance”');
  });

  it('says plainly when the article does not say', () => {
    const answer: Answer = {
      kind: 'abstain',
      status: 'not_found',
      answer: '',
      evidence: '',
      articleId: '',
      articleTitle: 'x',
      confidence: 0,
    };
    const message = renderReply({ kind: 'answer', question: 'What colour was the pen?', answer });
    expect(JSON.stringify(message.blocks)).toContain("The article doesn't say.");
  });

  it('keeps errors private and marks the kind on the first block', () => {
    const message = renderReply({
      kind: 'error',
      code: 'bad_input',
      message: 'Give me a link.',
      ephemeral: true,
    });
    expect(message.ephemeral).toBe(true);
    expect(message.blocks[0]?.block_id).toBe('newsbrief-error');
  });
});
