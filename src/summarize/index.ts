// PLACEHOLDER (to be replaced by the summariser of issue 2): a lead baseline.
import type { Article } from '../article/types.js';
import type { Brief, SummaryOptions } from './types.js';

export function summarize(article: Article, options: SummaryOptions = {}): Brief {
  const sentences = article.text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const words = article.text.split(/\s+/).length;
  const max = options.maxSentences ?? 5;
  return {
    headline: article.title,
    lede: sentences[0] ?? '',
    points: sentences.slice(1, max),
    facts: { people: [], organisations: [], places: [], dates: [], money: [], numbers: [] },
    readingMinutes: Math.max(1, Math.round(words / 230)),
    wordCount: words,
    source: article.source,
    ...(article.url ? { url: article.url } : {}),
    summary: sentences.slice(0, max).join(' '),
  };
}
