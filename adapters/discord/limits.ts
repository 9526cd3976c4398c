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

import { trimText } from '../../src/index.js';

export { trimText };

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
