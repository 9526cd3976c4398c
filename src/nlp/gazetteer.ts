// What kind of name a word or phrase is, from compromise's lexicon: ~3,000 first names, last
// names, countries, regions, cities, organisations, sports teams, demonyms, honorifics, months
// and weekdays. wink's lite model tags proper nouns but has no such lists. Only the lexicon is
// read (compromise's tagger is never run); it loads on the first key facts, about half a second.
import { createRequire } from 'node:module';

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

let lexicon: Map<string, NameTag> | undefined;

function load(): Map<string, NameTag> {
  // The CommonJS build loads in half the time of the ES module sources.
  const require = createRequire(import.meta.url);
  const nlp = require('compromise/two') as {
    model(): { one: { lexicon: Record<string, string | string[]> } };
  };
  const map = new Map<string, NameTag>();
  for (const [phrase, tags] of Object.entries(nlp.model().one.lexicon)) {
    const first = Array.isArray(tags) ? tags[0] : tags;
    map.set(phrase, (first ? tagOf[first] : undefined) ?? 'other');
    // "United States" -> "US", "United Arab Emirates" -> "UAE": a country's initials name it too.
    const words = phrase.split(' ');
    if (first === 'Country' && words.length >= 2) {
      const initials = words.map((w) => w[0]).join('');
      if (!map.has(`#${initials}`)) map.set(`#${initials}`, 'place');
    }
  }
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
