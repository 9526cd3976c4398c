// Discord rejects a message that passes any of these, so every piece is trimmed before sending.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
export const discordLimits = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Across all embeds of a message: titles, descriptions, fields, footers, authors. */
  total: 6000,
} as const;

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

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface EmbedData {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}

/** The characters Discord counts towards the 6,000 total. */
export function embedLength(embed: EmbedData): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0)
  );
}

/** Trims every piece to its limit, then drops fields and shortens the description to fit the total. */
export function fitEmbed(embed: EmbedData): EmbedData {
  const fitted: EmbedData = { ...embed };
  if (embed.title !== undefined) fitted.title = trimText(embed.title, discordLimits.title);
  if (embed.description !== undefined)
    fitted.description = trimText(embed.description, discordLimits.description);
  if (embed.footer) fitted.footer = { text: trimText(embed.footer.text, discordLimits.footer) };
  fitted.fields = (embed.fields ?? [])
    .filter((field) => field.name.trim() && field.value.trim())
    .slice(0, discordLimits.fields)
    .map((field) => ({
      ...field,
      name: trimText(field.name, discordLimits.fieldName),
      value: trimText(field.value, discordLimits.fieldValue),
    }));
  while (embedLength(fitted) > discordLimits.total && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  const over = embedLength(fitted) - discordLimits.total;
  if (over > 0 && fitted.description) {
    fitted.description = trimText(
      fitted.description,
      Math.max(1, fitted.description.length - over),
    );
  }
  if (fitted.fields.length === 0) delete fitted.fields;
  return fitted;
}
