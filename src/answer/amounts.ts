// Amounts as a reader quotes them: wink-nlp splits "£412 million" and "$17m" and leaves out
// hedges ("about 10%", "up to eight"), which news answers keep.
import type { Token } from './analyze.js';

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
