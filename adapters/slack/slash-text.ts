import { findCommand } from '../../commands/dispatch.js';

/** A slash command as the shared commands see it: a name and raw options. */
export interface CommandCall {
  name: string;
  options: Record<string, string>;
}

/** `/brief <subcommand>` words and the shared command each one runs. */
const subcommands: Record<string, string> = {
  help: 'help',
  list: 'subscriptions',
  subscriptions: 'subscriptions',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  ask: 'ask',
};

/**
 * Reads `/brief [subcommand] [free text] [name:value …]`: `/brief <url>`, `/brief` alone,
 * `/brief subscribe <feed> [keywords]`, `/brief unsubscribe <feed>`, `/brief list`,
 * `/brief help`, `/brief ask <question>`. Any other slash command runs the shared command of
 * its name with name:value options.
 */
export function parseSlashCommand(command: string, text: string): CommandCall {
  const slashName = command.replace(/^\//, '').toLowerCase();
  const clean = unescapeSlack(text).trim();
  if (slashName !== 'brief')
    return { name: slashName, options: namedOptions(slashName, clean).named };
  const [first = '', ...rest] = clean.split(/\s+/);
  const sub = subcommands[first.toLowerCase()];
  const name = sub ?? 'brief';
  const { free, named } = namedOptions(name, sub ? rest.join(' ') : clean);
  return { name, options: { ...positional(name, free), ...named } };
}

/** Slack sends links as `<url|label>` and escapes `&`, `<`, `>` in command text. */
function unescapeSlack(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function namedOptions(name: string, text: string): { free: string; named: Record<string, string> } {
  const known = Object.keys(findCommand(name)?.options.shape ?? {});
  if (known.length === 0) return { free: text, named: {} };
  const marker = new RegExp(`(?:^|\\s)(${known.join('|')}):`, 'g');
  const starts = [...text.matchAll(marker)];
  const named: Record<string, string> = {};
  starts.forEach((match, i) => {
    const end = starts[i + 1]?.index ?? text.length;
    const key = match[1] ?? '';
    named[key] = text.slice(match.index + match[0].length, end).trim();
  });
  return { free: text.slice(0, starts[0]?.index ?? text.length).trim(), named };
}

function positional(name: string, free: string): Record<string, string> {
  if (!free) return {};
  if (name === 'brief') return { url: free };
  if (name === 'ask') return { question: free };
  if (name === 'unsubscribe') return { feed: free };
  if (name === 'subscribe') {
    const [feed = '', ...keywords] = free.split(/\s+/);
    return keywords.length ? { feed, keywords: keywords.join(' ') } : { feed };
  }
  return {};
}

/** The shared commands' hints ("/unsubscribe feed:…") as Slack users type them. */
export function slackHint(hint: string): string | undefined {
  const match = /^\/(\w+)\s*(.*)$/.exec(hint);
  if (!match) return hint;
  const [, name = '', rest = ''] = match;
  const sub = Object.entries(subcommands).find(([, command]) => command === name)?.[0];
  const args = rest.replace(/^(url|feed|question):/, '');
  if (name === 'brief') return `/brief ${args}`.trim();
  return sub ? `/brief ${sub} ${args}`.trim() : undefined;
}
