// Chat platforms cap every text they accept; a brief cut mid-word or mid-emoji reads as broken.
const ellipsis = '…';
const sentenceEnd = /[.!?]["'”’)\]]*(?=\s)/g;

/**
 * Cuts text to at most `max` characters: after the last whole sentence that fits, else after
 * the last whole word with an ellipsis. Only a single word longer than `max` is ever split.
 */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  const room = text.slice(0, max);
  let lastSentence = -1;
  for (const match of room.matchAll(sentenceEnd)) lastSentence = match.index + match[0].length;
  // A sentence boundary far back would throw most of the text away: prefer words then.
  if (lastSentence >= max / 2) return room.slice(0, lastSentence);
  const words = text.slice(0, max - ellipsis.length + 1);
  const lastSpace = words.search(/\s\S*$/);
  const cut = lastSpace > 0 ? words.slice(0, lastSpace) : safeCut(text, max - ellipsis.length);
  return `${cut.trimEnd()}${ellipsis}`;
}

/** Never leaves half of a surrogate pair (an emoji) at the end. */
function safeCut(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
