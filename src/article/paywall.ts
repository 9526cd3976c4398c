// A page that is only a paywall, a cookie wall or a sign-in form has no story to brief. Saying
// so beats summarising "Subscribe to continue reading" as if it were the news.
import { NewsbriefError } from '../errors.js';
import { storyWords as countStoryWords } from './measure.js';

const walls = [
  {
    kind: 'paywall',
    pattern:
      /\b(subscribe (now |today )?to (continue|keep|read)|subscribers? only|already a subscriber|for subscribers|to continue reading|continue reading with|unlock (this|full) (article|story)|start (your|a) (free )?trial|premium (article|content)|paywall|you('ve| have) (reached|used) (your|all)[^.]{0,30}(free )?(articles|stories)|become a (member|subscriber))\b/i,
    message: 'This page is behind a paywall: there is no story on it to brief.',
  },
  {
    kind: 'cookie wall',
    pattern:
      /\b(we use cookies|(site|website) uses cookies|accept (all )?cookies|cookie (consent|settings|preferences)|manage (your )?(cookie|privacy) (choices|preferences|settings)|consent to (the use of )?cookies|reject all)\b/i,
    message: 'This page shows only a cookie notice: there is no story on it to brief.',
  },
  {
    kind: 'sign-in wall',
    pattern:
      /\b(sign in to (continue|read|view)|log in to (continue|read|view)|please (sign|log) in|create (a free|an) account to (continue|read)|register (for free )?to (continue|read))\b/i,
    message: 'This page asks you to sign in: there is no story on it to brief.',
  },
] as const;

/** A page with at least this many words of story besides the wall's own wording is a teaser or
 * a story, and is read: a teaser is what the page holds. Fewer, and the wall is all there is. A
 * page whose markup says it is locked needs more, since its few free lines are only the bait; on
 * any other page, wall wording may be a banner beside a short but complete story. */
const storyWords = { locked: 40, open: 20 };

/** Throws `paywalled` when the text is a wall and not a story. */
export function assertNotWalled(text: string, storyText: string, lockedByMarkup = false): void {
  const story = storyText
    .split(/\n\s*\n/)
    .filter((paragraph) => !isWallLine(paragraph))
    .join(' ');
  const words = countStoryWords(story);
  if (lockedByMarkup) {
    if (words < storyWords.locked) throw new NewsbriefError('paywalled', walls[0].message);
    return;
  }
  if (words >= storyWords.open) return;
  for (const wall of walls) {
    if (wall.pattern.test(text)) throw new NewsbriefError('paywalled', wall.message);
  }
}

/** Lines that are a wall's wording, dropped from a real story around them. */
export function isWallLine(line: string): boolean {
  return line.split(/\s+/).length <= 30 && walls.some((wall) => wall.pattern.test(line));
}

/** Publishers mark locked articles in their structured data (schema.org isAccessibleForFree). */
export function markupSaysLocked(html: string): boolean {
  return /"isAccessibleForFree"\s*:\s*"?(false|False)"?/.test(html);
}
