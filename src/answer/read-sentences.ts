// One wink-nlp reading of a whole text, cut back into our sentences by character offsets.
// readDoc has a fixed cost per call that, paid once per sentence, was a third of the analysis.
// A sentence's tokens, tags and entities do not depend on its neighbours, so one reading gives
// what a reading per sentence gave: identical on every SQuAD dev, news dev, BBC, CNN/DM and
// XSum article we have; the one exception, an entity across a boundary, is handled below.
import type { ItemEntity } from 'wink-nlp';
import { its, nlp, stem } from '../nlp/wink.js';
import type { EntitySpan, Token } from './analyze.js';
import { canonical } from './paraphrase.js';

export interface Reading {
  tokens: Token[];
  entities: EntitySpan[];
}

/** Character offsets of a sentence inside the text it was split from. */
export interface Span {
  start: number;
  end: number;
}

/** Reads `text` once and returns the tokens and entities of each span, offsets per span. */
export function readSpans(text: string, spans: readonly Span[]): Reading[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const readings: Reading[] = spans.map(() => ({ tokens: [], entities: [] }));
  // Where each token of the text went: its span and its index there (-1: between spans).
  const spanOf = new Int32Array(values.length).fill(-1);
  const indexIn = new Int32Array(values.length);
  let s = 0;
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    for (let span = spans[s]; span; span = spans[s]) {
      // Line breaks between sentences are tokens too: they belong to no sentence.
      if (found >= 0 && found < span.start) {
        at = found + value.length;
        return;
      }
      const inside = found >= 0 && found < span.end;
      const from = Math.max(at, span.start);
      // A token the text does not spell as such stays where the last one ended, as before.
      if (inside || !isBlank(text, from, span.end)) {
        const start = inside ? found : from;
        at = start + value.length;
        const tokens = readings[s]?.tokens ?? [];
        spanOf[i] = s;
        indexIn[i] = tokens.length;
        tokens.push(tokenOf(value, tags[i] ?? 'X', start - span.start, at - span.start));
        return;
      }
      s++;
    }
  });
  const straddled = new Set<number>();
  doc.entities().each((entity: ItemEntity) => {
    const [from, to] = entity.out(its.span) as unknown as [number, number];
    const within = spanOf[from] ?? -1;
    const reading = readings[within];
    if (!reading || spanOf[to] !== within) {
      for (let t = from; t <= to; t++) if ((spanOf[t] ?? -1) >= 0) straddled.add(spanOf[t] ?? -1);
      return;
    }
    const type = entity.out(its.type) as string;
    const local = { type, from: indexIn[from] ?? 0, to: indexIn[to] ?? 0 };
    reading.entities.push(local);
    for (let t = local.from; t <= local.to; t++) {
      const token = reading.tokens[t];
      if (token) token.entity = type;
    }
  });
  // An entity across our sentence boundary ("Jan." ending one, "1st" opening the next): what
  // each sentence holds alone is not that entity, so those few sentences are read alone.
  for (const index of straddled) {
    const span = spans[index];
    if (!span) continue;
    const alone = readSpans(text.slice(span.start, span.end), [
      { start: 0, end: span.end - span.start },
    ]);
    readings[index] = alone[0] ?? { tokens: [], entities: [] };
  }
  return readings;
}

/** Whether text[from, to) holds only spaces wink-nlp skips (it makes tokens of \n, \r, \t). */
function isBlank(text: string, from: number, to: number): boolean {
  return blank.test(text.slice(from, to));
}

const blank = /^[^\S\n\r\t]*$/;

function tokenOf(value: string, pos: string, start: number, end: number): Token {
  const word = words.get(value) ?? learn(value);
  return { text: value, lower: word.lower, key: word.key, pos, start, end };
}

// Stemming was the costliest step after readDoc (~2 ms an article): a word's key depends on
// the word alone and news repeats its words, so each is lower-cased and stemmed once per
// process. wink-nlp hands out the same string for each occurrence of a word, so the lookup
// reuses its hash.
const words = new Map<string, { lower: string; key: string }>();
const keys = new Map<string, string>();
const limit = 100_000;

function learn(value: string): { lower: string; key: string } {
  const lower = value.toLowerCase();
  let key = keys.get(lower);
  if (key === undefined) {
    // The stemmer lower-cases first: "Signed" and "signed" share a stem.
    key = canonical(/\d/.test(lower) ? lower : stem(lower));
    if (keys.size >= limit) keys.clear();
    keys.set(lower, key);
  }
  const word = { lower, key };
  if (words.size >= limit) words.clear();
  words.set(value, word);
  return word;
}
