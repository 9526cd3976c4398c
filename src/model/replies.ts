// What the model is asked for, and the shapes its JSON must have.
import { z } from 'zod';
import type { Article } from '../article/types.js';

const list = z.array(z.string()).default([]);

export const briefReply = z.object({
  headline: z.string().min(1),
  lede: z.string().min(1),
  points: z.array(z.string().min(1)).min(1).max(8),
  facts: z
    .object({
      people: list,
      organisations: list,
      places: list,
      dates: list,
      money: list,
      numbers: list,
    })
    .default({ people: [], organisations: [], places: [], dates: [], money: [], numbers: [] }),
});
export type BriefReply = z.infer<typeof briefReply>;

export const answerReply = z.object({
  kind: z.enum(['answered', 'unsure', 'not_found']),
  answer: z.string().default(''),
  quote: z.string().default(''),
});
export type AnswerReply = z.infer<typeof answerReply>;

export const briefSystem = `You brief readers on one news article. Use only what the article says: no outside knowledge, no guesses. Reply with JSON only:
{"headline": string, "lede": one or two sentences, "points": 3 to 5 short sentences, "facts": {"people": [], "organisations": [], "places": [], "dates": [], "money": [], "numbers": []}}
Copy names, numbers, dates and quotes exactly as the article writes them.`;

export const answerSystem = `You answer a question from the news articles given, and from nothing else. Reply with JSON only:
{"kind": "answered" | "unsure" | "not_found", "answer": a short answer, "quote": the one sentence of an article that says it, copied word for word}
Use "not_found" when no article says it and "unsure" when they do not say it clearly.`;

// About 6,000 tokens: room in the context window of small local models for the article and a
// reply. What is cut cannot be claimed anyway: the check reads the whole article.
const maxArticleChars = 24_000;

export function articleBlock(article: Article, index?: number): string {
  const label = index === undefined ? 'Article' : `Article ${index + 1}`;
  return `${label}: ${article.title}\n\n${article.text.slice(0, maxArticleChars)}`;
}
