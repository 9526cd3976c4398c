// Paragraph-level furniture that survives the markup: photo captions and credits, newsletter and
// subscription pleas, "Read more" strips, citation footers of press-release sites, ALL-CAPS promo
// headlines. Only short paragraphs are judged, so a story that mentions a newsletter stays.
const maxWords = 40;

const patterns: readonly RegExp[] = [
  // Credits: "(Image: GETTY )", "Photo: Jane Doe/Reuters", "Image credit: NASA", "Getty Images".
  /\((image|photo|picture|pic|credit|video|source)s?\s*:[^)]*\)\s*$/i,
  /^(image|photo|picture|pic|video|graphic|illustration)s?( credit)?\s*[:|]/i,
  /^(credit|source|photograph|foto|fonte|фото|写真)\s*:/i,
  /\b(getty images|shutterstock|istock(photo)?|afp via getty|reuters\/|ap photo)\b/i,
  // Pleas: newsletters, subscriptions, follows, shares, app downloads.
  /\b(subscribe|sign up|signup|register)\b.{0,60}\b(newsletters?|updates|alerts|email|inbox|podcast)\b/i,
  /\bnewsletters?\b.{0,40}\b(subscribe|sign up|delivered|inbox)\b/i,
  /^(follow|like) (us|\w+) on\b/i,
  /^(share|tweet|email|print|comment)( this( article| story)?)?:?$/i,
  /^(click|tap) here\b/i,
  /\bdownload (our|the) (free )?app\b/i,
  // Strips and markers: "Read more: …", "Related: …", "ADVERTISEMENT", "Story continues below".
  /^(read|see|watch|listen)( (more|also|next|now))?\s*[:|›»>-]/i,
  /^(more|related|also read|recommended|editor'?s picks?|most read|trending)( (stories|articles|coverage|reading|news))?\s*[:|›»>-]/i,
  /^(advertisement|sponsored( content)?|anzeige|publicidade|реклама|story continues below( advertisement)?)$/i,
  // Press-release sites' citation footer: "Citation: … (2019, May 5) retrieved … from https://…".
  /^citation\s*:.*\bretrieved\b/i,
  /^this (document|article) is subject to copyright\b/i,
  /^(©|copyright\b|\(c\) \d{4})/i,
  /\ball rights reserved\b/i,
];

export function isBoilerplate(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  if (words > maxWords) return /^citation\s*:.*\bretrieved\b/i.test(paragraph);
  if (patterns.some((pattern) => pattern.test(paragraph))) return true;
  return isShouted(paragraph, words);
}

/** "EXCLUSIVE: SHOCKING NEW FOOTAGE" — a promo headline, in any cased script. */
function isShouted(paragraph: string, words: number): boolean {
  if (words < 3 || words > 20) return false;
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  const upper = paragraph.replace(/[^\p{Lu}]/gu, '').length;
  const cased = paragraph.replace(/[^\p{Lu}\p{Ll}]/gu, '').length;
  return cased >= 12 && cased >= letters.length * 0.8 && upper === cased;
}
