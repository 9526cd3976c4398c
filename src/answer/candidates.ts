// Candidate answer spans in one sentence: wink-nlp's entities (dates, money, numbers), runs of
// proper nouns (names, with titles such as "President" left out), noun phrases, and reason
// clauses; then the variants those miss (longer names, quotes, lists, parts of phrases, measures,
// ranges). Each carries the classes it can answer; scoring picks among them, so a variant is
// worth adding only when the fitted scorer does better with it (scripts/qa/fit-span-weights.ts).

import { measures, ranges, widenAmount } from './amounts.js';
import type { AnalysedSentence, Token } from './analyze.js';
import { mannerPhrases } from './manner.js';
import { lists, longNames, quoted } from './name-variants.js';
import { attachments, compounds, descriptions, modifiers, morePhrases } from './phrases.js';
import { placePhrases } from './places.js';
import type { Expect } from './question.js';
import { reasons } from './reason-spans.js';

export interface Candidate {
  from: number;
  /** Inclusive token index. */
  to: number;
  text: string;
  kinds: Set<Expect>;
}

const entityKinds: Record<string, Expect[]> = {
  DATE: ['date'],
  TIME: ['date'],
  MONEY: ['money'],
  PERCENT: ['percent'],
  CARDINAL: ['count'],
  DURATION: ['duration'],
};

// Words that title a person rather than name one; wink tags most of them NOUN, some PROPN.
const titles = new Set(
  'mr mrs ms dr sir dame lord lady president minister prime chancellor secretary chief executive king queen prince princess general senator governor mayor judge coach manager chairman chairwoman director spokesman spokeswoman professor captain colonel officer leader premier ambassador pope bishop'.split(
    ' ',
  ),
);
// "Jiang Zemin and his Russian counterpart Vladimir Putin": words that tie the second name to the first.
const relations =
  /^(his|her|their|its|counterpart|counterparts|colleague|opposite|number|wife|husband|partner|rival|successor|predecessor|deputy|ally|son|daughter|brother|sister|father|mother)$/;
const placeCues = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'into',
  'outside',
  'inside',
]);

export function candidatesOf(sentence: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = sentence;
  const span = (from: number, to: number, kinds: Expect[], text?: string): void => {
    const first = tokens[from];
    const last = tokens[to];
    if (!first || !last || to < from) return;
    out.push({
      from,
      to,
      text: text ?? sentence.text.slice(first.start, last.end),
      kinds: new Set(kinds),
    });
  };
  for (const entity of sentence.entities) {
    const kinds = [...(entityKinds[entity.type] ?? [])];
    if (kinds.length === 0) continue;
    if (entity.type === 'CARDINAL' && isAge(tokens, entity.from, entity.to)) kinds.push('age');
    const [from, to, money] = widenAmount(tokens, entity.from, entity.to);
    if (money && !kinds.includes('money')) kinds.push('money');
    span(from, to, kinds);
    for (let t = entity.from; t <= entity.to; t++) {
      if (/^(1\d|20)\d\d$/.test(tokens[t]?.text ?? '')) span(t, t, ['year', 'date']);
    }
  }
  tokens.forEach((t, i) => {
    if (/^(once|twice|thrice)$/.test(t.lower)) span(i, i, ['count']);
  });
  ages(tokens, span);
  durations(tokens, span);
  names(tokens, span);
  nounPhrases(tokens, span);
  morePhrases(tokens, span);
  reasons(tokens, span);
  // Later variants only where no candidate with those bounds answers as much: a copy adds nothing.
  const fresh: Emit = (from, to, kinds) => {
    const covered = out.some(
      (c) => c.from === from && c.to === to && kinds.every((k) => c.kinds.has(k)),
    );
    if (!covered) span(from, to, kinds);
  };
  longNames(tokens, fresh);
  quoted(tokens, fresh);
  lists(tokens, fresh);
  modifiers(tokens, fresh);
  attachments(tokens, fresh);
  compounds(tokens, fresh);
  descriptions(tokens, fresh);
  measures(tokens, fresh);
  ranges(tokens, fresh);
  mannerPhrases(tokens, fresh);
  placePhrases(tokens, fresh);
  return out;
}

/** How a candidate generator offers a span: token bounds (inclusive), its classes, its text if not the slice. */
export type Emit = (from: number, to: number, kinds: Expect[], text?: string) => void;

function isAge(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  const after = tokens[to + 1]?.lower ?? '';
  return (before === ',' && after === ',') || before === 'aged' || after === 'years-old';
}

function ages(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    if (
      /^\d{1,3}$/.test(token.text) &&
      tokens[i + 1]?.lower === '-' &&
      tokens[i + 2]?.lower === 'year'
    )
      emit(i, i, ['age']);
    if (
      /^\d{1,3}$/.test(token.text) &&
      tokens[i + 1]?.lower === 'years' &&
      tokens[i + 2]?.lower === 'old'
    )
      emit(i, i, ['age']);
  });
}

function isCapital(token: Token | undefined): boolean {
  return (
    !!token &&
    /^\p{Lu}/u.test(token.text) &&
    token.pos !== 'DET' &&
    token.pos !== 'PRON' &&
    token.entity !== 'DATE' &&
    token.entity !== 'TIME'
  );
}

