import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const seed = 'content/articles/harbour-ferry-short.txt';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/newsbrief.js', 'ask', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

describe('newsbrief ask', () => {
  it('prints the answer with its quoted evidence, and the Answer object with --json', () => {
    const text = run([seed, 'How much did the repairs cost?']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('£1.2 million');
    expect(text.stdout).toContain('“Engineers replaced 40 metres of decking');
    const json = JSON.parse(run([seed, 'Who is the chief executive?', '--json']).stdout);
    expect(json).toMatchObject({ status: 'answered', kind: 'answer', answer: 'Morag Ellis' });
    expect(json.evidence).toContain('Morag Ellis');
    expect(typeof json.confidence).toBe('number');
  });

  it('says politely when the article does not say, and reads standard input', () => {
    const none = run(['-', 'Who won the 2001 Wimbledon final?'], 'The ferry resumed on Monday.');
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^The article doesn't say/);
  });

  it('answers a JSON-lines batch in order and reports bad lines without stopping', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        context: 'The bridge cost $40 million. It opened on Monday.',
        question: 'How much did the bridge cost?',
      }),
      'not json',
      JSON.stringify({ id: 'c', question: 'No context here?' }),
      JSON.stringify({
        id: 'd',
        context: 'The bridge opened on Monday.',
        question: 'Who won Wimbledon?',
      }),
    ].join('\n');
    const batch = run(['--jsonl'], `${input}\n`);
    expect(batch.status).toBe(0);
    const lines = batch.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      id: 'a',
      status: 'answered',
      answer: '$40 million',
      evidence: 'The bridge cost $40 million.',
      confidence: expect.any(Number),
    });
    expect(lines[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.stringContaining('context') });
    expect(lines[3]).toMatchObject({ id: 'd', status: 'not_found', answer: '', evidence: '' });
  });

  it('exits 2 with usage when the question is missing', () => {
    const bad = run([seed]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: newsbrief ask');
  });
});
