// `newsbrief summarize --jsonl`: one JSON object a line in, one out, in order. A bad line gets
// {"id","error"} and the batch goes on; on a terminal, progress and throughput go to stderr.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { type ArticleInput, createEngine, type Engine, loadConfig } from '../../src/index.js';

const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    maxWords: z.number().int().positive().optional(),
    maxSentences: z.number().int().positive().optional(),
  })
  .refine((line) => [line.text, line.html, line.url].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });

type Line = z.infer<typeof lineSchema>;

export async function run(argv: string[]): Promise<number> {
  if (!argv.includes('--jsonl')) {
    process.stderr.write('usage: newsbrief summarize --jsonl < in.jsonl > out.jsonl\n');
    return 2;
  }
  const engine = createEngine({ config: loadConfig() });
  const progress = process.stderr.isTTY ? createProgress() : undefined;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    const result = await summarizeLine(engine, raw);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    progress?.tick();
  }
  progress?.done();
  return 0;
}

async function summarizeLine(engine: Engine, raw: string): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const json: unknown = JSON.parse(raw);
    if (json && typeof json === 'object' && 'id' in json) id = json.id;
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) return { id, error: parsed.error.issues[0]?.message ?? 'invalid line' };
    const line = parsed.data;
    const { brief } = await engine.brief(toInput(line), {
      ...(line.maxWords ? { maxWords: line.maxWords } : {}),
      ...(line.maxSentences || line.maxWords
        ? { maxSentences: line.maxSentences ?? Number.MAX_SAFE_INTEGER }
        : {}),
      // A batch asks no questions.
      readAhead: false,
    });
    const { headline, lede, points, summary, facts } = brief;
    return { id: line.id, headline, lede, points, summary, facts };
  } catch (error) {
    if (error instanceof SyntaxError) return { id, error: 'not valid JSON' };
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

function toInput(line: Line): ArticleInput {
  if (line.url !== undefined) return { kind: 'url', url: line.url };
  if (line.html !== undefined) return { kind: 'html', html: line.html, source: String(line.id) };
  return {
    kind: 'text',
    text: line.text ?? '',
    source: String(line.id),
    ...(line.title ? { title: line.title } : {}),
  };
}

function createProgress() {
  const started = performance.now();
  let count = 0;
  let shown = 0;
  const show = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    process.stderr.write(`\r${count} articles, ${rate}/s`);
  };
  return {
    tick() {
      count++;
      if (performance.now() - shown > 250) {
        shown = performance.now();
        show();
      }
    },
    done() {
      show();
      process.stderr.write('\n');
    },
  };
}
