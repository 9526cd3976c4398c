// `newsbrief extract <path|url|->`: the article as newsbrief reads it (title, then paragraphs
// split by blank lines; --json for {id,title,text,byline?,published?,lang}). `newsbrief extract
// --jsonl`: {"id", "html"|"text"|"url"} lines in, the same objects out in order; a bad line or a
// page with no story gets {"id","error"} and the batch goes on.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import {
  type Article,
  type ArticleInput,
  createEngine,
  type Engine,
  loadConfig,
} from '../../src/index.js';
import { articleInput } from './input.js';
import { printOutcome, readJsonArgs, usageError } from './one-shot.js';

const usage =
  'usage: newsbrief extract <path|url|-> [--json]\n       newsbrief extract --jsonl < in.jsonl > out.jsonl\n';

export async function run(argv: string[]): Promise<number> {
  const args = readJsonArgs(argv, usage);
  if (!args) return 2;
  const { positionals } = args;
  if (args.jsonl) return positionals.length === 0 ? batch() : usageError(usage);
  const target = positionals[0];
  if (!target || positionals.length > 1) return usageError(usage);
  return printOutcome(async () => {
    const engine = createEngine({ config: loadConfig() });
    const { article } = await engine.brief(await articleInput(target));
    const record = describe(article, article.url ?? article.source);
    return args.json
      ? `${JSON.stringify(record, null, 2)}\n`
      : `${record.title}\n\n${record.text}\n`;
  });
}

interface Extracted {
  id: string | number;
  title: string;
  text: string;
  byline?: string;
  published?: string;
  lang: string;
}

function describe(article: Article, id: string | number): Extracted {
  return {
    id,
    title: article.title,
    text: article.text,
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.publishedAt ? { published: article.publishedAt } : {}),
    lang: article.lang ?? 'und',
  };
}

const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((line) => [line.text, line.html, line.url].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });

async function batch(): Promise<number> {
  const engine = createEngine({ config: loadConfig() });
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(await extractLine(engine, raw))}\n`);
  }
  return 0;
}

async function extractLine(engine: Engine, raw: string): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const json: unknown = JSON.parse(raw);
    if (json && typeof json === 'object' && 'id' in json) id = json.id;
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) return { id, error: parsed.error.issues[0]?.message ?? 'invalid line' };
    const line = parsed.data;
    const { article } = await engine.brief(toInput(line));
    return { ...describe(article, line.id) };
  } catch (error) {
    if (error instanceof SyntaxError) return { id, error: 'not valid JSON' };
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

function toInput(line: z.infer<typeof lineSchema>): ArticleInput {
  if (line.url !== undefined) return { kind: 'url', url: line.url };
  if (line.html !== undefined) return { kind: 'html', html: line.html, source: String(line.id) };
  return { kind: 'text', text: line.text ?? '', source: String(line.id) };
}
