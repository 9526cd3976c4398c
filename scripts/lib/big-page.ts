// Shared by the no-stall test and the bench: a fictional very long page, and percentiles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From scripts/lib/ or from the build in dist/scripts/lib/.
const up = join(import.meta.dirname, '..', '..');
const repoRoot = up.endsWith('dist') ? join(up, '..') : up;

/**
 * About `chars` characters of text: a fictional council report made of the sample story's
 * paragraphs repeated (numbered so no two are the same line), far more than any article.
 */
export function bigPageText(chars: number): string {
  const sample = readFileSync(
    join(repoRoot, 'content', 'articles', 'rail-strike-long.txt'),
    'utf8',
  );
  const paragraphs = sample.split(/\n\s*\n/).slice(1);
  const parts = ['Fictional test page: a very long council report'];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const paragraph = `${paragraphs[i % paragraphs.length]} (${i + 1})`;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

/** The value below which `share` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}
