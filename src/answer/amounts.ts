// Amounts as a reader quotes them: wink-nlp splits "£412 million" and "$17m" and leaves out
// hedges ("about 10%", "up to eight"), which news answers keep; and measures with their units
// and ranges, which it leaves out too. (Offering each hedged amount without its hedge as well, as
// SQuAD quotes "308" for "just 308", was tried: no better under cross-validation, and the news
// scorer then drops hedges it should keep.)
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';
import type { Expect } from './question.js';

const currencies = /^[£$€¥]$/;
const moneyUnits = /^(m|bn|k|pounds?|euros?|dollars?|rupiah|yen|yuan|pence|p)$/i;
const scale = /^(million|billion|trillion|thousand|hundred)$/i;
const fractions = /^(halves|thirds?|quarters?|fifths?|tenths?)$/;
const smallNumbers = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)$/;
const hedges =
  /^(every|each|about|around|some|nearly|almost|over|roughly|approximately|just|only)$/;
const hedgePairs =
  /^(up to|more than|less than|fewer than|at least|as much as|as many as|as little as)$/;

/** "£ 412 million" and "$17 m" as one amount, with a hedge such as "about" or "up to". */
export function widenAmount(
  tokens: Token[],
  first: number,
  last: number,
): [number, number, boolean] {
  let from = first;
  let to = last;
  let money = false;
  if (currencies.test(tokens[from - 1]?.text ?? '')) {
    from--;
    money = true;
  }
  while (scale.test(tokens[to + 1]?.text ?? '')) to++;
  // Shares are quoted whole: "two thirds", "fewer than one in five".
  if (fractions.test(tokens[to + 1]?.lower ?? '')) to++;
  else if (tokens[to + 1]?.lower === 'in' && smallNumbers.test(tokens[to + 2]?.lower ?? ''))
    to += 2;
  // "a two-day summit": wink-nlp marks only "day"
  if (tokens[from - 1]?.lower === '-' && tokens[from - 2]?.pos === 'NUM') from -= 2;
  if (
    moneyUnits.test(tokens[to + 1]?.text ?? '') &&
    (money || currencies.test(tokens[from]?.text ?? ''))
  ) {
    to++;
    money = true;
  }
  if (/^(pounds|euros|dollars|rupiah|yen|yuan)$/i.test(tokens[to + 1]?.text ?? '')) {
    to++;
    money = true;
  }
  const two = `${tokens[from - 3]?.lower ?? ''} ${tokens[from - 2]?.lower ?? ''} ${tokens[from - 1]?.lower ?? ''}`;
  if (hedgePairs.test(two.split(' ').slice(1).join(' '))) from -= 2;
  else if (hedgePairs.test(two)) from -= 3;
  else if (hedges.test(tokens[from - 1]?.lower ?? '')) from--;
  return [from, to, money];
}

const units =
  /^(feet|foot|ft|miles?|mi|km|kilomet(re|er)s?|met(re|er)s?|cm|mm|nm|nanomet(re|er)s?|microns?|inch(es)?|yards?|lbf|lbs?|kg|kilograms?|grams?|tons?|tonnes?|acres?|hectares?|degrees?|mph|watts?|kilowatts?|megawatts?|volts?|rpm|barrels?|gallons?|lit(re|er)s?|stories|storeys|floors|decibels)$/i;

/** Where a number and its scale words end: "10 billion". */
function numberEnd(tokens: Token[], at: number): number {
  let end = at;
  while (scale.test(tokens[end + 1]?.text ?? '')) end++;
  return end;
}

/** A measure with its unit, as SQuAD quotes it: "250,000 feet", "6 feet 2 inches". */
export function measures(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    if (token.pos !== 'NUM' || tokens[i - 1]?.pos === 'NUM') return;
    let end = numberEnd(tokens, i);
    if (!units.test(tokens[end + 1]?.text ?? '')) return;
    end++;
    if (tokens[end + 1]?.pos === 'NUM' && units.test(tokens[end + 2]?.text ?? '')) end += 2;
    emit(i, end, ['count']);
  });
}

/** "10 to 15 million", "20% to 25%", "$400,000–$450,000", "1961 to 1972": a range as one answer. */
export function ranges(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    if (token.pos !== 'NUM' || tokens[i - 1]?.pos === 'NUM') return;
    const from = currencies.test(tokens[i - 1]?.text ?? '') ? i - 1 : i;
    let end = numberEnd(tokens, i);
    if (tokens[end + 1]?.text === '%') end++;
    if (!/^(to|and|-|–|—)$/.test(tokens[end + 1]?.lower ?? '')) return;
    let at = end + 2;
    if (currencies.test(tokens[at]?.text ?? '')) at++;
    const second = tokens[at];
    if (second?.pos !== 'NUM') return;
    let to = numberEnd(tokens, at);
    if (tokens[to + 1]?.text === '%') to++;
    if (units.test(tokens[to + 1]?.text ?? '')) to++;
    const kind = second.entity ?? token.entity ?? '';
    const kinds: Expect[] =
      kind === 'PERCENT' || tokens[to]?.text === '%'
        ? ['percent', 'count']
        : kind === 'MONEY' || from < i
          ? ['money', 'count']
          : /^(1\d|20)\d\d$/.test(token.text)
            ? ['date', 'year']
            : ['count'];
    emit(from, to, kinds);
  });
}
