import type { Command } from './command.js';
import { describeOptions } from './options.js';
import type { Checked } from './validate.js';
import { shownName } from './validate.js';

// `name:` starts an option unless `//` follows (a link such as https://… or file:///…).
const marker = /(^|\s)([A-Za-z][\w-]{0,31}):(?!\/\/)/g;

/** An option whose text may run long (pasted text, OPML) takes the rest of the line as it is. */
const longText = 2_000;

/**
 * Reads the text after a command the way the console and Slack users type it:
 * `/brief url:https://… length:short`, or free text for the command's free-text option
 * (`/ask Who signed it?`). Known options are found wherever they are; an unknown `name:value`
 * is an error where an option was clearly meant (first, or among other options). A name given
 * twice is an error, never "the last wins".
 */
export function readOptions(command: Command, text: string): Checked<Record<string, string>> {
  const known = new Map(describeOptions(command.options).map((o) => [o.name, o]));
  const marks = findMarks(text.trim(), known);
  const source = text.trim();
  const options: Record<string, string> = {};
  const problems: string[] = [];
  const put = (name: string, value: string) => {
    if (name in options) problems.push(`give ${shownName(name)} only once`);
    options[name] = value;
  };
  const typedFree = source.slice(0, marks[0]?.start ?? source.length).trim();
  const free = unquote(typedFree);
  // Quotes make one value of it ("my notes/story.txt"), for the main option as it is.
  const reader = free === typedFree ? command.freeText?.read : undefined;
  marks.forEach((mark, index) => {
    const end = marks[index + 1]?.start ?? source.length;
    put(mark.name, unquote(source.slice(mark.valueStart, end).trim()));
  });
  if (free) {
    const given = command.freeText
      ? (reader?.(free) ?? { [command.freeText.option]: free })
      : undefined;
    if (!given) problems.push(`${command.name} takes no text here${tryHelp(command)}`);
    for (const [name, value] of Object.entries(given ?? {})) if (value) put(name, value);
  }
  if (problems.length) return { ok: false, message: `/${command.name}: ${problems.join('; ')}.` };
  return { ok: true, options };
}

interface Mark {
  name: string;
  start: number;
  valueStart: number;
}

function findMarks(text: string, known: Map<string, { maxLength?: number }>): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(marker)) {
    const name = (match[2] ?? '').toLowerCase();
    const start = match.index + (match[1]?.length ?? 0);
    const valueStart = match.index + match[0].length;
    const previous = marks.at(-1);
    // Inside a long text option everything is its text.
    if (previous && (known.get(previous.name)?.maxLength ?? 0) > longText) break;
    const meant = start === 0 || previous !== undefined;
    const hasValue = /\S/.test(text[valueStart] ?? '');
    if (known.has(name) || (meant && hasValue)) marks.push({ name, start, valueStart });
  }
  return marks;
}

function tryHelp(command: Command): string {
  const example = command.examples[0];
  return example ? `, e.g. ${example}` : '';
}

/** "trade deal" is one value; a paste that merely starts and ends with a quotation is not. */
function unquote(value: string): string {
  const quoted = /^(["'“])([^"“”]*)(["'”])$/s.exec(value);
  return quoted?.[2] ?? value;
}
