/**
 * Platform-neutral clean-up for text from the open web before an adapter formats it: each
 * adapter still escapes its own markup and mentions (render.ts), this only removes what no
 * platform should ever receive.
 */

// C0/C1 controls except tab and newline, and the bidi overrides/isolates that can make a
// message read differently from what it says (the "Trojan Source" trick).
const unsafeCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control characters, bidi overrides and lone surrogates; keeps tabs and newlines. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(unsafeCharacters, '');
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Shortens text to at most `max` UTF-16 code units (the unit Discord and Slack count in),
 * cutting between graphemes and preferably at a space, and ending with the ellipsis.
 */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  if (room <= 0) return ellipsis.slice(0, Math.max(0, max));
  let cut = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    cut = index + segment.length;
  }
  const head = text.slice(0, cut);
  const space = head.search(/\s+\S*$/);
  const tidy = space > room * 0.6 ? head.slice(0, space) : head;
  return `${tidy.trimEnd()}${ellipsis}`;
}

/** Text safe to drop into a chat message: cleaned, blank runs collapsed, within `max`. */
export function safeChatText(text: string, max: number): string {
  const clean = stripUnsafeCharacters(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncateText(clean, max);
}
