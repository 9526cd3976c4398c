// A page's JSON-LD articleBody against the paragraphs read off its layout. Neither is always
// right: articleBody is often a teaser (the first 500 characters) or a whole story run together
// without paragraph breaks, while the layout can miss what sits outside the container Readability
// picked, or find nothing at all on a page drawn by scripts.
import { storyWords } from './measure.js';

export function reconcileWithBody(paragraphs: readonly string[], body?: string): string[] {
  const fromBody = body ? splitBody(body) : [];
  if (fromBody.length === 0) return [...paragraphs];
  const ours = storyWords(paragraphs.join(' '));
  const theirs = storyWords(body ?? '');
  if (ours < 20) return theirs > ours ? fromBody : [...paragraphs];
  // The layout found a part of the same story: the publisher's whole text is the better read.
  if (theirs > ours * 1.5 && shareWithin(paragraphs.join(' '), body ?? '') >= 0.8) return fromBody;
  return [...paragraphs];
}

function splitBody(body: string): string[] {
  return body
    .split(/\n\s*\n|\r?\n/)
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
