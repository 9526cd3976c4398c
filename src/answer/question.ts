// What a question asks for: the kind of answer (a person, a date, an amount, ...), the words a
// matching sentence should hold, and the words the answer itself must not repeat.
import { isContent, readTokens, type Token } from './analyze.js';

export type Expect =
  | 'person'
  | 'date'
  | 'year'
  | 'place'
  | 'money'
  | 'count'
  | 'age'
  | 'duration'
  | 'percent'
  | 'reason'
  | 'yesno'
  | 'named'
  | 'thing'
  /** A quantity of any sort: money, a percentage or a count ("What pay rise ...?"). */
  | 'amount'
  /** How something is done or is: "How do chloroplasts reproduce?" ("pinch in two"). */
  | 'manner'
  /** A candidate that is a place with its preposition ("in the cytosol"). */
  | 'location'
  /** A candidate made of two names ("A and B"). */
  | 'pair';

export interface Question {
  text: string;
  expect: Expect;
  /** Content keys (folded stems) to look for in the sentence. */
  terms: string[];
  /** Terms that are verbs: the relation asked about weighs more than its arguments. */
  verbs: Set<string>;
  /** Every key of the question, for keeping question words out of the answer. */
  keys: Set<string>;
  /** Head noun after which/what ("which news agency" -> agency), if any. */
  focus: string[];
  /** Terms the answer itself states ("cost" for "£7m"): their absence is no evidence against. */
  implied: Set<string>;
  /**
   * What the asked-for thing does in the clause: the doer ("What caused the fire?" — the answer
   * stands before the verb), the done-to ("What did Luther form?" — after it), or what a "be"
   * question defines ("What is the mlolongo system?").
   */
  role: Role;
  tokens: Token[];
}

export type Role = 'subject' | 'object' | 'copula' | 'other';

// Words that restate the class of answer: "How much will the musical cost?" is answered by
// "a £7m musical", which never says "cost".
const impliedBy: Partial<Record<Expect, RegExp>> = {
  money: /^(cost|costs|costing|worth|price|priced|value|valued)$/,
  amount: /^(cost|costs|worth|price|value)$/,
  age: /^(old|age|aged)$/,
  duration: /^(long|last|lasted)$/,
};

// The frame of a question, not its subject: "Where did the signing take place?"
const frame = new Set(
  'take took taken place happen happened occur occurred located name named called last lasted'.split(
    ' ',
  ),
);

// Nouns that name a quantity: "What pay rise ...?" asks for "7%", not a name.
const measures =
  /^(rating|ratio|rise|increase|fall|drop|cut|growth|rate|share|figure|total|level|pay|salary|wage|budget|deficit|profit|revenue|sales|turnover|fine|fee|score|margin|majority|population|size|distance|height|speed|temperature)$/;

/** The words that open a wh-question. */
export const whWord = /^(who|whom|whose|when|where|why|how|what|which)$/;

const auxiliaries = new Set(
  'did does do is are was were has have had can could will would should may might must'.split(' '),
);

export function parseQuestion(text: string): Question {
  const clean = text.trim().replace(/\s+/g, ' ');
  const { tokens } = readTokens(clean);
  const lower = tokens.map((t) => t.lower);
  const kind = classify(lower, tokens);
  const { skip, focus } = kind;
  const role = roleOf(tokens);
  // "What is Kenya's literacy rate?" asks for a figure, though "what" alone asks for a thing.
  const lastNoun = tokens.findLast((t) => t.pos === 'NOUN')?.lower ?? '';
  const expect =
    kind.expect === 'thing' && role === 'copula' && measures.test(lastNoun)
      ? 'amount'
      : kind.expect;
  const terms: string[] = [];
  const keys = new Set<string>();
  const verbs = new Set<string>();
  const implied = new Set<string>();
  tokens.forEach((token, i) => {
    keys.add(token.key);
    if (i < skip || !isContent(token) || frame.has(token.lower)) return;
    if (!terms.includes(token.key)) terms.push(token.key);
    if (impliedBy[expect]?.test(token.lower)) implied.add(token.key);
    if (token.pos === 'VERB') verbs.add(token.key);
  });
  return { text: clean, expect, terms, verbs, keys, focus, implied, role, tokens };
}

