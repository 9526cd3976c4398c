// A hand-written splitter: it runs on every sentence of every article, so it must cost
// microseconds (wink-nlp's readDoc costs ~1.8 ms per 400 words, the whole budget of a brief).
import { isAbbreviation, isSentenceStarter } from './abbreviations.js';

export interface Sentence {
  text: string;
  /** Character offsets in the text that was split. */
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated) it belongs to. */
  paragraph: number;
}

const paragraphBreak = /\n[ \t\r\f\v\u00a0]*\n\s*/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let at = 0;
  paragraphBreak.lastIndex = 0;
  for (;;) {
    const match = paragraphBreak.exec(text);
    const end = match ? match.index : text.length;
    if (splitParagraph(text, at, end, paragraph, out)) paragraph++;
    if (!match) break;
    at = match.index + match[0].length;
  }
  return out;
}

/** Splits text[from, to) into sentences; returns whether it held any. */
function splitParagraph(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  out: Sentence[],
): boolean {
  const before = out.length;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      if (lineBreakEnds(text, i, to)) {
        push(text, start, i, paragraph, out);
        start = i + 1;
      }
      continue;
    }
    if (isWideStop(c)) {
      // Chinese and Japanese end a sentence with "。", "！" or "？" and no space after it.
      let end = i + 1;
      while (end < to && isWideCloser(text.charCodeAt(end))) end++;
      push(text, start, end, paragraph, out);
      start = end;
      i = end - 1;
      continue;
    }
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */ && c !== 8230 /* … */) continue;
    let end = i + 1;
    while (end < to && isTrailing(text.charCodeAt(end))) end++;
    if (end < to && !isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next >= to) break;
    if (!opensSentence(text.charCodeAt(next))) continue;
    if (c === 46 && !periodEnds(text, start, i, next, to)) continue;
    if (insideQuote(text, start, end, to)) continue;
    push(text, start, end, paragraph, out);
    start = next;
    i = next - 1;
  }
  push(text, start, to, paragraph, out);
  return out.length > before;
}

function push(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph });
}

/** A single newline ends a sentence unless it only wraps a line in the middle of one. */
function lineBreakEnds(text: string, at: number, to: number): boolean {
  let prev = at - 1;
  while (prev >= 0 && isSpace(text.charCodeAt(prev))) prev--;
  let next = at + 1;
  while (next < to && isSpace(text.charCodeAt(next))) next++;
  const p = text.charCodeAt(prev);
  const n = text.charCodeAt(next);
  const wraps = (isLower(p) || p === 44 /* , */ || p === 59) && isLower(n);
  return !wraps;
}

/** Decides whether the period at `dot` ends a sentence, given the next word starts at `next`. */
function periodEnds(text: string, start: number, dot: number, next: number, to: number): boolean {
  let w = dot;
  while (w > start && !isSpace(text.charCodeAt(w - 1)) && !isOpening(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word === '') return true;
  // "..." ellipsis: a new sentence only if a capital follows, already checked.
  if (word.endsWith('..')) return true;
  // Initials such as "George W. Bush" or "J. K. Rowling".
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return false;
  const nextWord = readWord(text, next, to);
  if (isAbbreviation(word, nextWord)) return false;
  // Dotted acronyms ("U.S.", "a.m."): a boundary only when an ordinary sentence opener follows.
  if (word.includes('.')) return isSentenceStarter(nextWord);
  return true;
}

function readWord(text: string, from: number, to: number): string {
  let i = from;
  while (i < to && isOpening(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && isWordChar(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

function isTrailing(c: number): boolean {
  // closing quotes and brackets, and more terminal punctuation ("?!", "...")
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 8217 ||
    c === 8221 ||
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 8230
  );
}

function isWideStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** 」』）” and the like after a wide full stop belong to the sentence. */
function isWideCloser(c: number): boolean {
  return c === 0x300d || c === 0x300f || c === 0xff09 || c === 8221 || c === 8217 || c === 41;
}

function isOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 8216 || c === 8220;
}

function opensSentence(c: number): boolean {
  return isUpper(c) || isDigit(c) || isOpening(c) || c === 8212 || c === 45 || c === 36 || c > 127;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isUpper(c) || isLower(c) || isDigit(c) || c > 127;
}

/** Within a quotation that closes soon after, a full stop does not end the sentence. */
function insideQuote(text: string, start: number, at: number, to: number): boolean {
  let open = false;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) open = !open;
    else if (c === 8220) open = true;
    else if (c === 8221) open = false;
  }
  if (!open) return false;
  const close = text.slice(at, Math.min(to, at + 300)).search(/["”]/);
  return close >= 0;
}
