import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLocalArticleFile } from '../../src/article/local-file.js';
import { NewsbriefError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-local-'));
const root = join(dir, 'content');
const outside = join(dir, 'private');
mkdirSync(join(root, 'articles'), { recursive: true });
mkdirSync(outside);
mkdirSync(join(root, 'folder.txt'));
writeFileSync(join(root, 'articles', 'story.txt'), 'The council met on Tuesday.');
writeFileSync(join(root, 'page.html'), '<p>Hello</p>');
writeFileSync(join(root, 'big.txt'), 'a'.repeat(2_000));
writeFileSync(join(root, 'tool.sh'), 'echo hi');
writeFileSync(join(outside, 'secret.txt'), 'TOKEN=abc');
symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));
symlinkSync(outside, join(root, 'linked-dir'));
symlinkSync(join(root, 'articles', 'story.txt'), join(root, 'inside-link.txt'));
execFileSync('mkfifo', [join(root, 'pipe.txt')]);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>): Promise<NewsbriefError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NewsbriefError);
  return error as NewsbriefError;
}

describe('readLocalArticleFile', () => {
  it('reads a text file inside a root, by path relative to the root or absolute', async () => {
    const relativeRead = await readLocalArticleFile('articles/story.txt', [root]);
    expect(relativeRead).toEqual({
      path: join(root, 'articles', 'story.txt'),
      text: 'The council met on Tuesday.',
    });
    const absolute = await readLocalArticleFile(join(root, 'articles', 'story.txt'), [root]);
    expect(absolute).toEqual(relativeRead);
  });

  it('reads .html files as html and follows symlinks that stay inside', async () => {
    expect(await readLocalArticleFile('page.html', [root])).toMatchObject({ html: '<p>Hello</p>' });
    expect(await readLocalArticleFile('inside-link.txt', [root])).toMatchObject({
      text: 'The council met on Tuesday.',
    });
  });

  it.each([
    ['../private/secret.txt', 'fetch_refused', /'\.\.'/],
    ['articles/../../private/secret.txt', 'fetch_refused', /'\.\.'/],
    [join(outside, 'secret.txt'), 'fetch_refused', /outside the folders/],
    ['escape.txt', 'fetch_refused', /outside the folders/],
    ['linked-dir/secret.txt', 'fetch_refused', /outside the folders/],
    [`file://${join(root, 'page.html')}`, 'fetch_refused', /file: URLs/],
    ['https://example.com/a.html', 'fetch_refused', /file: URLs/],
    ['pipe.txt', 'fetch_refused', /regular file/],
    ['tool.sh', 'unsupported_content', /\.txt, \.md and \.html/],
    ['missing.txt', 'not_found', /couldn't find/],
  ])('refuses %s', async (path, code, message) => {
    const error = await refusal(readLocalArticleFile(path, [root]));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses a directory and a file over the size cap', async () => {
    expect((await refusal(readLocalArticleFile('folder.txt', [root]))).message).toMatch(
      /regular file/,
    );
    expect((await refusal(readLocalArticleFile('big.txt', [root], 1_000))).code).toBe('too_large');
  });

  it('reads from any of several roots, and from none when none is given', async () => {
    expect(await readLocalArticleFile('secret.txt', [root, outside])).toMatchObject({
      text: 'TOKEN=abc',
    });
    expect((await refusal(readLocalArticleFile(join(root, 'page.html'), []))).code).toBe(
      'fetch_refused',
    );
  });
});
