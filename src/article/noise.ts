// Recognises the lines of a scraped page that are not the story: navigation, media players,
// link lists, footers. General shapes, not one site's strings, so unseen pages clean too.
import { storyWords } from './measure.js';

const boilerplate =
  /\b(all rights reserved|copyright|privacy (policy|guidelines|notice)|terms (of (use|service)|under which|and conditions)|back to (the )?top|opens? in a new (browser )?window|will open in a new|not endorsed by|cookie (policy|settings)|follow us|share (this|on)|sign up for|newsletter|advertisement|skip to (main )?content|read more:?$|click here|related (stories|sites|articles|links|topics)|most (popular|read)|image (source|caption|copyright)|getty images|associated press contributed)\b/i;

const media =
  /(\b\d+(\.\d+)?\s?(kb|mb|gb)\b|\b\d+\s?min(ute)?s?\b.*\bsecs?\b|\b(aiff|wav|mp3|quicktime|real ?player|windows media)\b|^(video|audio|gallery|watch|listen|play video|photos?|slideshow|interactive)$)/i;

const bullet = /^\s*([•·▪‣◦●*–—-]|\d+\.)\s+/;

// Latin, CJK (。！？) and Devanagari (।) sentence ends, with closing quotes and brackets.
const sentenceEnd = /[.!?。！？।]["”’')\]」』）]*$/;

/** A line that can be dropped wherever it stands. */
export function isNoiseLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  const words = text.split(/\s+/).length;
  // A list item is a menu entry or a link; a bulleted or dashed sentence ("— We waited," she
  // said.) is prose and stays.
  if (bullet.test(text) && !isProse(text)) return true;
  if (/^[©®]|\(c\)\s*\d{4}/i.test(text)) return true;
  if (words <= 25 && boilerplate.test(text)) return true;
  if (isMediaLine(text)) return true;
  if (isNavigation(text)) return true;
  return false;
}

/** A media player stub ("1.45 MB / 1 min 9 secs", "Video"): its whole block is the player. */
export function isMediaLine(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/).length <= 12 && media.test(text);
}

/** Menus: short runs of capitalised words or slash-separated sections, no sentence in sight. */
function isNavigation(text: string): boolean {
  if (sentenceEnd.test(text)) return false;
  if (/^(\/\S+\s*)+$/.test(text) || /(^|\s)\/[A-Z]{2,}/.test(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters === letters.toUpperCase() && text.split(/\s+/).length <= 4;
}

/** A section heading such as "RELATED STORIES:" that opens a list of links. */
export function isListHeading(line: string): boolean {
  const text = line.trim();
  return /^[A-Z][A-Za-z ]{2,40}:$/.test(text) && !/[a-z]{3,}\s[a-z]{3,}\s[a-z]{3,}/.test(text);
}

/** Reads like prose: long enough and ends as a sentence does. */
export function isProse(line: string): boolean {
  const text = line.trim();
  return storyWords(text) >= 8 && sentenceEnd.test(text);
}

/** A date or timestamp line: "July 16, 2001 Posted: 1412 GMT", "Updated 12:00 EST". */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.split(/\s+/).length > 10) return false;
  return (
    /\b(posted|updated|published)\b/i.test(text) ||
    /^(\w+day,?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i.test(
      text,
    ) ||
    /^\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}/i.test(text)
  );
}
