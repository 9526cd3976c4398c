// What a CLI argument `<path|url|->` names: a link, standard input, or a local file. The CLI is
// the machine owner's own tool, so any readable path is fine here (the chat is limited to content/).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type ArticleInput, NewsbriefError } from '../../src/index.js';

const maxFileBytes = 5_000_000;

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function articleInput(target: string): Promise<ArticleInput> {
  if (/^https?:\/\//i.test(target)) return { kind: 'url', url: target };
  if (target === '-') return { kind: 'text', text: await readStdin(), source: 'stdin' };
  const info = await stat(target).catch(() => undefined);
  if (!info?.isFile()) throw new NewsbriefError('not_found', `No such file: ${target}`);
  if (info.size > maxFileBytes)
    throw new NewsbriefError('too_large', `${target} is too large to read.`);
  const text = await readFile(target, 'utf8');
  return /^\.x?html?$/i.test(extname(target))
    ? { kind: 'html', html: text, source: target }
    : { kind: 'text', text, source: target };
}
