// What kind of name a word or phrase is, from compromise's lexicon: ~3,000 first names, last
// names, countries, regions, cities, organisations, sports teams, demonyms, honorifics, months
// and weekdays. wink's lite model tags proper nouns but has no such lists. compromise itself
// takes ~1 s to load and its tagger is never needed: its lexicon ships as lexicon-data.ts, made
// by scripts/gen-lexicon.ts and checked against the installed compromise by a test.
import { lexiconTags } from './lexicon-data.js';

export type NameTag =
  | 'first'
  | 'last'
  | 'place'
  | 'organisation'
  | 'demonym'
  | 'honorific'
  | 'role'
  | 'date'
  | 'gerund'
  | 'past'
  | 'other';

const tagOf: Record<string, NameTag> = {
  FemaleName: 'first',
  MaleName: 'first',
  FirstName: 'first',
  LastName: 'last',
  City: 'place',
  Region: 'place',
  Place: 'place',
  Country: 'place',
  Organization: 'organisation',
  SportsTeam: 'organisation',
  Demonym: 'demonym',
  Honorific: 'honorific',
  Actor: 'role',
  Month: 'date',
  WeekDay: 'date',
  Date: 'date',
  Gerund: 'gerund',
  PastTense: 'past',
};

/** The lexicon as shipped: one "|"-separated list of phrases per kind. */
export type TagLists = Record<NameTag, string>;

/**
 * compromise's lexicon (phrase -> its tags) as lists per kind, each phrase under its first tag.
 * "United States" -> "#us": a country's initials name it too, when written as initials.
 */
export function tagLists(raw: Readonly<Record<string, string | readonly string[]>>): TagLists {
  const lists = new Map<NameTag, string[]>();
  const add = (tag: NameTag, phrase: string) => {
    const list = lists.get(tag) ?? [];
    list.push(phrase);
    lists.set(tag, list);
  };
  const initials = new Set<string>();
  for (const [phrase, tags] of Object.entries(raw)) {
    const first = typeof tags === 'string' ? tags : tags[0];
    add((first ? tagOf[first] : undefined) ?? 'other', phrase);
    const words = phrase.split(' ');
    if (first === 'Country' && words.length >= 2)
      initials.add(`#${words.map((w) => w[0]).join('')}`);
  }
  for (const phrase of initials) add('place', phrase);
  const out = {} as TagLists;
  for (const [tag, list] of [...lists].sort(([a], [b]) => a.localeCompare(b)))
    out[tag] = list.sort().join('|');
  return out;
}

let lexicon: Map<string, NameTag> | undefined;

/** The phrases of lexicon-data.ts by kind, read once, on the first key facts. */
function load(): Map<string, NameTag> {
  const map = new Map<string, NameTag>();
  for (const [tag, list] of Object.entries(lexiconTags) as [NameTag, string][])
    for (const phrase of list.split('|')) if (!map.has(phrase)) map.set(phrase, tag);
  return map;
}

/** The lexicon's kind for a phrase ("Hong Kong", "Kylie", "U.S."), if it lists one. */
export function nameTag(phrase: string): NameTag | undefined {
  lexicon ??= load();
  const lower = phrase.toLowerCase().replace(/[’']s$/, '');
  // Initials are read only when written as such: "US", "U.S.", not the pronoun "us".
  const initials = /^(?:[A-Z]\.?){2,4}$/.test(phrase)
    ? lexicon.get(`#${lower.replace(/\./g, '')}`)
    : undefined;
  return initials ?? lexicon.get(lower);
}
