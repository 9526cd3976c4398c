import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scenarios/fixtures.js';

let dir: string;
let outside: string;
let run = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-console-'));
  outside = join(dir, 'outside.txt');
  writeFileSync(outside, 'Secret notes.\n\nNobody should read this file through the chat.');
  const extra = join(dir, 'my-articles');
  mkdirSync(extra);
  writeFileSync(
    join(extra, 'harbour.txt'),
    'Harbour reopens\n\nThe harbour reopened on Tuesday after a week of storms. Ferries resumed at noon.',
  );
  symlinkSync(outside, join(extra, 'escape.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const newsbriefChat = [process.execPath, join(repoRoot, 'bin', 'newsbrief.js'), 'chat'];

/** Pipes lines into `node bin/newsbrief.js chat`, as a script would, with a fresh database. */
function chat(
  lines: string[],
  [file = '', ...args] = newsbriefChat,
): Promise<{ code: number; stdout: string; stderr: string }> {
  run += 1;
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          NEWSBRIEF_DB: join(dir, `chat-${run}.db`),
          NEWSBRIEF_CONTENT_DIR: join(dir, 'my-articles'),
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(lines.map((line) => `${line}\n`).join(''));
  });
}

describe('the console chat as a process', () => {
  // One run of the issue's own script serves the two tests below.
  let scripted: Promise<{ code: number; stdout: string; stderr: string }>;
  beforeAll(() => {
    scripted = chat([
      '/brief content/articles/russia-china-alliance.txt',
      '/ask Who signed the agreement?',
    ]);
  });

  it('briefs a local article, answers about it in order, and exits at end of input', async () => {
    const { code, stdout } = await scripted;
    expect(code).toBe(0);
    const [brief = '', answer = ''] = stdout.split(/\n(?=Q: )/);
    expect(brief).toMatch(/^.+\ncontent\/articles\/russia-china-alliance\.txt · \d+ min read\n/);
    expect(brief).toMatch(/Russia and China/);
    expect(answer).toMatch(/^Q: Who signed the agreement\?\n/);
  });

  it('quotes the evidence and names the article in its answer (needs the real answerer)', async () => {
    const { stdout } = await scripted;
    expect(stdout).toMatch(/A: .*Jiang Zemin.*Vladimir Putin/);
    expect(stdout).toMatch(/“.*friendship agreement.*”/);
    expect(stdout).toMatch(/— from “/);
  });

  it('briefs the sample content when nothing has been seen yet', async () => {
    const { code, stdout } = await chat(['/brief']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^.+\ncontent\/articles\/[\w-]+\.(txt|html) · \d+ min read\n/);
  });

  it('reads from NEWSBRIEF_CONTENT_DIR too', async () => {
    const typed = join(dir, 'my-articles', 'harbour.txt');
    const { stdout } = await chat([`/brief ${typed}`]);
    // The path is shown as it was typed.
    expect(stdout.startsWith(`Harbour reopens\n${typed} · `)).toBe(true);
  });

  it('refuses paths outside its folders, symlinks that lead out and file: URLs', async () => {
    const { code, stdout } = await chat([
      '/brief ../package.json',
      '/brief /etc/hostname',
      `/brief ${join(dir, 'my-articles', 'escape.txt')}`,
      '/brief file:///etc/passwd',
      `/ask question:What is secret? url:${outside}`,
    ]);
    expect(code).toBe(0);
    const replies = stdout.trim().split(/\n\n/);
    expect(replies).toHaveLength(5);
    for (const reply of replies) expect(reply).toMatch(/^! /);
    expect(stdout).not.toMatch(/Secret notes|Nobody should/);
    expect(replies[3]).toMatch(/file:/);
  });

  it('reads like a chat: help for chatter, one command in /help brief, no Markdown markers', async () => {
    const { stdout } = await chat(['hello?', '/help brief', '/brief']);
    const help = stdout.indexOf('\n/brief\nSummarise');
    const brief = stdout.indexOf(' min read\n');
    expect(stdout).toMatch(/^Commands start with a slash/);
    expect(stdout).not.toMatch(/These articles don't say/);
    expect(help).toBeGreaterThan(0);
    expect(stdout.slice(help, brief)).not.toMatch(/\/ask|\/subscribe/);
    expect(stdout.slice(brief)).toMatch(/\n• /);
    expect(stdout).not.toMatch(/^#|\*\*|`|^\s*[-*] /m);
  });

  it('confirms a subscription before its sample story, with the path as typed', async () => {
    const { stdout } = await chat(['/subscribe content/feeds/politics.rss.xml']);
    const confirmed = stdout.indexOf('Subscribed to ');
    expect(confirmed).toBe(0);
    expect(stdout.indexOf('📰')).toBeGreaterThan(confirmed);
    expect(stdout).toContain('/unsubscribe feed:content/feeds/politics.rss.xml');
    expect(stdout).not.toContain(repoRoot);
  });

  it('is what `npm start` runs when no platform token is configured', async () => {
    const npmStart = [
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      join(repoRoot, 'adapters', 'main.ts'),
    ];
    const { code, stdout } = await chat(['/help'], npmStart);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^newsbrief commands\n/);
    expect(stdout).toMatch(/\/brief[\s\S]*\/ask[\s\S]*\/help/);
  });

  it('answers wrong options and unknown commands politely, without a stack trace', async () => {
    const { code, stdout, stderr } = await chat([
      '/brief length:enormous',
      '/frobnicate',
      '/ask',
      '/brief foo:bar',
      '/brief url:',
    ]);
    expect(code).toBe(0);
    expect(stdout.trim().split(/\n\n/)).toEqual([
      '! /brief: length must be short, standard or long, not "enormous". Try /help brief.',
      '! I don\'t know the command "frobnicate". Try /help.',
      '! /ask needs a question, e.g. /ask Who signed it? Try /help ask.',
      '! /brief: unknown option foo (options: url, text, topic, length). Try /help brief.',
      '! /brief: url needs a value, e.g. /brief url:https://example.com/news/story. Try /help brief.',
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });
});
