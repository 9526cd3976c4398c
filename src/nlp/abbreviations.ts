// Abbreviations that a period does not end. Titles bind to the name that follows; the rest
// bind to a number ("No. 10", "Jan. 5") and end a sentence anywhere else.
const titles = new Set(
  (
    'mr mrs ms messrs mme dr prof sen sens rep reps gov gen lt col maj sgt capt cpl cmdr adm ' +
    'st ste mt ft rev fr hon pres supt det insp atty amb rt sr jr vs v etc al cf eg ie approx ' +
    'dept univ assn bros est fig figs ave blvd corp inc ltd co'
  ).split(' '),
);

const beforeNumbers = new Set(
  'no nos vol vols pp p ch art sec jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

// Corporate suffixes often end a sentence ("... of Apple Inc. The company"): titles only
// before a lowercase word, which the caller already requires.
const suffixes = new Set(['corp', 'inc', 'ltd', 'co', 'etc']);

export function isAbbreviation(word: string, nextWord: string): boolean {
  const key = word.toLowerCase();
  if (suffixes.has(key)) return !isSentenceStarter(nextWord);
  if (titles.has(key)) return true;
  if (beforeNumbers.has(key)) return /^\d/.test(nextWord);
  return false;
}

const starters = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here ' +
    'but and or so yet if when while after before as in on at for with by from to of since ' +
    'although though however meanwhile then now some many most all both one two three mr mrs ' +
    'ms dr no not what who why how where which officials police'
  ).split(' '),
);

/** Words that commonly open a sentence: after "U.S." they signal a new one. */
export function isSentenceStarter(word: string): boolean {
  return starters.has(word.toLowerCase());
}