const beForms = /^(is|are|was|were|'s)$/;

function roleOf(tokens: Token[]): Role {
  if (!/^(who|what|which)$/.test(tokens[0]?.lower ?? '')) return 'other';
  let at = 1;
  while (/^(NOUN|PROPN|ADJ|DET)$/.test(tokens[at]?.pos ?? '')) at++;
  const word = tokens[at];
  if (!word) return 'other';
  if (beForms.test(word.lower)) {
    // "What was built in 1990?" asks for the doer of a passive, not a definition.
    return tokens[at + 1]?.pos === 'VERB' ? 'subject' : 'copula';
  }
  // "What can hurt ...?" and "What has started ...?" still ask for the doer.
  if (auxiliaries.has(word.lower)) return tokens[at + 1]?.pos === 'VERB' ? 'subject' : 'object';
  return word.pos === 'VERB' ? 'subject' : 'other';
}

interface Kind {
  expect: Expect;
  /** Tokens at the start that are the question form, not its subject. */
  skip: number;
  focus: string[];
}

function classify(lower: string[], tokens: Token[]): Kind {
  const wh = lower.findIndex((w) => whWord.test(w));
  const first = lower[0] ?? '';
  if (wh < 0 || (auxiliaries.has(first) && wh > 2))
    return { expect: auxiliaries.has(first) ? 'yesno' : 'thing', skip: 1, focus: [] };
  const word = lower[wh];
  const next = lower[wh + 1] ?? '';
  const after = wh + 1;
  if (word === 'who' || word === 'whom' || word === 'whose')
    return { expect: 'person', skip: after, focus: [] };
  if (word === 'when') return { expect: 'date', skip: after, focus: [] };
  if (word === 'where') return { expect: 'place', skip: after, focus: [] };
  if (word === 'why') return { expect: 'reason', skip: after, focus: [] };
  if (word === 'how') {
    if (next === 'much') return { expect: 'money', skip: after + 1, focus: [] };
    if (next === 'many') return { expect: 'count', skip: after + 1, focus: [] };
    if (next === 'old') return { expect: 'age', skip: after + 1, focus: [] };
    if (next === 'often') return { expect: 'date', skip: after + 1, focus: [] };
    if (next === 'long') return { expect: 'duration', skip: after + 1, focus: [] };
    if (/^(far|big|large|high|tall|fast|deep|low|small)$/.test(next))
      return { expect: 'amount', skip: after + 1, focus: [] };
    return { expect: 'manner', skip: after, focus: [] };
  }
  // what / which + an optional noun phrase naming the answer's class
  const focus: string[] = [];
  let end = after;
  while (end < tokens.length && /^(NOUN|PROPN|ADJ)$/.test(tokens[end]?.pos ?? '')) {
    focus.push(tokens[end]?.key ?? '');
    end++;
  }
  // "What type of power ...?" names its class after "of": "AC power".
  if (/^(type|kind|sort|form|variety)$/.test(lower[end - 1] ?? '') && lower[end] === 'of') {
    focus.length = 0;
    end++;
    while (end < tokens.length && /^(NOUN|PROPN|ADJ)$/.test(tokens[end]?.pos ?? '')) {
      focus.push(tokens[end]?.key ?? '');
      end++;
    }
  }
  const head = lower[end - 1] ?? '';
  if (focus.length > 0) {
    if (/^(year|decade|century)$/.test(head)) return { expect: 'year', skip: end, focus };
    if (/^(day|date|month|time)$/.test(head)) return { expect: 'date', skip: end, focus };
    if (/^(percentage|percent|proportion|share)$/.test(head))
      return { expect: 'percent', skip: end, focus };
    if (/^(amount|price|cost|sum|value)$/.test(head)) return { expect: 'money', skip: end, focus };
    if (measures.test(head)) return { expect: 'amount', skip: after, focus };
    if (/^(number)$/.test(head)) return { expect: 'count', skip: end, focus };
    if (/^(city|country|town|place|region|state|capital|nation|area)$/.test(head))
      return { expect: 'place', skip: after, focus };
    return { expect: 'named', skip: after, focus };
  }
  if (next === 'percentage') return { expect: 'percent', skip: after + 1, focus: [] };
  return { expect: 'thing', skip: after, focus: [] };
}
