// Candidates for "how" questions that ask for a manner, not a number: an adverb ("immediately",
// "extremely old"), a hyphened description ("lens-shaped"), the means after "by", "with", "via"
// or "through", or what was done ("opened the gates").
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';

const means = /^(by|with|via|through|using|in)$/;
const stop = /^[,;:.()–—"]$/;
const longest = 10;

/** The last token before the next clause break, at most `longest` tokens on. */
function phraseEnd(tokens: Token[], from: number): number {
  let end = from;
  while (
    end + 1 < tokens.length &&
    end + 1 - from < longest &&
    !stop.test(tokens[end + 1]?.text ?? '') &&
    tokens[end + 1]?.pos !== 'SCONJ'
  )
    end++;
  return end;
}

export function mannerPhrases(tokens: Token[], emit: Emit): void {
  tokens.forEach((token, i) => {
    if (token.pos === 'ADV') {
      let end = i;
      while (/^(ADV|ADJ)$/.test(tokens[end + 1]?.pos ?? '')) end++;
      emit(i, end, ['manner']);
    }
    if (tokens[i + 1]?.text === '-' && /^(ADJ|VERB|NOUN)$/.test(tokens[i + 2]?.pos ?? ''))
      emit(i, i + 2, ['manner']);
    if (means.test(token.lower) && i + 1 < tokens.length) {
      const end = phraseEnd(tokens, i + 1);
      emit(i, end, ['manner']);
      emit(i + 1, end, ['manner']);
    }
    if (token.pos === 'VERB' && i + 1 < tokens.length) {
      const end = phraseEnd(tokens, i);
      if (end > i) emit(i, end, ['manner']);
    }
  });
}
