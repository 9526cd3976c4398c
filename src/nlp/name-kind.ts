// Sorts a run of capitalised words into person, organisation or place, or leaves it out when
// the evidence is thin: a fact left out is better than a wrong one. Evidence, strongest first:
// the lexicon (countries, cities, organisations, first names), head words ("Council", "River"),
// a title before the name, a speech verb after it, and the rest of the article.
import { type NameTag, nameTag } from './gazetteer.js';

export type Kind = 'person' | 'organisation' | 'place' | undefined;

export interface Run {
  words: string[];
  before: string;
  /** The token before `before`. */
  before2: string;
  after: string;
  /** The token after `after`. */
  next: string;
  start: number;
}

/** Titles written capitalised in front of a name: "President Jiang Zemin", "Dr. Helen Marsh". */
const formalTitles =
  /^(president|prime|minister|mr|mrs|ms|miss|dr|sir|dame|lord|lady|king|queen|prince|princess|pope|senator|sen|sens|rep|governor|gov|mayor|chancellor|secretary|general|gen|colonel|col|captain|capt|lt|sgt|judge|justice|professor|prof|rev|chairman|chairwoman|director|executive|chief|premier|ambassador|deputy|officer|detective|inspector|commissioner|envoy|cardinal|bishop|archbishop|sheikh|emir|sultan|vice|ceo|coach)$/i;
/** Roles written in lower case before a name: "Chargers coach Anthony Lynn", "striker Isco". */
const roleTitles =
  /^(leader|spokesman|spokeswoman|manager|striker|defender|midfielder|goalkeeper|forward|winger|actor|actress|singer|rapper|councillor|lawyer|attorney|analyst|strategist|founder|co-founder|chair|boss|star|veteran|former|late)$/i;
const orgWords =
  /^(ministry|agency|council|party|bank|university|college|school|academy|company|co|corp|corporation|inc|ltd|llc|plc|group|association|society|union|authority|commission|committee|department|office|news|network|times|post|journal|herald|tribune|magazine|press|media|service|services|federation|institute|court|parliament|congress|senate|government|board|club|foundation|fund|organisation|organization|trust|assembly|airlines|airline|airways|motors|league|bureau|police|army|navy|interactive|nations|federal|reserve|exchange|international|executive|entertainment|productions|studios|records|coalition|alliance|partners|capital|holdings|industries|technologies|systems|labs|software|management|centre|center|hospital|church|fc|united|securities|equities|solutions|platforms|brands|healthcare|pharmaceuticals|energy|resources|logistics|communications|telecom|ventures|investments|insurance|realty|properties|publishing|books|pictures|films|foundry|robotics|electronics|edition|administration|enforcement|organization|programme|program|affairs|relations|development)$/i;
const placeWords =
  /^(river|sea|ocean|lake|mountain|mountains|mount|island|islands|street|streets|road|avenue|square|county|province|region|republic|kingdom|states|valley|bay|coast|town|district|state|gulf|strait|peninsula|desert|reservoir|airport|station|prison|park|bridge|beach|heights|hills)$/i;
const placePrepositions = /^(in|from|near|across|into|outside|inside|towards?|via)$/i;
const eventWords =
  /^(treaty|act|agreement|accord|pact|war|cooperation|day|week|cup|awards?|prize|festival|games|olympics|olympic|bill|law|plan|summit|good|show|championships?|open|marathon|series|contest|grand|prix)$/i;
const speechVerbs =
  /^(said|says|told|tells|added|adds|explained|wrote|writes|argued|insisted|warned|noted|recalled|admitted|announced|tweeted)$/i;
/** Capitalised short forms that are words, not organisations. */
const commonInitials =
  /^(AD|BC|AM|PM|CEO|CFO|COO|CTO|GDP|IPO|SUV|TV|PC|ID|DNA|OK|FAQ|ICU|MP|MPs|VIP|PhD|UFO|AI|IT|HQ|NB|PS|RIP|USB|GPS|PR|HR)$/;

/**
 * "President", "Dr.", "coach": a title. A capitalised word inside a name counts only as a formal
 * title ("Star Wars" has no star in it); `loose` also takes the lexicon's roles ("bride").
 */
export function titleWord(word: string, loose = true): boolean {
  const bare = word.replace(/\.$/, '');
  if (formalTitles.test(bare) || nameTag(bare) === 'honorific') return true;
  if (/^[A-Z]/.test(bare)) return false;
  return roleTitles.test(bare) || (loose && nameTag(bare) === 'role');
}

/** A head word of organisations' names: "Council", "Exchange", "Enforcement". */
export function isOrganisationWord(word: string): boolean {
  return orgWords.test(word);
}

/** "AirPods", "WeWork": a brand's spelling; "McDonald", "DeVos", "O'Neill" are names. */
const brand = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z]/;

/** Words no person's name is made of: places, organisations, nationalities, titles. */
function notAName(word: string, tag: NameTag | undefined): boolean {
  return (
    tag === 'place' ||
    tag === 'organisation' ||
    tag === 'demonym' ||
    formalTitles.test(word) ||
    brand.test(word) ||
    orgWords.test(word)
  );
}

