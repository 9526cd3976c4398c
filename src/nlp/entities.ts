// Named things in a few sentences. wink-nlp's English lite model finds dates, money, numbers
// and percentages itself, and tags proper nouns; its lite model has no person/organisation/
// place classes, so proper-noun runs are sorted by the cues around them (titles, "in"/"to",
// organisation and place words). Measured on the seed and sample articles, not on a list of names.

import { nameTag } from './gazetteer.js';
import {
  isOrganisationWord,
  type Kind,
  kindOf,
  type Run,
  type Titled,
  titleWord,
} from './name-kind.js';
import { amountWindows, nameWindows } from './windows.js';
import { its, nlpAmounts, nlpNames } from './wink.js';

export interface Entities {
  people: string[];
  organisations: string[];
  places: string[];
  dates: string[];
  money: string[];
  numbers: string[];
}

const joiners = /^(of|de|du|van|von|der|al|bin|am)$/;

export interface EntitySources {
  /** Text read fully: names, places, organisations, amounts, dates. */
  text: string;
  /** More text read for amounts, dates and numbers only. */
  amountsText?: string;
  /** Places known already, e.g. a dateline's. */
  knownPlaces?: readonly string[];
  /** The whole article, to recognise people by their surname used alone. */
  context?: string;
}

type Entity = { out(f?: unknown): string };

export function extractEntities(sources: EntitySources | string): Entities {
  const {
    text,
    amountsText = '',
    knownPlaces = [],
    context = text,
  } = typeof sources === 'string' ? { text: sources } : sources;
  const out: Entities = {
    people: [],
    organisations: [],
    places: [...knownPlaces],
    dates: [],
    money: [],
    numbers: [],
  };
  const doc = nlpNames.readDoc(nameWindows(text));
  const windows = amountWindows(`${text} ${amountsText}`);
  if (windows)
    nlpAmounts
      .readDoc(windows)
      .entities()
      .each((entity: Entity) => addAmount(entity, windows, out));
  const tokens = doc.tokens().out();
  let previous: { kind: Kind; end: number } | undefined;
  for (const run of properRuns(tokens, doc.tokens().out(its.pos), text).flatMap(splitRun)) {
    const adjacent = previous && previous.end === run.start - 1 ? previous.kind : undefined;
    const { kind, name } = classify(run, context, adjacent);
    if (kind === 'person') out.people.push(name);
    else if (kind === 'organisation') out.organisations.push(name);
    else if (kind === 'place') out.places.push(name);
    previous = { kind, end: run.start + run.words.length };
  }
  const people = dedupeNames(out.people);
  const organisations = unique(out.organisations);
  // A name read as two kinds in one brief ("Malaga" the club and the city) is not sure of either.
  // A dateline's place ("Moscow, Russia") already names its parts: "Moscow" is not listed again.
  const partsOfKnown = new Set(
    knownPlaces.filter((k) => k.includes(',')).flatMap((k) => k.split(/,\s*/)),
  );
  const places = unique(out.places).filter(
    (p) =>
      !people.includes(p) &&
      !organisations.includes(p) &&
      (knownPlaces.includes(p) || !partsOfKnown.has(p)),
  );
  return {
    people: people.filter((p) => !organisations.includes(p)),
    organisations: organisations.filter((o) => !people.includes(o)),
    places,
    dates: unique(out.dates),
    money: unique(out.money),
    numbers: unique(out.numbers),
  };
}

function addAmount(entity: Entity, text: string, out: Entities): void {
  const type = entity.out(its.type);
  const value = entity.out();
  if (type === 'DATE') out.dates.push(value);
  else if (type === 'MONEY') out.money.push(value);
  else if (type === 'CARDINAL' && currency(text, value)) out.money.push(currency(text, value));
  else if (type === 'CARDINAL' || type === 'PERCENT') {
    if (/\d/.test(value) || type === 'PERCENT') out.numbers.push(value);
  }
}

// Parts of speech that never belong inside a name, even capitalised at a sentence start.
const outsideNames = /^(DET|PRON|ADP|CCONJ|SCONJ|AUX|PART|ADV|PUNCT|NUM|SYM|INTJ)$/;

