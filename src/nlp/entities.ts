// Named things in a few sentences. wink-nlp's English lite model finds dates, money, numbers
// and percentages itself, and tags proper nouns; its lite model has no person/organisation/
// place classes, so proper-noun runs are sorted by the cues around them (titles, "in"/"to",
// organisation and place words). Measured on the seed and sample articles, not on a list of names.

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

const personTitles =
  /^(president|prime|minister|mr|mrs|ms|miss|dr|sir|dame|lord|lady|king|queen|prince|princess|pope|senator|sen|governor|gov|mayor|chancellor|secretary|general|gen|colonel|captain|judge|justice|professor|prof|rev|chairman|chairwoman|leader|spokesman|spokeswoman|director|executive|chief|coach|manager|striker|actor|actress|singer|councillor|minister|premier|ambassador)$/i;
const orgWords =
  /^(ministry|agency|council|party|bank|university|college|company|corp|corporation|inc|ltd|plc|group|association|society|union|authority|commission|committee|department|office|news|network|times|post|service|services|federation|institute|court|parliament|congress|senate|government|board|club|foundation|fund|organisation|organization|trust|assembly|airlines|airways|motors|league|bureau|police|army|navy|interactive|cnn|bbc|reuters|nations|federal|reserve)$/i;
const placeWords =
  /^(river|sea|ocean|lake|mountain|mountains|island|islands|street|road|square|county|province|region|republic|kingdom|states|valley|bay|coast|city|town|district|state|gulf|strait|peninsula|desert|reservoir|airport|station|kremlin)$/i;
const placePrepositions = /^(in|to|from|at|near|across|into|outside|inside|towards?|via)$/i;
const eventWords =
  /^(treaty|act|agreement|accord|pact|war|cooperation|day|week|cup|awards?|prize|festival|games|olympics|bill|law|plan|summit|good)$/i;
const joiners = /^(of|de|du|van|von|der|al|bin)$/;

interface Run {
  words: string[];
  before: string;
  /** The token before `before`. */
  before2: string;
  after: string;
  start: number;
}

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
  for (const run of properRuns(tokens, doc.tokens().out(its.pos))) {
    const adjacent = previous && previous.end === run.start - 1 ? previous.kind : undefined;
    const { kind, name } = classify(run, context, adjacent);
    if (kind === 'person') out.people.push(name);
    else if (kind === 'organisation') out.organisations.push(name);
    else if (kind === 'place') out.places.push(name);
    previous = { kind, end: run.start + run.words.length };
  }
  return {
    people: dedupeNames(out.people),
    organisations: unique(out.organisations),
    places: unique(out.places),
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
function properRuns(tokens: readonly string[], pos: readonly string[]): Run[] {
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
      else break;
      i++;
    }
    if (words.length && proper)
      runs.push({
        words,
        before: tokens[start - 1] ?? '',
        before2: tokens[start - 2] ?? '',
        after: tokens[i] ?? '',
        start,
      });
    if (i === start) i++;
  }
  return runs;
}

type Kind = 'person' | 'organisation' | 'place' | undefined;

function classify(run: Run, context: string, previous: Kind): { kind: Kind; name: string } {
  // "Chinese President Jiang Zemin", "the chief executive, Morag Ellis": the title goes.
  const isTitle = (w: string) => personTitles.test(w.replace(/\.$/, ''));
  let cut = -1;
  run.words.forEach((w, i) => {
    if (isTitle(w) && i < run.words.length - 1) cut = i;
  });
  const words = run.words.slice(cut + 1);
  const titled = cut >= 0 || isTitle(run.before) || (run.before === ',' && isTitle(run.before2));
  const name = words.join(' ');
  return { kind: kindOf(words, name, titled, run, context, previous), name };
}

function kindOf(
  words: readonly string[],
  name: string,
  titled: boolean,
  run: Run,
  context: string,
  previous: Kind,
): Kind {
  const last = words[words.length - 1] ?? '';
  if (words.some((w) => eventWords.test(w))) return undefined;
  if (words.some((w) => orgWords.test(w)) || /^[A-Z]{2,6}$/.test(name)) return 'organisation';
  if (placeWords.test(last) || (placePrepositions.test(run.before) && words.length <= 2))
    return 'place';
  // "Moscow and Beijing": a name coordinated with a place is a place.
  if (previous === 'place' && run.before === 'and' && words.length <= 2) return 'place';
  const speaks = /^(said|says|told|added|,)$/i.test(run.after);
  const fullName = words.length >= 2 && words.length <= 4;
  const first = words[0] ?? '';
  const reused = mentionedAlone(last, name, context) || mentionedAlone(first, name, context);
  if (titled || (fullName && (speaks || reused))) return 'person';
  return undefined;
}

/** People are named in full once, then by surname: "Jiang Zemin" ... "Jiang's pre-planned visit". */
function mentionedAlone(surname: string, name: string, context: string): boolean {
  if (surname.length < 3) return false;
  const alone = context.split(surname).length - 1;
  const full = context.split(name).length - 1;
  return alone > full;
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
