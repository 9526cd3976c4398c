// Turns scraped page text into the story: headline found, noise lines dropped, captions (lines
// the page repeats) dropped, the dateline kept apart, paragraphs separated by blank lines.
import { splitDateline } from './dateline.js';
import { storyWords } from './measure.js';
import { isDateLine, isListHeading, isMediaLine, isNoiseLine, isProse } from './noise.js';
import { isWallLine } from './paywall.js';

export interface CleanText {
  title: string;
  text: string;
  dateline?: string;
  publishedAt?: string;
}

export function cleanText(raw: string, knownTitle?: string): CleanText {
  // Markdown headings and emphasis marks are layout, not words.
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/(^|\s)[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?=\s|$)/g, '$1'),
    );
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.trim();
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstProse = lines.findIndex(isProse);
  const header = firstProse < 0 ? [] : lines.slice(0, firstProse);
  const title = knownTitle?.trim() || findTitle(header) || '';
  const publishedAt = findDate(header);

  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let inList = false;
  for (const block of blocks(lines)) {
    if (block.lines.some((line) => isMediaLine(line))) continue;
    const kept: string[] = [];
    for (const [offset, line] of block.lines.entries()) {
      const text = line.replace(/\s+/g, ' ');
      if (isListHeading(text)) {
        inList = true;
        continue;
      }
      const inHeader = firstProse >= 0 && block.start + offset < firstProse;
      // A line the page repeats (a caption, a pull quote) is read once, where it first stands.
      const repeated = (counts.get(line) ?? 0) > 1 && seen.has(line);
      seen.add(line);
      if (inList || repeated || isNoiseLine(text) || isDateLine(text)) continue;
      if (isWallLine(text)) continue;
      // Before the story starts, only prose survives: no labels, no title bar.
      if (text === title || (inHeader && !isProse(text))) continue;
      kept.push(text);
    }
    // A link list ends with its block.
    inList = false;
    for (const paragraph of joinWrapped(kept)) {
      // A short line that does not end as a sentence is a label or a heading, not news.
      if (/[.!?:"”’)。！？」』）।]$/.test(paragraph) || storyWords(paragraph) >= 15)
        paragraphs.push(paragraph);
    }
  }

  let dateline: string | undefined;
  // The story starts at its dateline: a pull quote or caption above it is not the lede.
  const at = paragraphs.slice(0, 3).findIndex((p) => splitDateline(p) !== undefined);
  const split = at >= 0 ? splitDateline(paragraphs[at] ?? '') : undefined;
  if (split) {
    if (split.place) dateline = split.place;
    paragraphs.splice(0, at + 1, split.rest);
  }
  return {
    title,
    text: paragraphs.join('\n\n'),
    ...(dateline ? { dateline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

/** The headline: a short line above the story, preferring one a title bar repeats. */
function findTitle(header: readonly string[]): string | undefined {
  const candidates = header
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => {
      const words = storyWords(line);
      return words >= 2 && words <= 25 && !isNoiseLine(line) && !isDateLine(line);
    });
  for (const line of candidates) {
    for (const part of line.split(/\s+[-|–—:]{1,2}\s+/)) {
      if (part !== line && candidates.includes(part)) return part;
    }
  }
  const titleBar = candidates.find((line) => /\s[-|–—]\s/.test(line));
  if (titleBar) {
    const parts = titleBar
      .split(/\s+[-|–—]\s+/)
      .filter((p) => !isDateLine(p) && !/\.\w{2,}$/.test(p));
    return parts.sort((a, b) => b.length - a.length)[0];
  }
  return candidates.find((line) => !/[.!?]$/.test(line));
}

function findDate(header: readonly string[]): string | undefined {
  for (const line of header) {
    if (!isDateLine(line)) continue;
    const match = /([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/.exec(line);
    const time = match ? Date.parse(`${match[1]} UTC`) : Number.NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString().slice(0, 10);
  }
  return undefined;
}

/** Blank-line separated blocks of trimmed lines, with the index of their first line. */
function blocks(lines: readonly string[]): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      if (current) out.push(current);
      current = undefined;
      return;
    }
    current ??= { start: i, lines: [] };
    current.lines.push(line);
  });
  if (current) out.push(current);
  return out;
}

/** Rejoins hard-wrapped lines; a line that ends a sentence ends its paragraph. */
function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (/[.!?。！？।]["”’)」』）]?$/.test(line)) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) out.push(current.join(' '));
  return out;
}
