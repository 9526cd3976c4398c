import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks only the shape of the held-out news set. It never runs the answerer: the set is scored
// once, at the end, and looking at output on it before then would spoil it.
type Qa = {
  id: string;
  question: string;
  answers: Array<{ text: string; answer_start: number }>;
  is_impossible: boolean;
};
type Squad = {
  version: string;
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Qa[] }> }>;
};

const root = join(import.meta.dirname, '..', '..');
const read = (name: string) =>
  JSON.parse(readFileSync(join(root, 'content/qa', name), 'utf8')) as Squad;

describe('held-out news question set', () => {
  const set = read('news-heldout.json');
  const paragraphs = set.data.flatMap((a) => a.paragraphs);
  const qas = paragraphs.flatMap((p) => p.qas);

  it('is SQuAD v2.0 with at least 30 titled articles and 150 questions', () => {
    expect(set.version).toBe('v2.0');
    expect(set.data.length).toBeGreaterThanOrEqual(30);
    for (const article of set.data) expect(article.title.trim()).not.toBe('');
    expect(qas.length).toBeGreaterThanOrEqual(150);
  });

  it('holds at least a third of questions the article does not answer', () => {
    const impossible = qas.filter((q) => q.is_impossible);
    expect(impossible.length * 3).toBeGreaterThanOrEqual(qas.length);
    for (const q of impossible) expect(q.answers).toEqual([]);
  });

  it('gives every answerable question a span found at its answer_start', () => {
    for (const { context, qas: items } of paragraphs)
      for (const q of items.filter((item) => !item.is_impossible)) {
        expect(q.answers.length, q.id).toBeGreaterThan(0);
        for (const a of q.answers) {
          expect(a.text.trim(), q.id).not.toBe('');
          expect(context.slice(a.answer_start, a.answer_start + a.text.length), q.id).toBe(a.text);
        }
      }
  });

  it('names each question once with a heldout-<article>-<question> id', () => {
    const ids = qas.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^heldout-\d{2}-\d+$/);
  });

  it('asks questions of many kinds', () => {
    for (const kind of [
      /^who/i,
      /^what/i,
      /^when/i,
      /^where/i,
      /^which/i,
      /^why/i,
      /^how (much|many|old|far|long)/i,
    ])
      expect(qas.some((q) => kind.test(q.question))).toBe(true);
  });

  it('shares no article with the news dev set', () => {
    const dev = new Set(
      read('news-dev.json').data.flatMap((a) => a.paragraphs.map((p) => p.context)),
    );
    for (const p of paragraphs) expect(dev.has(p.context)).toBe(false);
    expect(new Set(paragraphs.map((p) => p.context)).size).toBe(paragraphs.length);
  });
});
