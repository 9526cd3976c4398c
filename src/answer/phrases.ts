// More phrase candidates for "what" questions, whose answers are often not a whole noun phrase:
// its head alone ("arm" of "a broken arm"), a predicative adjective ("conservative"), two
// phrases joined by "and", a score ("24–10"), or what someone did ("steal the invention").
import type { Token } from './analyze.js';
import type { Expect } from './question.js';

type Emit = (from: number, to: number, kinds: Expect[]) => void;

const nominal = /^(NOUN|PROPN)$/;
const modifier = /^(ADJ|NOUN|PROPN|NUM)$/;

/** Where each noun phrase of ADJ/NOUN/PROPN/NUM tokens ends on a noun: [from, to] pairs. */
export function nounPhraseSpans(tokens: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!modifier.test(tokens[i]?.pos ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (modifier.test(tokens[end + 1]?.pos ?? '')) end++;
    let last = end;
    while (last >= i && !nominal.test(tokens[last]?.pos ?? '')) last--;
    if (last >= i) spans.push([i, last]);
    i = end + 1;
  }
  return spans;
}

export function morePhrases(tokens: Token[], emit: Emit): void {
  const spans = nounPhraseSpans(tokens);
  for (const [from, to] of spans) {
    // The head alone and the phrase without its leading adjectives.
    if (to > from && tokens[to]?.pos === 'NOUN') emit(to, to, ['thing']);
    let bare = from;
    while (bare < to && tokens[bare]?.pos === 'ADJ') bare++;
    if (bare > from && bare < to) emit(bare, to, ['thing']);
  }
  // "comedies and family-oriented series": two phrases joined by "and"/"or".
  spans.forEach(([from], k) => {
    const next = spans[k + 1];
    const end = spans[k]?.[1] ?? from;
    if (!next) return;
    const between = next[0] - end - 1;
    const joiner = tokens[end + 1]?.pos === 'CCONJ';
    const withDet = between === 2 && tokens[end + 2]?.pos === 'DET';
    if (joiner && (between === 1 || withDet)) emit(from, next[1], ['thing']);
  });
  // "Shoreham, Long Island": a place and the region it lies in.
  spans.forEach(([from, to], k) => {
    const next = spans[k + 1];
    if (!next || next[0] !== to + 2 || tokens[to + 1]?.text !== ',') return;
    const proper = (a: number, b: number) =>
      tokens.slice(a, b + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
    if (proper(from, to) && proper(next[0], next[1])) emit(from, next[1], ['place', 'named']);
  });
  tokens.forEach((token, i) => {
    // A predicative adjective: "was seen as conservative".
    if (token.pos === 'ADJ' && !modifier.test(tokens[i + 1]?.pos ?? '')) emit(i, i, ['thing']);
    // A score or range: "24–10", "1914-1918".
    if (
      token.pos === 'NUM' &&
      /^[-–—]$/.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 2]?.pos === 'NUM'
    )
      emit(i, i + 2, ['thing', 'count']);
    // What someone did: a verb and the phrase it governs.
    if (token.pos === 'VERB') {
      let at = i + 1;
      if (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'PRON') at++;
      const object = spans.find(([from]) => from === at);
      if (object) emit(i, object[1], ['thing']);
    }
  });
}
