// A model's brief, kept only where the article supports it: a headline or lede that fails is
// the offline engine's, a failing point is dropped (and offline points fill in up to three),
// a fact the article does not contain is dropped.
import type { Article } from '../article/types.js';
import { unsupportedClaims } from '../check/claims.js';
import { checkSentence, type Evidence, readEvidence } from '../check/index.js';
import { contentWords, words } from '../nlp/tokens.js';
import type { Brief, KeyFacts } from '../summarize/types.js';
import { checkNote } from './note.js';
import type { BriefReply } from './replies.js';

const minPoints = 3;

export function checkedBrief(
  article: Article,
  offline: Brief,
  reply: BriefReply,
  model: string,
): Brief {
  const evidence = readEvidence(`${article.title}\n\n${article.text}`);
  const dropped: string[] = [];
  const keep = (text: string, isHeadline = false): boolean => {
    const ok = text.trim() !== '' && (isHeadline ? headlineHolds : sentenceHolds)(text, evidence);
    if (!ok) dropped.push(text);
    return ok;
  };
  const headline = keep(reply.headline, true) ? reply.headline.trim() : offline.headline;
  const lede = keep(reply.lede) ? reply.lede.trim() : offline.lede;
  const points = reply.points.filter((point) => keep(point)).map((point) => point.trim());
  for (const point of offline.points) {
    if (points.length >= minPoints) break;
    if (!points.includes(point) && point !== lede) points.push(point);
  }
  const facts = checkedFacts(reply.facts, evidence, dropped);
  return {
    ...offline,
    headline,
    lede,
    points,
    facts,
    summary: [lede, ...points].join(' '),
    checked: { model, dropped, note: checkNote(model, dropped) },
  };
}

const sentenceHolds = (text: string, evidence: Evidence): boolean =>
  checkSentence(text, evidence).unsupported.length === 0;

// Headlines drop the little words that sentence scores lean on: every claim and every content
// word must be in the article instead.
const headlineHolds = (text: string, evidence: Evidence): boolean =>
  unsupportedClaims(text, evidence).length === 0 &&
  contentWords(text).every((word) => evidence.where.has(word));

function checkedFacts(facts: KeyFacts, evidence: Evidence, dropped: string[]): KeyFacts {
  const inArticle = (value: string): boolean => {
    const tokens = words(value);
    const ok = tokens.length > 0 && evidence.flat.includes(` ${tokens.join(' ')} `);
    if (!ok) dropped.push(value);
    return ok;
  };
  return {
    people: facts.people.filter(inArticle),
    organisations: facts.organisations.filter(inArticle),
    places: facts.places.filter(inArticle),
    dates: facts.dates.filter(inArticle),
    money: facts.money.filter(inArticle),
    numbers: facts.numbers.filter(inArticle),
  };
}
