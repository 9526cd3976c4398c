// What an article can vouch for, indexed once so that each summary sentence is checked in
// microseconds: its sentences, which sentences hold each content word, its word n-grams.
import { splitSentences } from '../nlp/sentences.js';
import { contentOf, fold, isStopword, words } from '../nlp/tokens.js';

export interface Evidence {
  /** The article, lower-cased as written, for amounts such as "£2.4m" that tokens split. */
  raw: string;
  /** Lower-cased tokens of the whole article, spaced, for phrase and quote look-ups. */
  flat: string;
  /** Every token the article uses (folded). */
  vocabulary: Set<string>;
  /** Content word -> indexes of the article sentences that hold it. */
  where: Map<string, number[]>;
  /** Token n-grams (n = 2..4) of the article, joined by spaces. */
  grams: Set<string>;
  /** Folded tokens of each article sentence. */
  sentences: string[][];
}

export function readEvidence(article: string): Evidence {
  const vocabulary = new Set<string>();
  const where = new Map<string, number[]>();
  const grams = new Set<string>();
  const flatParts: string[] = [];
  const folded: string[][] = [];
  const sentences = splitSentences(article);
  sentences.forEach((sentence, index) => {
    const tokens = words(sentence.text);
    flatParts.push(tokens.join(' '));
    folded.push(tokens.map(fold));
    addGrams(folded[index] ?? [], grams);
    for (const token of tokens) {
      const folded = fold(token);
      vocabulary.add(folded);
      if (isStopword(token) || token.length < 2) continue;
      const list = where.get(folded);
      if (!list) where.set(folded, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  return {
    raw: article.toLowerCase(),
    flat: ` ${flatParts.join(' | ')} `,
    vocabulary,
    where,
    grams,
    sentences: folded,
  };
}

function addGrams(tokens: readonly string[], into: Set<string>): void {
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= tokens.length; i++) into.add(tokens.slice(i, i + n).join(' '));
  }
}

/** Whether the article holds every content word of `text` in one sentence. */
export function sameSentence(evidence: Evidence, text: string): boolean {
  const content = contentOf(words(text));
  if (content.length === 0) return true;
  let common: number[] | undefined;
  for (const word of content) {
    const list = evidence.where.get(word) ?? [];
    common = common ? common.filter((index) => list.includes(index)) : [...list];
    if (common.length === 0) return false;
  }
  return true;
}
