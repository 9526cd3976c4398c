import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/newsbrief.js', 'brief', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

describe('newsbrief brief', () => {
  it('prints a readable brief of the seed article and the Brief as JSON', () => {
    const text = run(['content/articles/russia-china-alliance.txt']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('Russia and China sign alliance');
    expect(text.stdout).toContain('MOSCOW, Russia');
    expect(text.stdout).toContain('Key facts');
    const json = JSON.parse(run(['content/articles/russia-china-alliance.txt', '--json']).stdout);
    expect(json.headline).toBe('Russia and China sign alliance');
    expect(json.facts.people).toContain('Vladimir Putin');
  });

  it('reads standard input and refuses a paywall page with a clear message', () => {
    const stdin = run(
      ['-'],
      'Officials opened the new bridge on Monday after two years of work. It cost $40 million.',
    );
    expect(stdin.status).toBe(0);
    expect(stdin.stdout).toContain('Officials opened the new bridge');
    const walled = run(['content/articles/paywalled-page.html']);
    expect(walled.status).toBe(1);
    expect(walled.stderr).toMatch(/paywall/);
  });
});
