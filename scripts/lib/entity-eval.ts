// Scores the people, organisations and places a brief names against hand labels
// (content/eval/entities-dev.json). A name counts as right only under the kind it was labelled
// with; names labelled "either" (a stadium, a league, a planet) count neither way; anything else
// the brief names — a wrong kind, a title left on, a caption word — counts as wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyFacts } from '../../src/summarize/types.js';
import { readJsonl } from './jsonl.js';

export interface LabelledArticle {
  id: string;
  dataset: 'article-extraction-open' | 'cnndm-test-frank' | 'bbc-news-summary/dev';
  part: 'dev' | 'held-out';
  people: string[];
  organisations: string[];
  places: string[];
  either: string[];
}

export interface EvalText {
  title: string;
  text: string;
}

type NameKind = 'people' | 'organisations' | 'places';
export const nameKinds: readonly NameKind[] = ['people', 'organisations', 'places'];

export interface EntityScore {
  right: number;
  wrong: number;
  ignored: number;
  briefs: number;
  misses: string[];
}

/** Each labelled article's text, read from the open data folder the labels point into. */
export function loadTexts(dataDir: string, articles: readonly LabelledArticle[]): EvalText[] {
  let truth: Record<string, { articleBody: string; url: string }> | undefined;
  const rows = new Map<string, { title?: string; text: string; url?: string }>();
  const need = new Set(articles.map((a) => a.dataset));
  if (need.has('cnndm-test-frank'))
    for (const row of readJsonl<{ id: string; text: string; url?: string }>(
      join(dataDir, 'cnndm-test-frank/test.jsonl'),
    ))
      rows.set(row.id, row);
  if (need.has('bbc-news-summary/dev'))
    for (const row of readJsonl<{ id: string; title: string; text: string }>(
      join(dataDir, 'bbc-news-summary/dev.jsonl'),
    ))
      rows.set(row.id, row);
  return articles.map((article) => {
    if (article.dataset === 'article-extraction-open') {
      truth ??= JSON.parse(
        readFileSync(join(dataDir, 'article-extraction-open/ground-truth.json'), 'utf8'),
      ) as Record<string, { articleBody: string; url: string }>;
      const page = truth[article.id];
      if (!page) throw new Error(`no page ${article.id}`);
      return { title: titleFromUrl(page.url), text: page.articleBody };
    }
    const row = rows.get(article.id);
    if (!row) throw new Error(`no row ${article.id}`);
    return { title: row.title ?? titleFromUrl(row.url), text: row.text };
  });
}

/** The open rows carry no headline, but their URL slug is one. */
function titleFromUrl(url: string | undefined): string {
  const path = url?.replace(/\/(index\.html)?$/, '').replace(/\.[a-z]+$/, '') ?? '';
  const slug = path.slice(path.lastIndexOf('/') + 1);
  return /[a-z]-[a-z]/i.test(slug) ? slug.replace(/[-_]+/g, ' ').replace(/\s\d+$/, '') : '';
}

const normal = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .trim();

function aliases(labels: readonly string[]): Set<string> {
  return new Set(labels.flatMap((label) => label.split('|').map(normal)));
}

export function emptyScore(): EntityScore {
  return { right: 0, wrong: 0, ignored: 0, briefs: 0, misses: [] };
}

/** Adds one brief's names to the running score. */
export function scoreFacts(facts: KeyFacts, label: LabelledArticle, score: EntityScore): void {
  score.briefs++;
  const either = aliases(label.either);
  for (const kind of nameKinds) {
    const gold = aliases(label[kind]);
    const elsewhere = aliases(nameKinds.filter((k) => k !== kind).flatMap((k) => label[k]));
    for (const name of facts[kind]) {
      const key = normal(name);
      // A dateline place ("Hanoi, Vietnam") is right when each of its parts is.
      const parts = key.split(/,\s*/);
      if (gold.has(key) || (parts.length > 1 && parts.every((p) => gold.has(p)))) score.right++;
      else if (either.has(key) && !elsewhere.has(key)) score.ignored++;
      else {
        score.wrong++;
        score.misses.push(`${label.id.slice(0, 14)} ${kind}: ${name}`);
      }
    }
  }
}

export function formatScore(name: string, score: EntityScore): string {
  const named = score.right + score.wrong;
  const precision = named ? (100 * score.right) / named : 0;
  return `| ${name} | ${score.briefs} | ${precision.toFixed(1)}% | ${score.right} / ${named} | ${(named / (score.briefs || 1)).toFixed(2)} | ${(score.right / (score.briefs || 1)).toFixed(2)} |`;
}
