import type { FeedEntry } from './types.js';

/** "ukraine, grain -football" -> include ukraine and grain, exclude football. Quotes keep phrases. */
export function parseKeywords(input: string | undefined): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of (input ?? '').matchAll(/(-?)(?:"([^"]+)"|([^\s,"]+))/g)) {
    const word = (match[2] ?? match[3] ?? '').trim().toLowerCase();
    if (!word) continue;
    (match[1] ? exclude : include).push(word);
  }
  return { include, exclude };
}

function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Why a story is filtered out for this subscription, or undefined when it passes. */
export function filterReason(
  entry: Pick<FeedEntry, 'title' | 'content'>,
  filters: { include: readonly string[]; exclude: readonly string[] },
): string | undefined {
  const text = `${entry.title}\n${entry.content.replace(/<[^>]*>/g, ' ')}`;
  const excluded = filters.exclude.find((word) => mentions(text, word));
  if (excluded) return `filtered: mentions "${excluded}"`;
  if (filters.include.length && !filters.include.some((word) => mentions(text, word)))
    return `filtered: mentions none of ${filters.include.map((w) => `"${w}"`).join(', ')}`;
  return undefined;
}
