import { escapeMarkdown } from 'discord.js';
import { stripUnsafeCharacters } from '../../src/index.js';
import { discordLimits, trimText } from './limits.js';

/**
 * Everything newsbrief sends to Discord passes `safeDiscordMessage` on its way out, whatever
 * made it. Discord's live forms: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>`,
 * `</command:id>`, and masked links `[label](url)`, which hide where they lead:
 * https://discord.com/developers/docs/reference#message-formatting
 * Renderers escape their data with `escapeDiscordText`; this last step is the one guarantee:
 * - `allowed_mentions` parses nothing, so no mention can notify anyone;
 * - `<@id>`, `<#id>`, `</cmd:id>` get a zero-width space after `<`, so they show as typed, not
 *   as pills (`@everyone` and `@here` already show as typed once they cannot ping);
 * - a masked link stays a link only to a url the caller names (a story's own), else its `[`
 *   is escaped (every `[`: discord.js's own escape misses `[a [b](url)`) and the url shows;
 * - control and bidi characters are removed.
 * Each rule leaves its own output alone, so running it twice changes nothing.
 */

const zeroWidthSpace = '\u200B';

/** Data as text in Discord Markdown: nothing in it formats, links or mentions. */
export function escapeDiscordText(text: string): string {
  return escapeMarkdown(stripUnsafeCharacters(text), {
    maskedLink: true,
    heading: true,
    bulletedList: true,
    numberedList: true,
  });
}

/** A web url as it may stand in `[label](url)`, parentheses and spaces percent-encoded. */
export function discordUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href.replace(
      /[()\s<>[\]]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return undefined;
  }
}

/**
 * `[label](url)` for a web link, else the label alone; the label is escaped. A link is never
 * drawn with no words to click: an empty label would hide it.
 */
export function discordLink(label: string, url: string | undefined): string {
  const href = discordUrl(url);
  const shown = escapeDiscordText(label.trim() === '' ? untitled : label);
  return href ? `[${shown}](${href})` : shown;
}

const untitled = '(untitled)';

// A masked link as newsbrief writes one (see discordLink), matched where a `[` stands.
const ownLink = /\[(?:\\.|[^\\[\]\n])*\]\(([^\s()<>]+)\)/y;

/** Discord Markdown with no live mention and no masked link but to `allowed` urls. */
export function defuseDiscordText(text: string, allowed: ReadonlySet<string> = new Set()): string {
  const clean = stripUnsafeCharacters(text)
    .replace(/\r/g, '')
    .replace(/<(?=[@#]|\/[^\s>]+:\d)/g, `<${zeroWidthSpace}`);
  return defuseLinks(clean, allowed);
}

/**
 * Escapes every `[` that could open a masked link, unless it opens a link to an allowed url.
 * An escaped `[` shows as itself; escaped pairs (`\\[`) are read as pairs, as Discord does.
 */
function defuseLinks(text: string, allowed: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    if (char === '\\') {
      out += text.slice(at, at + 2);
      at += 2;
    } else if (char === '[') {
      ownLink.lastIndex = at;
      const link = ownLink.exec(text);
      const keep = link && allowed.has(link[1] ?? '');
      out += keep ? link[0] : '\\[';
      at += keep ? link[0].length : 1;
    } else {
      out += char;
      at += 1;
    }
  }
  return out;
}

interface Embed {
  title?: string | null;
  description?: string | null;
  url?: string | null;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string; icon_url?: string } | null;
  author?: { name: string; url?: string } | null;
}

interface DiscordText {
  content?: string | null;
  embeds?: readonly Embed[];
  allowedMentions?: unknown;
}

/** The message as it may leave: every text part defused, `allowedMentions` parsing nothing. */
export function safeDiscordMessage<T extends DiscordText>(
  message: T,
  links: readonly string[] = [],
): T & { allowedMentions: { parse: [] } } {
  const allowed = new Set(links.map(discordUrl).filter((url): url is string => Boolean(url)));
  // Defusing adds characters, so each part is trimmed to Discord's limit again afterwards.
  const text = (value: string, max: number) => trimText(defuseDiscordText(value, allowed), max);
  return {
    ...message,
    ...(typeof message.content === 'string'
      ? { content: text(message.content, discordLimits.content) }
      : {}),
    ...(message.embeds ? { embeds: message.embeds.map((embed) => safeEmbed(embed, text)) } : {}),
    allowedMentions: { parse: [] },
  };
}

function safeEmbed<E extends Embed>(embed: E, text: (value: string, max: number) => string): E {
  const url = embed.url ? discordUrl(embed.url) : undefined;
  const { url: _dropped, ...rest } = embed;
  return {
    ...rest,
    ...(url ? { url } : {}),
    ...(embed.title ? { title: text(embed.title, discordLimits.title) } : {}),
    ...(embed.description
      ? { description: text(embed.description, discordLimits.description) }
      : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.map((field) => ({
            ...field,
            name: text(field.name, discordLimits.fieldName),
            value: text(field.value, discordLimits.fieldValue),
          })),
        }
      : {}),
    ...(embed.footer
      ? { footer: { ...embed.footer, text: text(embed.footer.text, discordLimits.footer) } }
      : {}),
    ...(embed.author
      ? { author: { ...embed.author, name: text(embed.author.name, discordLimits.author) } }
      : {}),
  } as E;
}