/** Runs of capitalised words, joined by "-", "&" or "of"; titles before a name are left out. */
function names(tokens: Token[], emit: Emit): void {
  const runs: Array<[number, number, boolean]> = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const opens = isCapital(token) && (i > 0 || token?.pos === 'PROPN');
    if (!opens) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = tokens[end + 1];
      if (isCapital(next)) end++;
      // "Bankash-A", "Philip van Doren Stern", "London's National Theatre", "AT&T"
      else if (next?.lower === '-' && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '')) end += 2;
      else if (
        /^(&|of|van|von|de|der|del|da|di|le|la|'s|’s)$/.test(next?.lower ?? '') &&
        isCapital(tokens[end + 2])
      )
        end += 2;
      else break;
    }
    if (tokens[end + 1]?.pos === 'NUM' && /^\d{1,4}$/.test(tokens[end + 1]?.text ?? '')) end++;
    let start = i;
    for (let t = i; t < end; t++) {
      const tk = tokens[t];
      const capital = /^\p{Lu}/u.test(tk?.text ?? '');
      if (
        tk &&
        capital &&
        (titles.has(tk.lower) || (tk.pos === 'NOUN' && tokens[t + 1]?.pos === 'PROPN'))
      )
        start = t + 1;
    }
    const kinds: Expect[] = ['named', 'thing'];
    const cue = (tokens[i - 1]?.pos === 'DET' ? tokens[i - 2] : tokens[i - 1])?.lower ?? '';
    // A title before it or two words ("Jiang Zemin") make a person; a lone word may be a place.
    const titled =
      start > i || /^(said|says|told|argued|added)$/.test(tokens[end + 1]?.lower ?? '');
    const modifier = /^(NOUN|PROPN|NUM)$/.test(tokens[end + 1]?.pos ?? '');
    if (placeCues.has(cue)) kinds.push('place');
    else if (titled || (end > start && !modifier)) kinds.push('person');
    // "Mr Brown": a surname alone keeps its honorific, as news writes it.
    if (start === end && start > i && /^(mr|mrs|ms|dr)$/.test(tokens[start - 1]?.lower ?? ''))
      start--;
    runs.push([start, end, kinds.includes('person')]);
    emit(start, end, kinds);
    // "Judy Finnigan's Channel 4": each side of a possessive is a name too.
    let piece = start;
    for (let t = start; t <= end + 1; t++) {
      if (t <= end && !/^('s|’s)$/.test(tokens[t]?.lower ?? '')) continue;
      if (piece > start || t <= end) emit(piece, t - 1, kinds);
      piece = t + 1;
    }
    i = end + 1;
  }
  // "A and B" as one answer to who-questions: the two names without their titles.
  for (let r = 0; r + 1 < runs.length; r++) {
    const [a0, a1, aPerson] = runs[r] ?? [0, 0, false];
    // The second name may stand a described run or two later ("and his Russian counterpart B").
    for (let n = r + 1; n < Math.min(runs.length, r + 3); n++) {
      const [b0, b1, bPerson] = runs[n] ?? [0, 0, false];
      const between = tokens.slice(a1 + 1, b0);
      if (between[0]?.lower !== 'and' || between.length > 5) break;
      const described = (t: Token) =>
        isCapital(t) || titles.has(t.lower) || relations.test(t.lower);
      if (!between.slice(1).every(described)) break;
      if (n > r + 1 && !(aPerson && bPerson)) continue;
      const text = `${join(tokens, a0, a1)} and ${join(tokens, b0, b1)}`;
      const kinds: Expect[] = aPerson && bPerson ? ['person', 'named', 'pair'] : ['named', 'thing'];
      emit(a0, b1, kinds, text);
      if (aPerson && bPerson) break;
    }
  }
}

function join(tokens: Token[], from: number, to: number): string {
  let text = '';
  for (let t = from; t <= to; t++) {
    const token = tokens[t];
    if (!token) continue;
    const gap = t > from && token.start > (tokens[t - 1]?.end ?? 0) ? ' ' : '';
    text += gap + token.text;
  }
  return text;
}

const npTags = /^(ADJ|NOUN|PROPN|NUM)$/;

function nounPhrases(tokens: Token[], emit: Emit): void {
  let i = 0;
  while (i < tokens.length) {
    if (!npTags.test(tokens[i]?.pos ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (
      npTags.test(tokens[end + 1]?.pos ?? '') ||
      (tokens[end + 1]?.lower === '-' && npTags.test(tokens[end + 2]?.pos ?? ''))
    )
      end += tokens[end + 1]?.lower === '-' ? 2 : 1;
    let last = end;
    while (last >= i && !/^(NOUN|PROPN)$/.test(tokens[last]?.pos ?? '')) last--;
    if (last >= i) {
      emit(i, last, ['thing']);
      if (tokens[last + 1]?.lower === 'of') {
        let tail = last + 2;
        if (tokens[tail]?.pos === 'DET') tail++;
        let stop = tail;
        while (npTags.test(tokens[stop + 1]?.pos ?? '')) stop++;
        if (npTags.test(tokens[tail]?.pos ?? '')) emit(i, stop, ['thing']);
      }
    }
    i = end + 1;
  }
}

/** "a 20-year treaty": a number joined to a unit is a duration wink-nlp splits in two. */
function durations(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    const unit = tokens[i + 2]?.lower ?? '';
    if (
      /^\d+$|^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(token.lower) &&
      tokens[i + 1]?.lower === '-' &&
      /^(year|month|week|day|hour|minute)s?$/.test(unit)
    )
      emit(i, i + 2, ['duration']);
  });
}
