import { findCommand } from '../../commands/dispatch.js';
import { describeOptions } from '../../commands/options.js';

export interface ParsedLine {
  name: string;
  options: Record<string, string>;
}

/**
 * Reads one chat line the way Discord's options read: `/brief url:https://… length:short`.
 * Text before the first `name:` goes to the first required option (else the first option), so
 * `/ask Who signed it?` and `/brief content/articles/x.txt` work too. A line without a slash
 * is a question. Blank lines and `#` comments are skipped.
 */
export function parseLine(line: string): ParsedLine | undefined {
  const text = line.trim();
  if (!text || text.startsWith('#')) return undefined;
  const [head = '', ...tail] = text.startsWith('/') ? text.slice(1).split(/\s+/) : ['ask', text];
  const name = head.toLowerCase();
  const rest = text.startsWith('/') ? tail.join(' ') : text;
  const command = findCommand(name);
  const known = command ? describeOptions(command.options) : [];
  const names = known.map((option) => option.name);
  if (names.length === 0) return { name, options: {} };
  const keyPattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'g');
  const marks = [...rest.matchAll(keyPattern)].map((match) => ({
    key: match[1] ?? '',
    start: match.index,
    valueStart: match.index + match[0].length,
  }));
  const options: Record<string, string> = {};
  const positional = rest.slice(0, marks[0]?.start ?? rest.length).trim();
  const target = known.find((option) => option.required) ?? known[0];
  if (positional && target) options[target.name] = unquote(positional);
  marks.forEach((mark, index) => {
    const end = marks[index + 1]?.start ?? rest.length;
    options[mark.key] = unquote(rest.slice(mark.valueStart, end).trim());
  });
  return { name, options };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  return quoted?.[2] ?? value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
