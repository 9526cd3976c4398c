import { stripUnsafeCharacters } from '../../src/index.js';

/**
 * Everything newsbrief sends to Slack passes `safeSlackMessage` on its way out, whatever made
 * it (a command, a feed story, an answer, an error). In Slack's mrkdwn only `<…>` is live:
 * `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`, `<@U…>`, `<#C…>`, `<!date^…>` and
 * `<url|label>`. https://docs.slack.dev/messaging/formatting-message-text#escaping
 * Renderers escape their data with `escapeSlackText`; this last step is the one guarantee:
 * - every `<…>` (and every `<`) is shown as text, except a link to a url the caller names (a story's own link),
 *   and none at all in the `text` field (the notification, where a label hides its target);
 * - a bare `&` becomes `&amp;`, entities already written stay as they are, so escaping twice
 *   shows the same text;
 * - control and bidi characters are removed.
 * `@channel` without angle brackets is plain text: newsbrief never sets `link_names`.
 */

/** Data as text in mrkdwn: nothing in it is markup. */
export function escapeSlackText(text: string): string {
  return stripUnsafeCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A url as it may stand inside `<url|label>`: an http(s) URL, `|`, `<`, `>` percent-encoded and
 * `&` written `&amp;`; undefined for anything else.
 */
export function slackUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return undefined;
  }
  return href
    .replace(/[|<>\s"`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/&/g, '&amp;');
}

/** `<url|label>` for a web link, else the label alone; the label is escaped. */
export function slackLink(label: string, url: string | undefined): string {
  const href = slackUrl(url);
  // A label is one line: Slack shows a link's label inline.
  const text = escapeSlackText(label.replace(/\s+/g, ' ').trim());
  return href ? `<${href}|${text}>` : text;
}

const entity = /&(?!(?:amp|lt|gt);)/g;
// A whole `<…>`, or a `<` that opens none. A `>` alone opens nothing and starts a quote.
const token = /<([^<>]*)>|</g;
const linkToken = /^(https?:\/\/[^\s<>|]+)(?:\|[^<>|]*)?$/;

/** Mrkdwn with nothing live but links to `allowed` urls (as `slackUrl` writes them). */
export function defuseMrkdwn(text: string, allowed: ReadonlySet<string> = new Set()): string {
  return stripUnsafeCharacters(text)
    .replace(/\r/g, '')
    .replace(entity, '&amp;')
    .replace(token, (whole, inner?: string) => {
      if (inner === undefined) return '&lt;';
      const url = linkToken.exec(inner)?.[1];
      return url && allowed.has(url) ? whole : `&lt;${inner}&gt;`;
    });
}

// Keys whose strings are identifiers or addresses, not text a person reads.
const structural = new Set([
  'type',
  'url',
  'action_id',
  'block_id',
  'style',
  'image_url',
  'thumb_url',
  'author_icon',
  'footer_icon',
  'callback_id',
  'color',
  'value',
]);

function defuseAll(value: unknown, allowed: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return defuseMrkdwn(value, allowed);
  if (Array.isArray(value)) return value.map((item) => defuseAll(item, allowed));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      structural.has(key) && typeof item === 'string' ? item : defuseAll(item, allowed),
    ]),
  );
}

interface SlackText {
  text?: string;
  blocks?: unknown[];
  attachments?: unknown[];
}

/**
 * The message as it may leave: `text` with no live `<…>` at all, `blocks` and `attachments`
 * with links only to `links` (raw urls, e.g. the stories of a feed post).
 */
export function safeSlackMessage<T extends SlackText>(
  message: T,
  links: readonly string[] = [],
): T {
  const allowed = new Set(links.map(slackUrl).filter((url): url is string => url !== undefined));
  return {
    ...message,
    ...(message.text !== undefined ? { text: defuseMrkdwn(message.text) } : {}),
    ...(message.blocks ? { blocks: defuseAll(message.blocks, allowed) } : {}),
    ...(message.attachments ? { attachments: defuseAll(message.attachments, allowed) } : {}),
  };
}
