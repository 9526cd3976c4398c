import type { Article } from '../article/types.js';
import { type Ranked, rankArticle } from './extract.js';
import { extractFacts } from './facts.js';
import { featureIndex } from './features.js';
import { selectSentences } from './select.js';
import type { Brief, BriefLength, KeyFacts, SummaryOptions } from './types.js';
import { isFurniture, isJunk, leansOnPrevious } from './usable.js';

const sentencesFor: Record<BriefLength, number> = { short: 3, standard: 5, long: 8 };
const pointsFor: Record<BriefLength, number> = { short: 3, standard: 4, long: 5 };
/** A lede this short is usually a teaser; the next sentence carries the news. */
const shortLede = 12;
const wordsPerMinute = 230;
const shortBrief = 3;
const extraFactSentences = 8;
/** Sentences a short brief may draw from: news puts what matters first (inverted pyramid). */
const leadWindow = 4;
/** How far down the lede may start when the first sentences are captions or labels. */
const ledeSearch = 6;

/**
 * The fitted scorer learnt BBC's long extracts; a three-sentence brief is the lede's job. It
 * keeps to the top of the article (inverted pyramid) and, within it, prefers sentences that
 * echo the headline and say it briefly.
 */
function leadWeighted(features: readonly number[][]): number[] {
  return features.map(
    (f, i) =>
      (i < leadWindow ? 100 : 0) -
      i +
      2 * (f[featureIndex.titleOverlap] ?? 0) -
      (f[featureIndex.logLength] ?? 0),
  );
}

/** Briefs an article: every sentence of it is a sentence of the article. */
export function summarize(article: Article, options: SummaryOptions = {}): Brief {
  const length = options.length ?? 'standard';
  const maxSentences = Math.max(1, options.maxSentences ?? sentencesFor[length]);
  const maxWords = Math.max(1, options.maxWords ?? Number.POSITIVE_INFINITY);
  const ranked = rankArticle(article.text, article.title);
  const { sentences, units, scores } = ranked;

  // Read only for the sentences a brief considers (most of an article never is), and once.
  const furniture = memo((i) => isFurniture(sentences[i]?.text ?? ''));
  const junk = memo((i) => furniture(i) || isJunk(sentences[i]?.text ?? '', false));
  const ledeIndices = chooseLede(sentences, junk);
  const lede = ledeIndices.map((i) => sentences[i]?.text ?? '').filter(Boolean);

  // A point that leans on the sentence before it ("He…", "But…") stands only after that sentence.
  const standsAlone = (i: number, chosen: readonly number[]) =>
    !junk(i) &&
    (!leansOnPrevious(sentences[i]?.text ?? '') ||
      ledeIndices.includes(i - 1) ||
      chosen.includes(i - 1));
  const pointIndices = selectSentences(
    units,
    scores,
    {
      maxSentences: Math.min(pointsFor[length], Math.max(3, maxSentences - 1)),
      maxWords: Number.POSITIVE_INFINITY,
    },
    ledeIndices,
    standsAlone,
  );
  const points = pointIndices.map((i) => sentences[i]?.text ?? '');
  const briefIndices = [...ledeIndices, ...pointIndices];
  const amountIndices = factSentences(ranked, briefIndices);

  const summaryScores = maxSentences <= shortBrief ? leadWeighted(ranked.features) : scores;
  const summary = selectSentences(
    units,
    summaryScores,
    { maxSentences, maxWords },
    [],
    (i) => !furniture(i),
  )
    .map((i) => sentences[i]?.text ?? '')
    .join(' ');
  const wordCount = units.reduce((sum, unit) => sum + unit.wordCount, 0);
  const brief: Omit<Brief, 'facts'> = {
    headline: article.title,
    lede: lede.join(' '),
    points,
    readingMinutes: Math.max(1, Math.round(wordCount / wordsPerMinute)),
    wordCount,
    source: article.source,
    ...(article.url ? { url: article.url } : {}),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    summary,
  };
  const textOf = (indices: number[]) =>
    indices.sort((a, b) => a - b).map((i) => sentences[i]?.text ?? '');
  return withLazyFacts(brief, () =>
    extractFacts(textOf(briefIndices), textOf(amountIndices), article),
  );
}

function memo(read: (i: number) => boolean): (i: number) => boolean {
  const seen = new Map<number, boolean>();
  return (i) => {
    let value = seen.get(i);
    if (value === undefined) {
      value = read(i);
      seen.set(i, value);
    }
    return value;
  };
}

/**
 * The story's first real sentence (not a caption, label or heading), and the next one too when
 * the first is a short teaser.
 */
function chooseLede(
  sentences: readonly { text: string }[],
  junk: (i: number) => boolean,
): number[] {
  const window = Math.min(sentences.length, ledeSearch);
  let first = 0;
  // The story's first sentence leans on nothing ("Their American dream shattered, …").
  const leans = (i: number) => i > 0 && leansOnPrevious(sentences[i]?.text ?? '');
  while (first < window && (junk(first) || leans(first))) first++;
  if (first >= window) first = 0;
  const indices = [first];
  const next = first + 1;
  const short = (sentences[first]?.text.split(/\s+/).length ?? 0) < shortLede;
  if (short && next < sentences.length && !junk(next)) indices.push(next);
  return indices;
}

/**
 * Facts cost the NLP pipeline (~1 ms a brief, three times the ranking), and a batch summary
 * never shows them: they are computed on first read, once, and then are a plain property
 * (JSON.stringify and spreads read them like any other).
 */
function withLazyFacts(brief: Omit<Brief, 'facts'>, compute: () => KeyFacts): Brief {
  return Object.defineProperty(brief, 'facts', {
    enumerable: true,
    configurable: true,
    get(this: Brief) {
      const facts = compute();
      Object.defineProperty(this, 'facts', { value: facts, enumerable: true, writable: true });
      return facts;
    },
  }) as Brief;
}

/** Beyond the brief's own sentences, the best few that carry amounts and years. */
function factSentences(ranked: Ranked, taken: readonly number[]): number[] {
  return ranked.sentences
    .map((s, i) => ({ i, score: ranked.scores[i] ?? 0, text: s.text }))
    .filter((s) => !taken.includes(s.i) && /[$£€¥]\s?\d|\b(1[89]|20)\d\d\b/.test(s.text))
    .sort((a, b) => b.score - a.score)
    .slice(0, extraFactSentences)
    .map((s) => s.i);
}
