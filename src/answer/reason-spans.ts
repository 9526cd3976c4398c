// Answers to "why" questions (and, less well fitted, to "how"): the clause a cue word opens
// ("because ...", "by ...").
// Such answers often stop at the clause's comma and leave the cue out ("because of [its use of
// violence]"), so each comes to the sentence's end and to the comma, with and without its cue.
import type { Token } from './analyze.js';
import type { Emit } from './candidates.js';

const reasonCues = /^(because|since|as|so|after|due|amid|over|to|for)$/;
const mannerCues = /^(by|via|through|with)$/;
const clauseBreak = /^[,;:(—–]$/;

export function reasons(tokens: Token[], emit: Emit): void {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]?.pos === 'PUNCT') end--;
  tokens.forEach((token, i) => {
    if (i === 0 || i >= end) return;
    const reason = reasonCues.test(token.lower);
    if (!reason && !mannerCues.test(token.lower)) return;
    let stop = i + 1;
    while (stop < end && !clauseBreak.test(tokens[stop + 1]?.text ?? '')) stop++;
    if (reason) emit(i, end, ['reason']);
    if (stop < end || !reason) emit(i, stop, ['reason']);
    const joined =
      /^(because|due)$/.test(token.lower) && /^(of|to)$/.test(tokens[i + 1]?.lower ?? '');
    const body = joined ? i + 2 : i + 1;
    if (body > stop || !/^(because|since|due|by|via|through)$/.test(token.lower)) return;
    emit(body, stop, ['reason']);
    if (stop < end) emit(body, end, ['reason']);
  });
}
