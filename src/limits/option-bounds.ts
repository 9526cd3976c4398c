/**
 * Longest text accepted per option name, checked before a command's own schema so that a
 * megabyte of junk is refused cheaply. Names not listed get `defaultOptionBound`.
 */
export const optionBounds: Readonly<Record<string, number>> = {
  question: 300,
  url: 2_048,
  feed: 2_048,
  keywords: 200,
  topic: 200,
};

export const defaultOptionBound = 4_000;
const maxOptions = 20;

/** A sentence naming the first option that is too long, or undefined when all fit. */
export function checkOptionBounds(options: Record<string, unknown>): string | undefined {
  const entries = Object.entries(options);
  if (entries.length > maxOptions) return `too many options (at most ${maxOptions})`;
  for (const [name, value] of entries) {
    const text = asText(value);
    const bound = optionBounds[name] ?? defaultOptionBound;
    if (text.length > bound) {
      const shown = name.replace(/[^\w-]/g, '').slice(0, 32) || 'an option';
      return `${shown} is too long (${text.length} characters; the limit is ${bound})`;
    }
  }
  return undefined;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Circular or otherwise unprintable: certainly not a chat option, so count it as too long.
    return ' '.repeat(defaultOptionBound + 1);
  }
}
