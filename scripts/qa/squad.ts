// Reading SQuAD files (v1.1 and v2.0; a whole file or one paragraph a line) and the official
// scoring: lower-case, strip punctuation and a/an/the, collapse spaces; EM and token F1 take the
// best over the gold answers.
import { readFileSync } from 'node:fs';

export interface QaItem {
  id: string;
  title: string;
  /** Which paragraph the question is on, for keying the article. */
  paragraph: number;
  context: string;
  question: string;
  answers: Array<{ text: string; answer_start?: number }>;
  impossible: boolean;
}

interface RawQa {
  id: string;
  question: string;
  answers?: Array<{ text: string; answer_start?: number }>;
  is_impossible?: boolean;
  plausible_answers?: unknown;
}
interface RawParagraph {
  title?: string;
  context: string;
  qas: RawQa[];
}

export function readSquad(path: string): { items: QaItem[]; hasImpossible: boolean } {
  const raw = readFileSync(path, 'utf8');
  const paragraphs: RawParagraph[] = [];
  const trimmed = raw.trimStart();
  if (trimmed.startsWith('{') && /"data"\s*:/.test(trimmed.slice(0, 2000))) {
    const file = JSON.parse(raw) as { data: Array<{ title?: string; paragraphs: RawParagraph[] }> };
    for (const article of file.data)
      for (const p of article.paragraphs)
        paragraphs.push({ ...p, title: p.title ?? article.title ?? '' });
  } else {
    for (const line of raw.split('\n'))
      if (line.trim()) paragraphs.push(JSON.parse(line) as RawParagraph);
  }
  const items: QaItem[] = [];
  let hasImpossible = false;
  paragraphs.forEach((p, paragraph) => {
    for (const qa of p.qas) {
      const impossible = qa.is_impossible === true || (qa.answers ?? []).length === 0;
      if (impossible) hasImpossible = true;
      items.push({
        id: qa.id,
        title: p.title ?? '',
        paragraph,
        context: p.context,
        question: qa.question,
        answers: impossible ? [] : (qa.answers ?? []),
        impossible,
      });
    }
  });
  return { items, hasImpossible };
}

export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

export function tokenF1(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      same++;
      counts.set(t, n - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best score over the gold answers; an unanswerable question is right only when left empty. */
export function scoreOne(prediction: string, item: QaItem): { em: number; f1: number } {
  if (item.impossible) {
    const right = prediction.trim() === '' ? 1 : 0;
    return { em: right, f1: right };
  }
  let em = 0;
  let f1 = 0;
  for (const gold of item.answers) {
    em = Math.max(em, exactMatch(prediction, gold.text));
    f1 = Math.max(f1, tokenF1(prediction, gold.text));
  }
  return { em, f1 };
}

/** The evidence sentence holds a gold answer: its text (normalised) or its offset. */
export function evidenceHolds(evidence: string, item: QaItem): boolean {
  if (!evidence) return false;
  const at = item.context.indexOf(evidence);
  const sentence = normalizeAnswer(evidence);
  return item.answers.some((gold) => {
    const start = gold.answer_start;
    if (at >= 0 && start !== undefined && start >= at && start < at + evidence.length) return true;
    const text = normalizeAnswer(gold.text);
    return text !== '' && ` ${sentence} `.includes(` ${text} `);
  });
}
