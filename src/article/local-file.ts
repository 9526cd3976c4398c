import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { NewsbriefError } from '../errors.js';

export type LocalArticleFile = { path: string; text: string } | { path: string; html: string };

const htmlExtensions = new Set(['.html', '.htm', '.xhtml']);
const textExtensions = new Set(['.txt', '.text', '.md', '.markdown']);

/**
 * Reads an article file for the console, only from inside `roots` (e.g. content/ and the folder
 * named by NEWSBRIEF_CONTENT_DIR): no `..`, no file: URLs, no symlink that leads out, regular
 * files only, at most `maxBytes`.
 */
export async function readLocalArticleFile(
  path: string,
  roots: readonly string[],
  maxBytes = 5_000_000,
): Promise<LocalArticleFile> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) {
    throw refused('Only plain file paths are read here, not links like file: URLs.');
  }
  if (path.split(/[\\/]/).includes('..')) throw refused("Paths with '..' in them aren't read.");
  const kind = kindOf(path);
  const real = await findInside(path, roots);
  // No-follow and non-blocking: a symlink swapped in after the check or a FIFO can't trap us.
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw refused('That is not a regular file.');
    if (stats.size > maxBytes) throw tooLarge(maxBytes);
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(maxBytes);
    const content = buffer.subarray(0, bytesRead).toString('utf8');
    return kind === 'html' ? { path: real, html: content } : { path: real, text: content };
  } finally {
    await handle.close();
  }
}

function kindOf(path: string): 'html' | 'text' {
  const extension = extname(path).toLowerCase();
  if (htmlExtensions.has(extension)) return 'html';
  if (textExtensions.has(extension)) return 'text';
  throw new NewsbriefError(
    'unsupported_content',
    'Only .txt, .md and .html files can be briefed from disk.',
  );
}

/** The file's real path (symlinks followed), tried against the working folder and each root. */
async function findInside(path: string, roots: readonly string[]): Promise<string> {
  const realRoots = (await Promise.all(roots.map((root) => realOrUndefined(resolve(root))))).filter(
    (root): root is string => root !== undefined,
  );
  const candidates = isAbsolute(path)
    ? [path]
    : [resolve(path), ...roots.map((root) => resolve(root, path))];
  let outside = false;
  for (const candidate of candidates) {
    const real = await realOrUndefined(candidate);
    if (real === undefined) continue;
    if (realRoots.some((root) => isWithin(real, root))) return real;
    outside = true;
  }
  if (outside) throw refused('That file is outside the folders newsbrief may read.');
  throw new NewsbriefError('not_found', `I couldn't find the file ${path.slice(0, 200)}.`);
}

function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

async function realOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

function refused(message: string): NewsbriefError {
  return new NewsbriefError('fetch_refused', message);
}

function tooLarge(maxBytes: number): NewsbriefError {
  return new NewsbriefError('too_large', `That file is larger than ${maxBytes} bytes.`);
}
