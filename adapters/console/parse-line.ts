/** One console line: a command with the text after it, a question, or neither. */
export type ConsoleLine =
  | { kind: 'command'; name: string; text: string }
  | { kind: 'question'; text: string }
  | { kind: 'other'; text: string };

// The words a question in English starts with; anything else without a slash gets help.
const questionStart =
  /^(who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must)\b/i;

/**
 * Splits a line: `/brief url:https://… length:short` is the command `brief` and its text,
 * which the commands' shared parser reads. A line without a slash is a question when it reads
 * like one. Blank lines and `#` comments are skipped.
 */
export function parseLine(line: string): ConsoleLine | undefined {
  const text = line.trim();
  if (!text || text.startsWith('#')) return undefined;
  if (!text.startsWith('/')) {
    return questionStart.test(text) ? { kind: 'question', text } : { kind: 'other', text };
  }
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  return { kind: 'command', name: name.toLowerCase(), text: rest };
}