/** Runs of capitalised words holding at least one proper noun: "Northfield City Council". */
function properRuns(tokens: readonly string[], pos: readonly string[], text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    const words: string[] = [];
    let proper = false;
    while (i < tokens.length) {
      const token = tokens[i] ?? '';
      const tag = pos[i] ?? '';
      if (/^[A-Z]/.test(token) && !outsideNames.test(tag)) {
        words.push(token);
        proper ||= tag === 'PROPN';
      } else if (joiners.test(token) && words.length && /^[A-Z]/.test(tokens[i + 1] ?? ''))
        words.push(token);
      else if (token === 'and' && words.length && endsInOrganisation(tokens, i + 1))
        words.push(token);
      else if (
        token === '-' &&
        words.length &&
        /^[A-Z]/.test(tokens[i + 1] ?? '') &&
        joined(words, tokens[i + 1] ?? '', text)
      ) {
        // "Eva-Marie Persson", "Lewis-Francis": one name, though the tokenizer splits it.
        i++;
        words[words.length - 1] += `-${tokens[i]}`;
      } else break;
      i++;
    }
    if (words.length && proper)
      runs.push({
        words,
        before: tokens[start - 1] ?? '',
        before2: tokens[start - 2] ?? '',
        after: tokens[i] ?? '',
        next: tokens[i + 1] ?? '',
        start,
      });
    if (i === start) i++;
  }
  return runs;
}

function classify(run: Run, context: string, previous: Kind): { kind: Kind; name: string } {
  // "Chinese President Jiang Zemin", "the chief executive, Morag Ellis": the title goes.
  let cut = -1;
  run.words.forEach((w, i) => {
    if (titleWord(w) && i < run.words.length - 1) cut = i;
  });
  let words = run.words.slice(cut + 1);
  // "Director of Public Prosecution Eva-Marie Persson": the title's "of …" goes too.
  if (joiners.test(words[0] ?? '')) {
    const at = words.findIndex((w) => nameTag(w.split('-')[0] ?? '') === 'first');
    words = at > 0 ? words.slice(at) : words.slice(1);
  }
  const strong =
    cut >= 0 ||
    titleWord(run.before, false) ||
    (run.before === ',' && titleWord(run.before2, false));
  const loose = titleWord(run.before) || (run.before === ',' && titleWord(run.before2));
  const titled: Titled = strong ? 'strong' : loose ? 'loose' : undefined;
  const name = words.join(' ');
  // "Moscow and Beijing", "West Palm Beach, FL": a name coordinated with a place is a place.
  const coordinated =
    run.before === 'and' ||
    (run.before === ',' && (/^[A-Z]\.?[A-Z]\.?$/.test(name) || nameTag(name) === 'place'));
  if (previous === 'place' && coordinated && words.length <= 2 && !titled)
    return { kind: nameTag(words[0] ?? '') === 'first' ? undefined : 'place', name };
  return { kind: kindOf(words, titled, run, context), name };
}

/**
 * Captions and lists run names together ("Isco Gareth Bale", "Nepal India"), and a sentence
 * may open with a verb ("Following Assange's arrest"): each name is read on its own.
 */
function splitRun(run: Run): Run[] {
  let words = run.words;
  let start = run.start;
  while (words.length > 1 && nameTag(words[0] ?? '') === 'gerund') {
    words = words.slice(1);
    start++;
  }
  // A caption's verb ("Trujillo Wrapped up: …") ends no name.
  while (words.length > 1 && /^(gerund|past)$/.test(nameTag(words[words.length - 1] ?? '') ?? ''))
    words = words.slice(0, -1);
  if (words.length >= 2 && nameTag(words.join(' ')) === undefined) {
    const places = words.every((w) => nameTag(w) === 'place');
    const at = words.findIndex(
      (w, i) => i > 0 && nameTag(w) === 'first' && nameTag(words[i - 1] ?? '') !== 'first',
    );
    if (places) return words.map((w, i) => part(run, [w], start + i));
    if (at > 0 && words.length - at >= 2 && !words.slice(0, at).some((w) => titleWord(w)))
      return [part(run, words.slice(0, at), start), part(run, words.slice(at), start + at)];
  }
  return [{ ...run, words, start }];
}

function part(run: Run, words: string[], start: number): Run {
  return { ...run, words, start, before: start === run.start ? run.before : '' };
}

/**
 * "Food and Agriculture Organisation", "Immigration and Customs Enforcement": an "and" inside an
 * organisation's name, when the capitalised words after it end in an organisation's head word.
 */
function endsInOrganisation(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const word = tokens[k] ?? '';
    if (!/^[A-Z]/.test(word)) return false;
    if (isOrganisationWord(word) && k > from) return true;
  }
  return false;
}

/** The text writes the two words with a bare hyphen between them ("Eva-Marie"). */
function joined(words: readonly string[], next: string, text: string): boolean {
  return text.includes(`${words[words.length - 1]}-${next}`);
}

/** "Jiang" after "Jiang Zemin" is the same person. */
function dedupeNames(names: readonly string[]): string[] {
  const full = unique(names);
  return full.filter(
    (name) => !full.some((other) => other !== name && other.split(' ').includes(name)),
  );
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** wink's lite model knows "$", not "£" or "€": an amount right after one is money too. */
function currency(text: string, value: string): string {
  const at = text.indexOf(value);
  const symbol = at > 0 ? text[at - 1] : '';
  return symbol && '£€¥$'.includes(symbol) ? `${symbol}${value}` : '';
}
