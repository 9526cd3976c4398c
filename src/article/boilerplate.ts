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
  /\bfollow (us|him|her|me|them) on (twitter|facebook|instagram|x)\b/i,
  /\b(affiliate|referral) links?\b/i,
  /^write to\b.{0,80}@\w/i,
  /^(tell us what you think|leave a (comment|reply)|post (a )?comment|join the (conversation|discussion))\b/i,
  /\b(comments?|comentários?|comentarios?|kommentare?|commentaires?)\b.{0,120}\bmodera/i,
  // WordPress shortcodes left in the text: "[button link=…]Send us…[/button]".
  /^\[\w+[^\]]*\].*\[\/\w+\]$/,
  /^(share|tweet|email|print|comment)( this( article| story)?)?:?$/i,
  /^(click|tap) here\b/i,
  /\b(contributed to this (report|story|article)|contributed reporting)\.?$/i,
  /\bdownload (our|the) (free )?app\b/i,
  // Strips and markers: "Read more: …", "Related: …", "ADVERTISEMENT", "Story continues below".
  /^(read|see|watch|listen)( (more|also|next|now))?\s*[:|›»>-]/i,
  /^(more|related|also read|recommended|editor'?s picks?|most read|trending)( (stories|articles|coverage|reading|news))?\s*[:|›»>-]/i,
  /^(advert|advertisement|sponsored( content)?|anzeige|publicidade|реклама|story continues below( advertisement)?|\d* ?comments?|print( article)?|text size|order reprints|home)$/i,
  // The label over a strip of links, in the languages we have met: the strip itself is pruned.
  /^(related (articles|posts|stories|content)|you (may|might) also like|sponsored links?|スポンサー(ド)?リンク|関連記事|関連ニュース|相关(文章|新闻)|관련 ?기사|похожие (статьи|новости|материалы)|читайте также|artigos relacionados|leia (também|mais)|veja também|lea también|noticias relacionadas|artículos relacionados|articles similaires|à lire aussi|lesen sie auch|mehr zum thema)\s*:?$/i,
  // Press-release sites' citation footer: "Citation: … (2019, May 5) retrieved … from https://…".
  /^citation\s*:.*\bretrieved\b/i,
  /^this (document|article) is subject to copyright\b/i,
  /^(©|copyright\b|\(c\) \d{4})/i,
  /\ball rights reserved\b/i,
];

// A caption ends in its credit, however long the caption: "… (Photos by Richard Shotwell/AP)".
const creditEnd =
  /\((photos?|images?|pictures?|pics?|video|foto|fotos)\s*(by|courtesy|credit|:)[^)]{0,80}\)\s*$|\((getty( images)?|ap|afp|reuters|pa|epa)\)\s*$/i;

// "Tags: budget, parks, council", "Filed under …": the site's index, not the story.
const tagList =
  /^(tags?|tagged( with)?|topics?|filed under|categories|palavras-chave|etiquetas|теги|метки)\b\s*[:|]?\s*\S/i;

export function isBoilerplate(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  if (words <= 60 && tagList.test(paragraph) && !/[.!?]$/.test(paragraph)) return true;
  if (words <= 80 && creditEnd.test(paragraph)) return true;
  if (words <= 25 && /\bclick here\b/i.test(paragraph)) return true;
  if (words > maxWords) return /^citation\s*:.*\bretrieved\b/i.test(paragraph);
  if (patterns.some((pattern) => pattern.test(paragraph))) return true;
  return isShouted(paragraph, words) || isDateStamp(paragraph);
}

/** "September 15, 2014", "segunda-feira, 22 de janeiro de 2018 às 0:13", "Updated Nov. 19, 2019
 * 8:21 am ET": numbers with a year and a few month, weekday or time words, in any language. */
function isDateStamp(paragraph: string): boolean {
  if (/[.!?]["”’)]?$/.test(paragraph) && !/\b\p{L}{1,4}\.$/u.test(paragraph)) return false;
  if (!/(^|\D)(19|20)\d\d(\D|$)/.test(paragraph)) return false;
  const numbers = paragraph.match(/\d+/g)?.length ?? 0;
  const words = paragraph.match(/\p{L}+/gu) ?? [];
  return numbers >= 2 && words.length <= Math.max(6, numbers) && words.every((w) => w.length <= 13);
}

/** "EXCLUSIVE: SHOCKING NEW FOOTAGE" — a promo headline, in any cased script. */
function isShouted(paragraph: string, words: number): boolean {
  if (words < 3 || words > 20) return false;
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  const upper = paragraph.replace(/[^\p{Lu}]/gu, '').length;
  const cased = paragraph.replace(/[^\p{Lu}\p{Ll}]/gu, '').length;
  return cased >= 12 && cased >= letters.length * 0.8 && upper === cased;
}
