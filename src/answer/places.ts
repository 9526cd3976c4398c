// Candidates for "where" questions answered with the preposition: "in the cytosol", "west of
// Kashgar", "on the road back to Samarkand". SQuAD's answers keep it about half the time.
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';
import { nounPhraseSpans } from './phrases.js';

const at = /^(in|at|on|within|near|inside|outside|from|into|across|throughout|along)$/;
const compass = /^(north|south|east|west|northeast|northwest|southeast|southwest)$/;

export function placePhrases(tokens: Token[], emit: Emit): void {
  const spans = nounPhraseSpans(tokens);
  const phraseAt = (i: number) => spans.find(([from]) => from === i);
  tokens.forEach((token, i) => {
    const compassOf = compass.test(token.lower) && tokens[i + 1]?.lower === 'of';
    if (!at.test(token.lower) && !compassOf) return;
    let start = compassOf ? i + 2 : i + 1;
    if (tokens[start]?.pos === 'DET') start++;
    const phrase = phraseAt(start);
    if (!phrase) return;
    emit(i, phrase[1], ['location']);
    // "in the chloroplasts of C4 plants": the place and what it belongs to.
    if (tokens[phrase[1] + 1]?.lower !== 'of') return;
    let next = phrase[1] + 2;
    if (tokens[next]?.pos === 'DET') next++;
    const owner = phraseAt(next);
    if (owner) emit(i, owner[1], ['location']);
  });
}
