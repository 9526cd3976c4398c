// `newsbrief feed <path|url|->`: every story newsbrief reads in a feed, in the order it would
// post new ones (--json for the FeedView). `newsbrief feed --jsonl`: {"id","url"} lines in,
// {"id","title","items"} or {"id","error"} lines out, in order.
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { type FeedView, fetchFeed, parseFeedBytes, viewFeed } from '../../src/feeds/inspect.js';
import type { ParsedFeed } from '../../src/feeds/types.js';
import { createEngine, loadConfig, NewsbriefError } from '../../src/index.js';
import { printOutcome, readJsonArgs, usageError } from './one-shot.js';

const usage =
  'usage: newsbrief feed <path|url|-> [--json]\n       newsbrief feed --jsonl < in.jsonl > out.jsonl\n';
const maxFileBytes = 20_000_000;
// Feeds read at once in a batch: each waits mostly on its server.
const batchWidth = 4;

export async function run(argv: string[]): Promise<number> {
  const args = readJsonArgs(argv, usage);
  if (!args) return 2;
  const { positionals } = args;
  if (args.jsonl) return positionals.length === 0 ? batch() : usageError(usage);
  const [target] = positionals;
  if (!target || positionals.length > 1) return usageError(usage);
  return printOutcome(async () => {
    const view = viewFeed(await readTarget(target, fetcher()));
    return args.json ? `${JSON.stringify(view, null, 2)}\n` : render(view);
  });
}

const fetcher = () => createEngine({ config: loadConfig() }).fetcher;

async function stdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A link is fetched; "-" is standard input; anything else a local file (the owner's own tool). */
async function readTarget(target: string, http: Fetcher): Promise<ParsedFeed> {
  if (/^https?:\/\//i.test(target)) return fetchFeed(target, http);
  if (target === '-') return parseFeedBytes(await stdinBytes());
  const info = await stat(target).catch(() => undefined);
  if (!info?.isFile()) throw new NewsbriefError('not_found', `No such file: ${target}`);
  if (info.size > maxFileBytes)
    throw new NewsbriefError('too_large', `${target} is too large to read.`);
  return parseFeedBytes(await readFile(target));
}

export function render(view: FeedView): string {
  const lines = [`${view.title || '(untitled feed)'} · ${view.items.length} stories`, ''];
  for (const item of view.items) {
    lines.push(item.title, [item.published, item.link].filter(Boolean).join(' · '));
    if (item.summary) lines.push(`  ${item.summary}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

const lineSchema = z.object({ id: z.union([z.string(), z.number()]), url: z.string().min(1) });

async function readLine(raw: string, http: Fetcher): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const json = JSON.parse(raw) as unknown;
    id = (json as { id?: unknown } | null)?.id ?? null;
    const line = lineSchema.parse(json);
    const view = viewFeed(await readTarget(line.url, http));
    return { id: line.id, title: view.title, items: view.items };
  } catch (error) {
    const message =
      error instanceof NewsbriefError
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    return { id, error: message };
  }
}

async function batch(): Promise<number> {
  const http = fetcher();
  const pending: Promise<Record<string, unknown>>[] = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const next = pending.shift();
      if (next) process.stdout.write(`${JSON.stringify(await next)}\n`);
    }
  };
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    pending.push(readLine(raw, http));
    await flush(batchWidth - 1);
  }
  await flush(0);
  return 0;
}
