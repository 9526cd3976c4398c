// The paragraphs read off the layout against what the publisher declares as the body: the
// element marked itemprop="articleBody" and the JSON-LD articleBody. Neither is always right:
// a declared body is often a teaser (the first 500 characters) or a whole story run together
// without paragraph breaks, while Readability can pick a container that holds only part of the
// story, or nothing at all on a page drawn by scripts.
import { storyWords } from './measure.js';

export function reconcileWithBody(
  paragraphs: readonly string[],
  declared: readonly (readonly string[])[],
): string[] {
  let best = [...paragraphs];
  let bestText = best.join(' ');
  for (const candidate of declared) {
    const text = candidate.join(' ');
    const ours = storyWords(bestText);
    const theirs = storyWords(text);
    if (theirs === 0) continue;
    // Nothing read off the layout: anything declared is better. Otherwise the declared body
    // must hold what the layout found and clearly more, so a teaser never replaces a story.
    const better =
      ours < 20 ? theirs > ours : theirs > ours * 1.3 && shareWithin(bestText, text) >= 0.8;
    if (better) {
      best = [...candidate];
      bestText = text;
    }
  }
  return best;
}

/** JSON-LD's articleBody as paragraphs: its line breaks, where it has any. */
export function splitBody(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The share of `part`'s words that `whole` also has. */
function shareWithin(part: string, whole: string): number {
  const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const have = new Set(tokens(whole));
  const words = tokens(part);
  return words.length ? words.filter((w) => have.has(w)).length / words.length : 0;
}
