// The seed articles as the answerer reads them. The seed page is a noisy scrape: its story
// paragraphs are taken directly (long lines ending a sentence), so these tests do not depend
// on the page cleaner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/answer/analyze.js';
import { candidatesOf } from '../../src/answer/candidates.js';
import type { Article } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function storyParagraphs(raw: string): string {
  return raw
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => !p.includes('\n') && p.split(/\s+/).length >= 12 && /[."”]$/.test(p))
    .join('\n\n');
}

/** Title line first, then the body: how the plain-text articles in content/ are written. */
function plain(id: string, path: string): Article {
  const [title = '', ...body] = read(path).split('\n');
  return { id, title, text: body.join('\n').trim(), source: path };
}

export const russia: Article = {
  id: 'russia-china',
  title: 'Russia and China sign alliance',
  text: storyParagraphs(read('content/articles/russia-china-alliance.txt')),
  source: 'content/articles/russia-china-alliance.txt',
};
export const council = plain('council', 'content/articles/council-budget-quotes.txt');
export const harbour = plain('harbour', 'content/articles/harbour-ferry-short.txt');
export const rail = plain('rail', 'content/articles/rail-strike-long.txt');

export interface DevQuestion {
  context: string;
  title: string;
  question: string;
  answers: string[];
  impossible: boolean;
}

/** The committed news dev set (content/qa/news-dev.json), flattened. */
export function devSet(): DevQuestion[] {
  const file = JSON.parse(read('content/qa/news-dev.json')) as {
    data: Array<{
      title: string;
      paragraphs: Array<{
        context: string;
        qas: Array<{ question: string; answers: Array<{ text: string }>; is_impossible: boolean }>;
      }>;
    }>;
  };
  return file.data.flatMap((article) =>
    article.paragraphs.flatMap((p) =>
      p.qas.map((qa) => ({
        context: p.context,
        title: article.title,
        question: qa.question,
        answers: qa.answers.map((a) => a.text),
        impossible: qa.is_impossible,
      })),
    ),
  );
}

/** The candidate answers newsbrief sees in a one-sentence text. */
export function spansOf(text: string): string[] {
  const [sentence] = analyse({ id: `spans:${text}`, title: '', text, source: 'test' }).sentences;
  if (!sentence) throw new Error('no sentence');
  return candidatesOf(sentence).map((c) => c.text);
}
