import type { Command } from '../../commands/command.js';
import { commands } from '../../commands/index.js';

/** A slash command as typed: the shared command it runs and the text after it. */
export interface CommandCall {
  name: string;
  text: string;
}

/** `/brief <word>`: every other command by its name, or by an alias it declares (e.g. `list`). */
function subcommand(word: string): Command | undefined {
  const wanted = word.toLowerCase();
  return commands.find(
    (command) =>
      command.name !== 'brief' && (command.name === wanted || command.aliases?.includes(wanted)),
  );
}

/**
 * Slack registers only `/brief`, so the other commands are its first word:
 * `/brief opml action:export`, `/brief subscribe <feed>`, `/brief list`, `/brief ask <question>`.
 * Anything else is `/brief` itself: a link, pasted text, or name:value options. The text is read
 * by the commands' shared parser, as the console's is. Another slash command (a workspace may
 * add one) runs the shared command of its name.
 */
export function parseSlashCommand(command: string, text: string): CommandCall {
  const slashName = command.replace(/^\//, '').toLowerCase();
  const clean = unescapeSlack(text).trim();
  if (slashName !== 'brief') return { name: slashName, text: clean };
  const [, first = '', rest = ''] = /^(\S*)\s*([\s\S]*)$/.exec(clean) ?? [];
  const sub = subcommand(first);
  if (sub && !pastedText(first, rest, sub)) return { name: sub.name, text: rest };
  return { name: 'brief', text: clean };
}

/**
 * Pasted text may well start with "List" or "Help": a word that takes nothing must stand alone,
 * and a capitalised word followed by a sentence's worth of words is the start of an article.
 */
function pastedText(first: string, rest: string, sub: Command): boolean {
  if (rest === '') return false;
  if (!sub.freeText && Object.keys(sub.options.shape).length === 0) return true;
  return /^\p{Lu}/u.test(first) && rest.split(/\s+/).length >= 6;
}

/** Slack sends links as `<url|label>` and escapes `&`, `<`, `>` in command text. */
function unescapeSlack(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The shared commands' hints ("/unsubscribe feed:…") as Slack users type them. */
export function slackHint(hint: string): string {
  const match = /^\/(\w+)\s*(.*)$/.exec(hint);
  if (!match) return hint;
  const [, name = '', rest = ''] = match;
  const command = commands.find((c) => c.name === name);
  const free = command?.freeText?.option;
  const args = free ? rest.replace(new RegExp(`^${free}:`), '') : rest;
  const word = name === 'brief' ? '' : (command?.aliases?.[0] ?? name);
  return ['/brief', word, args].filter(Boolean).join(' ');
}
