import { readdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { LocalFiles } from '../../commands/command.js';
import { type ArticleInput, NewsbriefError, readLocalArticleFile } from '../../src/index.js';

const twoUp = join(import.meta.dirname, '..', '..');
/** The folder holding content/, bin/ and package.json, wherever the chat is started from. */
export const packageRoot = basename(twoUp) === 'dist' ? dirname(twoUp) : twoUp;

export function localRootsOf(contentDir: string | undefined): string[] {
  return [join(packageRoot, 'content'), ...(contentDir ? [contentDir] : [])];
}

/**
 * Articles the console may read: files under the roots only (the engine's reader refuses
 * `..`, symlinks that lead out, file: URLs and anything but regular files).
 */
export function createLocalFiles(roots: readonly string[], maxBytes: number): LocalFiles {
  // Shown as the person typed it, wherever the chat was started from.
  async function read(path: string, source = path): Promise<ArticleInput> {
    const file = await readFrom(path).catch(async (error: unknown) => {
      // "content/articles/x.txt" also means the package's own content when started elsewhere.
      if (error instanceof NewsbriefError && error.code === 'not_found' && !isAbsolute(path)) {
        return readFrom(join(packageRoot, path)).catch(() => Promise.reject(error));
      }
      throw error;
    });
    return 'html' in file
      ? { kind: 'html', html: file.html, source }
      : { kind: 'text', text: file.text, source };
  }
  const readFrom = (path: string) => readLocalArticleFile(path, roots, maxBytes);
  return {
    read,
    async sample() {
      const folder = join(packageRoot, 'content', 'articles');
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
        /\.(txt|md|html?)$/i.test(name),
      );
      const first = names.sort()[0];
      return first ? read(join(folder, first), `content/articles/${first}`) : undefined;
    },
  };
}
