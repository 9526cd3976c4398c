// Names the capitalised runs of candidates.ts cut short: titles of works and bodies with small
// words inside ("Museum of the Moving Image", "Religious Coalition for Reproductive Choice"),
// numbers inside ("Super Bowl 50 Host Committee", "West 66th Street"), words in quotes ("That
// Special Feeling"), and lists ("Grissom, White, and Chaffee").
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';
import { nounPhraseSpans } from './phrases.js';

const romanNumeral = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const connector = /^(of|for|in|from|with|as|on|to|and|&|de|du|the)$/;

/** A word that can stand in a name: capitalised, a Roman numeral, or "7"/"66th" before a capital. */
function namePart(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (romanNumeral.test(token.text)) return i > 0;
  if (/^\p{Lu}/u.test(token.text)) return token.pos !== 'DET' && token.pos !== 'PRON';
  const next = tokens[i + 1];
  return /^\d+(st|nd|rd|th)?$/.test(token.text) && !!next && /^\p{Lu}/u.test(next.text);
}

/** Maximal runs of name words, as [from, to] pairs. */
function chunks(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!namePart(tokens, i)) {
      i++;
      continue;
    }
    let end = i;
    while (
      namePart(tokens, end + 1) ||
      (tokens[end + 1]?.text === '-' && namePart(tokens, end + 2))
    )
      end += tokens[end + 1]?.text === '-' ? 2 : 1;
    // "Super Bowl 50": a number closes a name.
    if (/^\d{1,4}$/.test(tokens[end + 1]?.text ?? '')) end++;
    out.push([i, end]);
    i = end + 1;
  }
  return out;
}

/** Two or three runs of name words joined by one or two small words ("of the"). */
export function longNames(tokens: Token[], emit: Emit): void {
  const runs = chunks(tokens);
  const joined = (a: [number, number], b: [number, number]): boolean => {
    const gap = tokens.slice(a[1] + 1, b[0]);
    if (gap.length === 0 || gap.length > 2) return false;
    if (!gap.every((t) => connector.test(t.lower))) return false;
    return gap.length === 1 || gap[1]?.lower === 'the';
  };
  runs.forEach((run, k) => {
    if (run[1] > run[0] || /^\d/.test(tokens[run[0]]?.text ?? ''))
      emit(run[0], run[1], ['named', 'thing']);
    let last = run;
    for (let n = 1; n <= 2; n++) {
      const next = runs[k + n];
      if (!next || !joined(last, next)) break;
      emit(run[0], next[1], ['named', 'thing']);
      last = next;
    }
  });
}

const opening = /^["“]$/;
const closing = /^["”]$/;

/** What stands between quotation marks, when short enough to be a title or a slogan. */
export function quoted(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    if (!opening.test(token.text)) return;
    for (let j = i + 1; j <= i + 11 && j < tokens.length; j++) {
      if (!closing.test(tokens[j]?.text ?? '')) continue;
      let to = j - 1;
      // "Hymn for the Weekend," : the comma inside the quotes is no part of the title.
      while (to > i && tokens[to]?.pos === 'PUNCT') to--;
      if (to > i) emit(i + 1, to, ['named', 'thing']);
      return;
    }
  });
}

/**
 * "Grissom, White, and Chaffee", "China, Japan and the United States": three or more noun
 * phrases as one answer.
 */
export function lists(tokens: Token[], emit: Emit): void {
  const spans = nounPhraseSpans(tokens);
  const itemAt = new Map(spans.map(([from, to]) => [from, to]));
  const next = (end: number): number | undefined => {
    let at = end + 1;
    const comma = tokens[at]?.text === ',';
    if (comma) at++;
    const and = /^(and|or)$/.test(tokens[at]?.lower ?? '');
    if (and) at++;
    if (!comma && !and) return undefined;
    if (tokens[at]?.pos === 'DET') at++;
    return itemAt.has(at) ? at : undefined;
  };
  let k = 0;
  while (k < spans.length) {
    const [from, to] = spans[k] ?? [0, 0];
    let items = 1;
    let end = to;
    let closed = false;
    for (let at = next(end); at !== undefined && !closed; at = next(end)) {
      // "and" or "or" before an item closes the list.
      closed = tokens.slice(end + 1, at).some((t) => /^(and|or)$/.test(t.lower));
      end = itemAt.get(at) ?? at;
      items++;
    }
    if (items >= 3 && closed) emit(from, end, ['named', 'thing']);
    k++;
    while (k < spans.length && (spans[k]?.[0] ?? 0) <= end) k++;
  }
}
