// More phrase candidates for "what" questions, whose answers are often not a whole noun phrase:
// its head alone ("arm" of "a broken arm"), a predicative adjective ("conservative"), two
// phrases joined by "and", a score ("24–10"), or what someone did ("steal the invention").
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';

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

/**
 * What modifies a noun, without the noun the question already names: "natural grass" of
 * "natural grass stadiums" when asked what kind of stadiums (every shorter prefix too was tried:
 * no better under cross-validation); and a noun with the number that picks one out ("pad 37").
 */
export function modifiers(tokens: Token[], emit: Emit): void {
  for (const [from, to] of nounPhraseSpans(tokens)) {
    if (to > from && /^(ADJ|NOUN|PROPN)$/.test(tokens[to - 1]?.pos ?? ''))
      emit(from, to - 1, ['thing']);
    const number = tokens[to + 1];
    if (number?.pos === 'NUM' && !modifier.test(tokens[to + 2]?.pos ?? '')) {
      emit(to, to + 1, ['thing', 'named']);
      if (to > from) emit(from, to + 1, ['thing', 'named']);
    }
  }
}

const attaching = /^(in|for|from|to|on|with|by|about|over|against|between|into)$/;

/**
 * A noun phrase with what it is of or whose it is: "damage to the skin", "a gift from God",
 * "Luther's tune".
 */
export function attachments(tokens: Token[], emit: Emit): void {
  const spans = nounPhraseSpans(tokens);
  const startingAt = new Map(spans.map(([from, to]) => [from, to]));
  for (const [from, to] of spans) {
    const link = tokens[to + 1];
    if (!link) continue;
    let at = to + 2;
    if (/^('s|’s|')$/.test(link.text)) {
      const owned = startingAt.get(at);
      if (owned !== undefined) emit(from, owned, ['thing']);
      continue;
    }
    if (!attaching.test(link.lower)) continue;
    if (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'PRON') at++;
    const object = startingAt.get(at);
    if (object !== undefined) emit(from, object, ['thing']);
  }
}

const participle = /(ed|ing|en)$/;

/**
 * Noun phrases with compound or participle modifiers, which the plain tags split: "a water-cooled
 * undergarment", "youth-oriented programming", "a green algal derived chloroplast"; offered whole
 * and without their noun.
 */
export function compounds(tokens: Token[], emit: Emit): void {
  // Where a modifier unit starting at i ends, or -1: "water - cooled", "derived", "red".
  const unitEnd = (i: number): number => {
    const token = tokens[i];
    if (!token) return -1;
    const plain = modifier.test(token.pos);
    const verbal = token.pos === 'VERB' && participle.test(token.lower);
    if (!plain && !verbal) return -1;
    const joined =
      tokens[i + 1]?.text === '-' && /^(VERB|ADJ|NOUN|NUM)$/.test(tokens[i + 2]?.pos ?? '');
    return joined ? i + 2 : i;
  };
  let i = 0;
  while (i < tokens.length) {
    if (unitEnd(i) < 0) {
      i++;
      continue;
    }
    let end = unitEnd(i);
    let odd = end > i || tokens[i]?.pos === 'VERB';
    for (let next = unitEnd(end + 1); next >= 0; next = unitEnd(end + 1)) {
      odd ||= next > end + 1 || tokens[end + 1]?.pos === 'VERB';
      end = next;
    }
    // Plain phrases are offered already; only those the plain tags split are new.
    if (odd && nominal.test(tokens[end]?.pos ?? '') && end > i) {
      emit(i, end, ['thing']);
      if (tokens[end - 1]?.pos !== 'PUNCT') emit(i, end - 1, ['thing']);
    }
    i = end + 1;
  }
}

const placePrepositions = /^(in|at|on|within|inside|near|outside|under|beneath)$/;

/**
 * Descriptions the noun phrases miss: graded or paired adjectives ("highly refractive",
 * "friendly and supportive", "behavioral and demographic data") and a place with its preposition
 * ("in the stems"), as SQuAD quotes where something is.
 */
export function descriptions(tokens: Token[], emit: Emit): void {
  const spans = nounPhraseSpans(tokens);
  const phraseAt = new Map(spans.map(([from, to]) => [from, to]));
  tokens.forEach((token, i) => {
    const adjective = (k: number) => tokens[k]?.pos === 'ADJ';
    if (token.pos === 'ADV' && adjective(i + 1)) {
      emit(i, i + 1, ['thing']);
      const end = phraseAt.get(i + 1) ?? i + 1;
      if (end > i + 1) emit(i, end, ['thing']);
    }
    if (adjective(i) && tokens[i + 1]?.pos === 'CCONJ' && adjective(i + 2)) {
      emit(i, i + 2, ['thing']);
      const end = phraseAt.get(i + 2) ?? i + 2;
      if (end > i + 2) emit(i, end, ['thing']);
    }
    if (placePrepositions.test(token.lower)) {
      let at = i + 1;
      if (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'PRON') at++;
      const end = phraseAt.get(at);
      if (end !== undefined) emit(i, end, ['place']);
    }
  });
}
