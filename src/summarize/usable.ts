// Whether a sentence can stand in a brief on its own. Pages leave captions, sub-headings,
// tour-date rows, bylines and promos in the text; a reader shown one as a point learns nothing.
// And a sentence that opens with "He", "Its" or "But" leans on the one before it: shown alone,
// nobody knows who "he" is. Shapes only (no word lists of one site), and cheap: it runs on every
// sentence of every brief.

const captionOpening =
  /^(?:an?|artist['’]s)\s+(?:artist['’]?s?\s+)?(?:illustration|image|photo|photograph|picture|rendering|impression|concept|screenshot|still|file photo|graphic|map|view)\s+(?:of|shows?|from)\b/i;
const credit =
  /\((?:image|photo|picture|credit|video|source|pictured)\b[^)]*\)|\b(?:image|photo|picture) (?:credit|courtesy)\b|\bgetty images\b|\bscroll down for\b|\bclick here\b/i;
/** "Grim discovery: Street cleaners…", "Citation: …": a label in front is a caption or a promo. */
const labelled = /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s[\p{L}\p{N}'’-]+){0,2}:\s+\S/u;
const speech = /\b(?:said|says|told|tells|added|adds|explained|wrote|writes|asked|replied)\b/;
const promo =
  /\b(?:subscribe (?:to|now|for|here)|sign up (?:for|to) (?:our|the|a)\b.{0,40}\bnewsletters?|follow (?:us|him|her|them) on|read more|watch:|listen:|download (?:the|our) app|all rights reserved|retrieved .{0,40} from|please visit|for more information,? (?:visit|see|go to))\b/i;
/** "By Priya Nair, Local Democracy Reporter": names and a role, nothing else. */
const byline =
  /^(?:By|Written by|Reporting by|Additional reporting by)\s+[A-Z][\w'’.-]*(?:[\s,]+(?:and\s+)?[A-Z][\w'’.-]*)*\.?$/;
/** A caption names what is shown; a sentence says something about it. */
const finiteVerb =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|says|appears?|shows?|became|becomes)\b/i;
const contributed =
  /\b(?:contributed to this report|reported from|is a (?:reporter|correspondent))\b/i;
const url = /https?:\/\/|pic\.twitter\.com|\(@\w{2,}\)/i;

/** Any of these shapes before the costlier patterns are tried: most sentences have none. */
const cue =
  /image|photo|picture|credit|video|source|getty|scroll|click|subscri|sign up|newsletter|follow|read more|watch:|listen:|download|reserved|retrieved|contributed|reported from|reporter|correspondent|https?:|www\.|pic\.twitter|@|visit|information|illustration|rendering|impression|concept|screenshot|still|graphic|map|view/i;
/** Words that open with a letter that is not a capital: "the", "said", "сказал", "기자". */
const plainWords = /(?:^|\s)(?!\p{Lu})\p{L}[\p{L}\p{M}'’-]*[,.;:]?(?=\s|$)/gu;
/** Chinese and Japanese write no spaces: a sentence of them is long enough by its characters. */
const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8}/u;
const terminal = /[.!?。！？…]["”’)\]]*$/;

/**
 * A caption, heading, list or ticker row, byline or promo: never a lede or a point. `furniture`
 * is isFurniture(text) when the caller knows it already.
 */
export function isJunk(text: string, furniture = isFurniture(text)): boolean {
  if (furniture) return true;
  if (spaceless.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words < 6) return true;
  // A sub-heading asks the question the next paragraph answers; a quoted question is speech.
  if (/\?["”’)]*$/.test(text) && !/["“”]/.test(text)) return true;
  // "… after 36 rounds:" introduces a list; a line with no end and no verb is a label.
  if (/:$/.test(text) || (!terminal.test(text) && (words < 12 || !finiteVerb.test(text))))
    return true;
  // Tour dates, tickers, listings: few ordinary lower-case words among names and figures.
  const plain = text.match(plainWords)?.length ?? 0;
  return plain / words < 0.3;
}

/**
 * The page's furniture rather than the story's words — a caption, credit, promo, byline, label
 * or all-caps headline: kept out of every summary, however it scores.
 */
export function isFurniture(text: string): boolean {
  if (cue.test(text)) {
    if (captionOpening.test(text) && !finiteVerb.test(text)) return true;
    if (credit.test(text) || promo.test(text) || url.test(text)) return true;
    if (contributed.test(text)) return true;
  }
  if (byline.test(text)) return true;
  if (text.includes(':')) {
    const label = labelled.exec(text)?.[0] ?? '';
    // 'He concluded: "We…"' is speech; "Grim discovery: Street cleaners…" is a caption.
    const quoted = /^["“‘']/.test(text) || /^["“‘']/.test(text.slice(label.length - 1));
    if (label && !quoted && !speech.test(label)) return true;
  }
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c < 97 || c > 122) continue;
    letters++;
  }
  return upper * 2 > letters + upper;
}

const leaningWord =
  /^(?:he|she|it|its|it's|they|their|them|his|her|hers|this|these|those|that|there|such|both|but|and|or|also|however|yet|still|so|instead|meanwhile|nevertheless|moreover|furthermore|besides|then|thus|therefore|otherwise|likewise|similarly|later|afterwards)\b/i;
const definiteRole =
  /^the\s+(?:[\w'’-]+\s+)?(?:company|firm|group|agency|organi[sz]ation|team|club|band|singer|actor|actress|star|player|president|minister|official|spokes(?:man|woman|person)|man|woman|boy|girl|couple|pair|report|study|court|council|government|bank|airline|carrier|network|channel|newspaper|museum|university|school|hospital|charity|union|party|league|duo|trio|suspect|victim|latter|former|move|deal|decision|plan|statement|comments|remarks|researchers|scientists|authors|officials|prosecutors|police|lawyers?|judge|jury|senator|governor|mayor|chief|executive|ceo|brand|retailer|giant|carmaker|developer|publisher|label|studio|artist|musician|rapper|singer-songwriter|athlete|coach|manager|boss|striker|couple|family|businessman|billionaire|tycoon|politician|lawmaker|congressman|congresswoman|agency's|company's|firm's|group's)\b/i;

/** Speech given to "he" or "she" after the quote: who spoke is in the sentence before. */
const pronounSpeaker =
  /["”’]\s*,?\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|explained|continued|insisted|warned|argued|wrote|noted|replied|comments|commented)\b/i;
const speechVerb =
  /\b(?:said|says|added|adds|told|tells|explained|continued|insisted|warned|argued|wrote|writes|noted|replied|asked|comments|commented|according to|announced|tweeted|shouts|shouted)\b/i;

/**
 * Opens with a pronoun, a connective or "the company": it needs the sentence before it. So does
 * a quotation that names no speaker outside its quotes, or only "he" or "she".
 */
export function leansOnPrevious(text: string): boolean {
  if (/^["“‘']/.test(text)) {
    const outside = text.replace(/["“][^"“”]*["”]/g, ' ');
    return outside === text || !speechVerb.test(outside) || pronounSpeaker.test(text);
  }
  return leaningWord.test(text) || definiteRole.test(text) || /^the\s+\d+-year-old\b/i.test(text);
}