/** How a name is titled: a formal title or a role right before it, or a lexicon role only. */
export type Titled = 'strong' | 'loose' | undefined;

export function kindOf(words: readonly string[], titled: Titled, run: Run, context: string): Kind {
  const name = words.join(' ');
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const tags = words.map((w) => nameTag(w));
  if (tags.includes('date') || words.some((w) => eventWords.test(w))) return undefined;
  const whole = /^\d/.test(run.before) ? undefined : nameTag(name);
  if (whole === 'place') return 'place';
  if (whole === 'organisation') return 'organisation';
  if (whole === 'demonym' || tags.every((t) => t === 'demonym')) return undefined;
  if ((words.length >= 2 && placeWords.test(last)) || /^(Kremlin|Pentagon)$/.test(name))
    return 'place';
  // "West Bank", "South China Sea", "North Africa": a compass point opens a place's name.
  const possessive = /^['’]s$/.test(run.after);
  if (words.length >= 2 && /^(North|South|East|West)(ern)?$/.test(first) && !possessive)
    return 'place';
  if (words.length >= 2 && words.some((w) => orgWords.test(w))) return 'organisation';
  // Every word of a person's name can be one: not "Strategy Officer", "Lexus Philippines".
  const nameLike = words.every((w, i) => !notAName(w, tags[i])) && tags.some((t) => t !== 'other');
  // A lexicon role before one unknown word ("mummy Forensics") is too thin to name someone.
  const sure =
    titled === 'strong' || words.length >= 2 || tags[0] === 'last' || tags[0] === 'first';
  if (titled && sure && nameLike && words.length <= 4) return 'person';
  const fullName = words.length >= 2 && words.length <= 4;
  if (fullName && tags[0] === 'first' && !placeWords.test(last) && nameLike) return 'person';
  if (fullName && /^(mount|lake|port|fort|cape|saint|st)$/i.test(first)) return 'place';
  // "Key West, Florida", "Sioux Falls, S.D.": a name followed by a known place is a place.
  if (run.after === ',' && nameTag(run.next) === 'place' && words.length <= 3) return 'place';
  if (/^[A-Z]{2,6}$/.test(name)) return initialsKind(name, run, context);
  const speaks = speechVerbs.test(run.after) || (run.after === ',' && /^\d/.test(run.next));
  // Named again by one of two names: a person ("Jiang Zemin" ... "Jiang"), not a telescope.
  const alone =
    words.length === 2 &&
    words.every((w) => /^[A-Z][a-z]/.test(w)) &&
    (mentionedAlone(last, name, context) || mentionedAlone(first, name, context));
  if (fullName && (speaks || alone) && nameLike && tags.every((t) => t !== 'other'))
    return 'person';
  if (
    placePrepositions.test(run.before) &&
    words.length <= 2 &&
    looksLikePlace(name, tags, context)
  )
    return 'place';
  if (words.length === 1 && (speaks || tags[0] === 'last') && fullNameIn(name, context))
    return 'person';
  return undefined;
}

/** "FAO", "NASA": an organisation when the article spells it out or uses it again. */
function initialsKind(name: string, run: Run, context: string): Kind {
  if (commonInitials.test(name) || /^\d/.test(run.before)) return undefined;
  const uses = context.split(name).length - 1;
  return uses >= 2 || context.includes(`(${name})`) ? 'organisation' : undefined;
}

/** After "in" or "to": a place unless the lexicon or the article says it is someone. */
function looksLikePlace(
  name: string,
  tags: readonly (string | undefined)[],
  context: string,
): boolean {
  if (tags.some((t) => t === 'first' || t === 'last' || t === 'organisation' || t === 'gerund'))
    return false;
  if (name.split(' ').some((w) => brand.test(w))) return false;
  return !partOfLongerName(name, context);
}

/** "Alshammari" after "Monsour Alshammari" earlier: a surname, not a town. */
function partOfLongerName(name: string, context: string): boolean {
  let at = context.indexOf(name);
  while (at >= 0) {
    const before = context.slice(Math.max(0, at - 20), at);
    if (/[A-Z][a-z]+\s$/.test(before) && !/(^|\s)(In|To|From|At|The|And)\s$/.test(before))
      return true;
    at = context.indexOf(name, at + name.length);
  }
  return false;
}

/** The article names this surname in full with a first name somewhere: "Anthony Lynn". */
function fullNameIn(surname: string, context: string): boolean {
  if (surname.length < 3) return false;
  let at = context.indexOf(` ${surname}`);
  while (at >= 0) {
    const word = /([A-Z][a-z]+)$/.exec(context.slice(Math.max(0, at - 20), at))?.[1];
    if (word && nameTag(word) === 'first') return true;
    at = context.indexOf(` ${surname}`, at + 1);
  }
  return false;
}

/** People are named in full once, then by surname: "Jiang Zemin" ... "Jiang, 74, said". */
function mentionedAlone(surname: string, name: string, context: string): boolean {
  if (surname.length < 3) return false;
  const alone = context.split(surname).length - 1;
  const full = context.split(name).length - 1;
  return alone > full * (name.split(surname).length - 1);
}
