import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slackLimits, trimText } from '../../../adapters/slack/limits.js';
import { briefBlocks, escapeText, renderReply } from '../../../adapters/slack/render.js';
import type { Brief } from '../../../src/index.js';

const sentence = (i: number) => `Sentence number ${i} tells a little more of the story.`;
const long = (n: number) => Array.from({ length: n }, (_, i) => sentence(i)).join(' ');

function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    headline: 'Harbour ferry returns',
    lede: 'The harbour ferry returns on Monday.',
    points: ['It was out of service for three weeks.'],
    facts: {
      people: [],
      organisations: [],
      places: ['Harbour'],
      dates: ['Monday'],
      money: [],
      numbers: [],
    },
    readingMinutes: 1,
    wordCount: 120,
    source: 'https://news.example.com/ferry',
    summary: '',
    ...overrides,
  };
}

type Shown = { type: string; text?: { text: string }; elements?: { text?: string }[] };

describe('Slack message limits', () => {
  it('trims at the last sentence that fits', () => {
    const text = long(100);
    const trimmed = trimText(text, 3000);
    expect(trimmed.length).toBeLessThanOrEqual(3000);
    expect(trimmed.endsWith('story.')).toBe(true);
    expect(text.startsWith(trimmed)).toBe(true);
  });

  it('falls back to a whole word and an ellipsis when no sentence ends in the room', () => {
    const trimmed = trimText('word '.repeat(100), 42);
    expect(trimmed.length).toBeLessThanOrEqual(42);
    expect(trimmed).toMatch(/word…$/);
  });

  it('never passes the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        expect(trimText(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('keeps a huge brief within 150 header characters, 3,000 per section and 50 blocks', () => {
    const blocks = briefBlocks(
      brief({
        headline: long(10),
        lede: long(200),
        points: Array.from({ length: 80 }, (_, i) => long(3 + i)),
      }),
    ) as Shown[];
    expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(slackLimits.header);
    for (const block of blocks) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    }
    expect(blocks[1]?.text?.text.endsWith('story.')).toBe(true);
  });

  it('keeps a reply with many fields within 50 blocks', () => {
    const fields = Array.from({ length: 80 }, (_, i) => ({ name: `Feed ${i}`, value: long(2) }));
    const message = renderReply({ kind: 'text', title: 'Feeds', text: 'All of them', fields });
    expect(message.blocks.length).toBe(slackLimits.blocks);
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  });
});

describe('escaping article text for Slack', () => {
  it('turns special mentions and user mentions into plain text', () => {
    expect(escapeText('Hi <!channel> <!here> <@U024BE7LH> & <https://x.test|x>')).toBe(
      'Hi &lt;!channel&gt; &lt;!here&gt; &lt;@U024BE7LH&gt; &amp; &lt;https://x.test|x&gt;',
    );
  });

  it('leaves no mention anywhere in a rendered brief, answer or fallback text', () => {
    const evil = 'Ping <!everyone> and <!subteam^S123> now.';
    const shown = [
      renderReply({
        kind: 'brief',
        brief: brief({ headline: evil, lede: evil, points: [evil] }),
        articleId: 'a',
        articleTitle: evil,
      }),
      renderReply({
        kind: 'answer',
        question: evil,
        answer: {
          kind: 'answer',
          status: 'answered',
          answer: evil,
          evidence: evil,
          articleId: 'a',
          articleTitle: evil,
          confidence: 1,
        },
      }),
    ]
      .map((message) => JSON.stringify(message))
      .join('\n');
    expect(shown).not.toMatch(/<!|<@/);
    expect(shown).toContain('&lt;!everyone&gt;');
  });

  it('removes control and bidi characters before they reach Slack', () => {
    expect(escapeText('a\u202Eb\u0007c')).toBe('abc');
  });
});
