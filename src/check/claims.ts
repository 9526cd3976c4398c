// The checkable atoms of a summary sentence: numbers, dates, names and quotes. Each must be
// in the article as written (or as an obvious variant: "three" for "3", "1,200" for "1200").
import { fold, words } from '../nlp/tokens.js';
import type { Evidence } from './evidence.js';

const numberWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const dateWords =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)$/;
// "May" and "March" are verbs too often to be dates when the summary is lower-cased.
const ambiguousDates = new Set(['may', 'march']);
const quoted = /["“”«»]([^"“”«»]{8,}?)["“”«»]|`+\s?([^`']{8,}?)\s?'+/g;
const digits = /\d[\d,.]*\d|\d/g;
const capitalised = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** The parts of `sentence` the article does not contain. */
export function unsupportedClaims(sentence: string, evidence: Evidence): string[] {
  return [
    ...missingNumbers(sentence, evidence),
    ...missingDates(sentence, evidence),
    ...missingNames(sentence, evidence),
    ...missingQuotes(sentence, evidence),
  ];
}

function missingNumbers(sentence: string, evidence: Evidence): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(digits)) {
    const value = match[0].replace(/[,.]$/, '');
    const plain = value.replace(/,/g, '');
    const asWord = numberWords[Number(plain)];
    const known = words(value).every((token) => evidence.vocabulary.has(token));
    const knownPlain = evidence.vocabulary.has(plain) || evidence.raw.includes(value);
    if (!known && !knownPlain && !(asWord && evidence.vocabulary.has(asWord))) out.push(value);
  }
  for (const token of words(sentence)) {
    const index = numberWords.indexOf(token);
    if (index < 2) continue;
    if (!evidence.vocabulary.has(token) && !evidence.vocabulary.has(String(index))) out.push(token);
  }
  return out;
}

function missingDates(sentence: string, evidence: Evidence): string[] {
  const lowerCased = sentence === sentence.toLowerCase();
  return words(sentence).filter(
    (token) =>
      dateWords.test(token) &&
      !(lowerCased && ambiguousDates.has(token)) &&
      !evidence.vocabulary.has(token),
  );
}

/** Capitalised words inside a sentence; only meaningful when the summary keeps its case. */
function missingNames(sentence: string, evidence: Evidence): string[] {
  if (sentence === sentence.toLowerCase()) return [];
  const out: string[] = [];
  for (const match of sentence.matchAll(capitalised)) {
    const tokens = words(match[0]);
    if (tokens.some((token) => dateWords.test(token))) continue;
    if (!tokens.every((token) => evidence.vocabulary.has(fold(token)))) out.push(match[0]);
  }
  return out;
}

function missingQuotes(sentence: string, evidence: Evidence): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(quoted)) {
    const text = (match[1] ?? match[2] ?? '').trim();
    const tokens = words(text);
    if (tokens.length < 3) continue;
    if (!evidence.flat.includes(` ${tokens.join(' ')} `)) out.push(`“${text}”`);
  }
  return out;
}
