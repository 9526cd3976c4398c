import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewsbriefError } from '../../src/errors.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { createEngine, loadConfig } from '../../src/index.js';
import { feedSoup, htmlSoup, textSoup } from './arbitraries.js';
import { refusingFetcher } from './context.js';

const engine = createEngine({ config: loadConfig({}), fetcher: refusingFetcher });

/** Runs `work`; a NewsbriefError is an acceptable outcome, anything else fails the property. */
async function tolerated<T>(work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (isNewsbriefError(error)) return undefined;
    throw error;
  }
}

const answerKinds = ['answer', 'abstain'];

describe('the engine under random and malformed input', () => {
  it('loads, briefs and answers from any HTML without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(htmlSoup, textSoup, async (html, question) => {
        const briefed = await tolerated(() => engine.brief({ kind: 'html', html }));
        if (!briefed) return;
        const { article, brief } = briefed;
        expect(typeof article.text).toBe('string');
        expect(typeof brief).toBe('object');
        const answer = await tolerated(() => engine.answer(question, [article]));
        if (answer) expect(answerKinds).toContain(answer.kind);
      }),
      { numRuns: 40 },
    );
  });

  it('loads, briefs in every length and answers from any text without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(
        textSoup,
        fc.constantFrom('short', 'standard', 'long') as fc.Arbitrary<'short' | 'standard' | 'long'>,
        fc.string({ maxLength: 300 }),
        async (text, length, question) => {
          const briefed = await tolerated(() => engine.brief({ kind: 'text', text }, { length }));
          if (!briefed) return;
          const { article, brief } = briefed;
          expect(typeof brief).toBe('object');
          const answer = await tolerated(() => engine.answer(question, [article, article]));
          if (answer) expect(answerKinds).toContain(answer.kind);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers any question over no articles by abstaining or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(textSoup, async (question) => {
        const answer = await tolerated(() => engine.answer(question, []));
        if (answer) expect(answer.kind).toBe('abstain');
      }),
      { numRuns: 30 },
    );
  });

  it('parses feed soup into a feed or a feed_malformed error, nothing else', () => {
    fc.assert(
      fc.property(feedSoup, (body) => {
        try {
          const feed = parseFeedText(body);
          expect(Array.isArray(feed.entries)).toBe(true);
        } catch (error) {
          expect(isNewsbriefError(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
