import { titleCasePlace } from '../article/dateline.js';
import type { Article } from '../article/types.js';
import { extractEntities } from '../nlp/entities.js';
import type { KeyFacts } from './types.js';

/**
 * Key facts grouped by kind: names from the brief's own sentences, amounts and dates also from
 * the few other sentences that carry them, and the dateline's place.
 */
export function extractFacts(
  briefSentences: readonly string[],
  amountSentences: readonly string[],
  article: Article,
): KeyFacts {
  return extractEntities({
    text: briefSentences.join(' '),
    amountsText: amountSentences.join(' '),
    knownPlaces: article.dateline ? [titleCasePlace(article.dateline)] : [],
    context: article.text,
  });
}
