// `newsbrief brief <path|url|->`: a readable brief, or the Brief as JSON with --json.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ArticleInput,
  type Brief,
  type BriefLength,
  createEngine,
  isNewsbriefError,
  loadConfig,
  NewsbriefError,
} from '../../src/index.js';

const usage = 'usage: newsbrief brief <path|url|-> [--json] [--length short|standard|long]\n';
const lengths: readonly string[] = ['short', 'standard', 'long'];

export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const target = positionals[0];
  const length = values.length ?? 'standard';
  if (!target || positionals.length > 1 || !lengths.includes(length)) {
    process.stderr.write(usage);
    return 2;
  }
  try {
    const engine = createEngine({ config: loadConfig() });
    const { brief } = await engine.brief(await articleInput(target), {
      length: length as BriefLength,
    });
    process.stdout.write(values.json ? `${JSON.stringify(brief, null, 2)}\n` : render(brief));
    return 0;
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    process.stderr.write(`newsbrief: ${error.message}\n`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, length: { type: 'string' } },
  });
}

export function render(brief: Brief): string {
  const meta = [brief.dateline, `${brief.readingMinutes} min read`, brief.url ?? brief.source];
  const facts = Object.entries(brief.facts)
    .filter(([, values]) => values.length > 0)
    .map(([kind, values]) => `  ${kind[0]?.toUpperCase()}${kind.slice(1)}: ${values.join('; ')}`);
  return [
    brief.headline,
    meta.filter(Boolean).join(' · '),
    '',
    brief.lede,
    '',
    ...brief.points.map((point) => `• ${point}`),
    ...(facts.length ? ['', 'Key facts', ...facts] : []),
    '',
  ].join('\n');
}

const maxFileBytes = 5_000_000;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** What `brief <path|url|->` names: a link, standard input, or a file. */
async function articleInput(target: string): Promise<ArticleInput> {
  if (/^https?:\/\//i.test(target)) return { kind: 'url', url: target };
  if (target === '-') return { kind: 'text', text: await readStdin(), source: 'stdin' };
  const info = await stat(target).catch(() => undefined);
  if (!info?.isFile()) throw new NewsbriefError('not_found', `No such file: ${target}`);
  if (info.size > maxFileBytes)
    throw new NewsbriefError('too_large', `${target} is too large to brief.`);
  const text = await readFile(target, 'utf8');
  return /^\.x?html?$/i.test(extname(target))
    ? { kind: 'html', html: text, source: target }
    : { kind: 'text', text, source: target };
}
