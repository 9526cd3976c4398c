// `newsbrief check --jsonl`: {id, article, summary} lines in, {id, support, unsupported} out, in
// order. A bad line gets {"id","error"} and the batch goes on.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { checkSummary } from '../../src/check/index.js';

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  article: z.string(),
  summary: z.string(),
});

export async function run(argv: string[]): Promise<number> {
  if (!argv.includes('--jsonl')) {
    process.stderr.write('usage: newsbrief check --jsonl < in.jsonl > out.jsonl\n');
    return 2;
  }
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(checkLine(raw))}\n`);
  }
  return 0;
}

function checkLine(raw: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const id = json && typeof json === 'object' && 'id' in json ? json.id : null;
  const parsed = lineSchema.safeParse(json);
  if (!parsed.success) return { id, error: parsed.error.issues[0]?.message ?? 'invalid line' };
  const { support, unsupported } = checkSummary(parsed.data.article, parsed.data.summary);
  return { id: parsed.data.id, support: Math.round(support * 1000) / 1000, unsupported };
}
