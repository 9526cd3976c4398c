// Reads each article once with wink-nlp (tokens, part of speech, stems, entities) and keeps the
// result, keyed by article id + a hash of its text: reading is the costly step (~1 ms for 600
// words), every later question on the same article only scores what is cached here.
import { createHash } from 'node:crypto';
import type { Article } from '../article/types.js';
import { splitSentences } from '../nlp/sentences.js';
import { readSpans } from './read-sentences.js';

export interface Token {
  text: string;
  lower: string;
  /** Stem folded onto its paraphrase group ("inked" and "signed" share one). */
  key: string;
  pos: string;
  /** Character offsets inside the sentence. */
  start: number;
  end: number;
  /** Entity type from wink-nlp (DATE, MONEY, CARDINAL, ...), if inside one. */
  entity?: string;
}

export interface EntitySpan {
  type: string;
  from: number;
  /** Inclusive token index. */
  to: number;
}

export interface AnalysedSentence {
  text: string;
  index: number;
  tokens: Token[];
  entities: EntitySpan[];
  /** Term frequencies of content keys, for BM25. */
  tf: Map<string, number>;
  length: number;
}

export interface AnalysedArticle {
  article: Article;
  sentences: AnalysedSentence[];
  /** Sentence frequency of each key. */
  df: Map<string, number>;
  averageLength: number;
  /** Keys of the title: the article's topic, which its sentences often leave implicit. */
  titleKeys: Set<string>;
}

/** Reads one piece of text into tokens and entity spans. */
export function readTokens(text: string): { tokens: Token[]; entities: EntitySpan[] } {
  return readSpans(text, [{ start: 0, end: text.length }])[0] ?? { tokens: [], entities: [] };
}

const cache = new Map<string, AnalysedArticle>();
const cacheLimit = 256;

function cacheKey(article: Article): string {
  const hash = createHash('sha1').update(article.text).digest('base64');
  return `${article.id}\u0000${hash}`;
}

/** Whether this article (same id, same text) has been read already. */
export function isAnalysed(article: Article): boolean {
  return cache.has(cacheKey(article));
}

export function analyse(article: Article): AnalysedArticle {
  const key = cacheKey(article);
  const hit = cache.get(key);
  if (hit) return hit;
  const analysed = analyseNow(article);
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, analysed);
  return analysed;
}

function analyseNow(article: Article): AnalysedArticle {
  const df = new Map<string, number>();
  let total = 0;
  const split = splitSentences(article.text);
  // The title rides in the same reading, after the body, as it was read before on its own.
  const titleAt = article.text.length + 2;
  const title = { start: titleAt, end: titleAt + article.title.length };
  const readings = readSpans(`${article.text}\n\n${article.title}`, [...split, title]);
  const sentences = split.map((sentence, index) => {
    const { tokens, entities } = readings[index] ?? { tokens: [], entities: [] };
    const tf = new Map<string, number>();
    for (const token of tokens) {
      if (!isContent(token)) continue;
      tf.set(token.key, (tf.get(token.key) ?? 0) + 1);
    }
    for (const key of tf.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    total += tokens.length;
    return { text: sentence.text, index, tokens, entities, tf, length: tokens.length };
  });
  const titleKeys = new Set(readings[split.length]?.tokens.map((t) => t.key));
  return {
    article,
    sentences,
    df,
    averageLength: total / Math.max(1, sentences.length),
    titleKeys,
  };
}

const functionTags = new Set([
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PUNCT',
  'PART',
  'AUX',
  'PRON',
  'SYM',
]);

export function isContent(token: Token): boolean {
  return (
    !functionTags.has(token.pos) && !stopKeys.has(token.lower) && /[\p{L}\p{N}]/u.test(token.text)
  );
}

const stopKeys = new Set(
  'be is are was were been being do does did have has had the a an of to in on at for by with and or but not this that these those it its they them their there here what which who whom whose when where why how'.split(
    ' ',
  ),
);
