// `newsbrief ask <path|url|-> "<question>"`: the answer and the sentence it comes from (--json
// for the Answer object). `newsbrief ask --jsonl`: {"id","context","question"} lines in,
// {"id","answer","evidence","confidence"} out, in order; a bad line gets {"id","error"}.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  type Answer,
  createEngine,
  type Engine,
  isNewsbriefError,
  loadConfig,
} from '../../src/index.js';
import { articleInput } from './input.js';

const usage =
  'usage: newsbrief ask <path|url|-> "<question>" [--json]\n       newsbrief ask --jsonl < in.jsonl > out.jsonl\n';

export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.jsonl) return positionals.length === 0 ? batch() : usageError();
  const [target, question] = positionals;
  if (!target || !question?.trim() || positionals.length > 2) return usageError();
  try {
    const engine = createEngine({ config: loadConfig() });
    const article = await engine.load(await articleInput(target));
    const answer = await engine.answer(question, [article]);
    process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : render(answer));
    return 0;
  } catch (error) {
    if (!isNewsbriefError(error)) throw error;
    process.stderr.write(`newsbrief: ${error.message}\n`);
    return 1;
  }
}

function usageError(): number {
  process.stderr.write(usage);
  return 2;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
  });
}

export function render(answer: Answer): string {
  if (answer.kind === 'abstain') return `${answer.reason ?? "The article doesn't say."}\n`;
  const source = answer.articleTitle ? `\n  — ${answer.articleTitle}` : '';
  return `${answer.answer}\n\n  “${answer.evidence}”${source}\n`;
}

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  context: z.string().min(1),
  question: z.string().trim().min(1),
});

async function batch(): Promise<number> {
  const engine = createEngine({ config: loadConfig() });
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(await answerLine(engine, raw))}\n`);
  }
  return 0;
}

async function answerLine(engine: Engine, raw: string): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const json: unknown = JSON.parse(raw);
    if (json && typeof json === 'object' && 'id' in json) id = json.id;
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        id,
        error: issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid line',
      };
    }
    const line = parsed.data;
    const article = await engine.load({
      kind: 'text',
      text: line.context,
      source: String(line.id),
    });
    const answer = await engine.answer(line.question, [article]);
    return {
      id: line.id,
      answer: answer.answer,
      evidence: answer.evidence,
      confidence: answer.confidence,
    };
  } catch (error) {
    if (error instanceof SyntaxError) return { id, error: 'not valid JSON' };
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
