// Scores what `newsbrief feed --jsonl` read in a feed against what Python's feedparser read in it.
import { decodeHTML } from 'entities';

export interface ExpectedFeed {
  version: string;
  bozo: boolean;
  title: string;
  items: { title: string; link: string }[];
}

export interface ReadFeed {
  id: string;
  title?: string;
  items?: { id: string; title: string; link: string | null }[];
  error?: string;
}

export interface FeedScore {
  file: string;
  expected: number;
  read: number;
  found: number;
  titled: number;
  sameTitle: number;
  cutTitle: number;
  absoluteLinks: number;
  links: number;
  replacement: number;
  error?: string;
  misses: string[];
}

/** A title as compared: tags and entities stripped (as the expected file has them), spaces collapsed. */
export function comparable(title: string): string {
  return decodeHTML(title.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .toLowerCase();
}

const normalLink = (link: string) => link.trim().replace(/\/$/, '').toLowerCase();

/**
 * Each expected item (one with a title or a link: feedparser also lists empty `<item/>`s) is
 * found when an item read has its link, else its title. Titles compare after stripping; a title
 * newsbrief cut at a word (ending "…") counts as the same when it starts the expected one.
 */
export function scoreFeed(file: string, expected: ExpectedFeed, read: ReadFeed): FeedScore {
  const items = read.items ?? [];
  const wanted = expected.items.filter((item) => item.title || item.link);
  const byLink = new Map(items.filter((i) => i.link).map((i) => [normalLink(i.link ?? ''), i]));
  const byTitle = new Map(items.map((i) => [comparable(i.title), i]));
  const score: FeedScore = {
    file,
    expected: wanted.length,
    read: items.length,
    found: 0,
    titled: 0,
    sameTitle: 0,
    cutTitle: 0,
    absoluteLinks: items.filter((i) => /^https?:\/\/[^/]/i.test(i.link ?? '')).length,
    links: items.filter((i) => i.link).length,
    replacement: items.filter((i) => i.title.includes('\uFFFD')).length,
    misses: [],
    ...(read.error ? { error: read.error } : {}),
  };
  for (const want of wanted) {
    const title = comparable(want.title);
    const link = /^\s*https?:/i.test(want.link) ? normalLink(want.link) : undefined;
    // Items may share a link (a sponsor post and what it links to): the title decides among them.
    const sameTitle = byTitle.get(title);
    const got =
      (sameTitle && (!link || normalLink(sameTitle.link ?? '') === link) && sameTitle) ||
      (link && byLink.get(link)) ||
      sameTitle;
    if (!got) {
      score.misses.push(`missing: ${want.title || want.link}`);
      continue;
    }
    score.found++;
    if (!title) continue;
    score.titled++;
    const ours = comparable(got.title);
    if (ours === title) score.sameTitle++;
    else if (ours.endsWith('…') && title.startsWith(ours.slice(0, -1).trim())) score.cutTitle++;
    else score.misses.push(`title: "${got.title}" ≠ "${want.title}"`);
  }
  return score;
}
