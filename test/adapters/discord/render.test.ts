import { describe, expect, it } from 'vitest';
import {
  articleIdForKey,
  articleKey,
  customId,
  parseCustomId,
} from '../../../adapters/discord/custom-ids.js';
import { renderReply } from '../../../adapters/discord/render.js';
import type { Reply } from '../../../commands/command.js';
import type { Brief } from '../../../src/index.js';
import { createTestContext } from '../../commands/context.js';

const brief: Brief = {
  headline: 'Russia and China sign alliance',
  lede: 'Jiang Zemin and Vladimir Putin have signed a new friendship agreement.',
  points: [
    'Both Moscow and Beijing have stressed the new friendship agreement poses no military threat.',
    'The new treaty replaces the Soviet-Chinese alliance of the 1950s.',
  ],
  facts: {
    people: ['Jiang Zemin', 'Vladimir Putin'],
    organisations: [],
    places: ['Moscow'],
    dates: ['1991'],
    money: [],
    numbers: ['50-year'],
  },
  readingMinutes: 3,
  wordCount: 640,
  source: 'https://www.example.com/world/alliance',
  url: 'https://www.example.com/world/alliance',
  summary: '',
};

describe('Discord rendering', () => {
  it('draws a brief as an embed: linked headline, lede, points, facts, source and reading time', () => {
    const reply: Reply = {
      kind: 'brief',
      brief,
      articleId: brief.source,
      articleTitle: brief.headline,
    };
    const message = renderReply(reply, 'key');
    const embed = message.embeds[0];
    expect(embed).toMatchObject({ title: brief.headline, url: brief.url });
    expect(embed?.description).toBe(`${brief.lede}\n\n• ${brief.points[0]}\n• ${brief.points[1]}`);
    expect(embed?.fields).toEqual([
      { name: 'People', value: 'Jiang Zemin, Vladimir Putin', inline: true },
      { name: 'Places', value: 'Moscow', inline: true },
      { name: 'Dates', value: '1991', inline: true },
      { name: 'Numbers', value: '50-year', inline: true },
    ]);
    expect(embed?.footer?.text).toBe('example.com · 3 min read');
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.components[0]?.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'Ask a question',
      'Shorter',
      'Longer',
    ]);
  });

  it('quotes the evidence of an answer and names the article', () => {
    const reply: Reply = {
      kind: 'answer',
      question: 'Who signed the treaty?',
      answer: {
        kind: 'answer',
        status: 'answered',
        answer: 'Jiang Zemin and Vladimir Putin',
        evidence:
          'Chinese President Jiang Zemin and his Russian counterpart Vladimir Putin have signed a new friendship agreement.',
        articleId: 'a',
        articleTitle: 'Russia and China sign alliance',
        confidence: 0.8,
      },
      sourceUrl: brief.url as string,
    };
    const embed = renderReply(reply).embeds[0];
    expect(embed?.title).toBe('Who signed the treaty?');
    expect(embed?.url).toBe(brief.url);
    expect(embed?.description).toBe(
      '**Jiang Zemin and Vladimir Putin**\n\n> Chinese President Jiang Zemin and his Russian counterpart Vladimir Putin have signed a new friendship agreement.\n— from “Russia and China sign alliance”',
    );
  });

  it('shows an article’s own markdown and control characters as plain text', () => {
    const tricky: Brief = {
      ...brief,
      headline: '**Breaking** news',
      lede: 'Read [this](https://evil.example) now\u202E or *never*.',
      points: [],
    };
    const embed = renderReply({ kind: 'brief', brief: tricky, articleId: 'a', articleTitle: 't' })
      .embeds[0];
    expect(embed?.title).toBe('\\*\\*Breaking\\*\\* news');
    expect(embed?.description).toBe('Read \\[this](https://evil.example) now or \\*never\\*.');
  });

  it('shows an error as short private text', () => {
    const message = renderReply({
      kind: 'error',
      code: 'bad_input',
      message: 'No.',
      ephemeral: true,
    });
    expect(message).toMatchObject({ content: 'No.', embeds: [], ephemeral: true });
  });

  it('keeps button ids within 100 characters even for very long article URLs', () => {
    const test = createTestContext();
    const longUrl = `https://example.com/${'very-long-path-segment/'.repeat(20)}story.html`;
    test.ctx.articles.saveArticle(test.ctx.channel, {
      id: longUrl,
      title: 't',
      text: 'x',
      source: longUrl,
    });
    const key = articleKey(test.ctx.articles, test.ctx.channel, longUrl);
    for (const action of ['ask', 'short', 'standard', 'long'] as const) {
      const id = customId(action, key);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(id)).toEqual({ action, key });
    }
    expect(articleIdForKey(test.ctx.articles, test.ctx.channel, key)).toBe(longUrl);
    test.close();
  });
});
