// `newsbrief ask <path|url|-> "<question>"`: the answer and the sentence it comes from (--json
// for the Answer object). `newsbrief ask --jsonl`: {"id","context","question"} lines in,
// {"id","status","answer","evidence","confidence"} out (status: answered | unsure | not_found;
// answer is "" unless answered), in order; a bad line gets {"id","error"}.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { type Answer, createEngine, type Engine, loadConfig } from '../../src/index.js';
import { escapeTerminal } from '../console/escape.js';
import { articleInput } from './input.js';
import { printOutcome, readJsonArgs, usageError } from './one-shot.js';

/** Only the article is wanted here: no key facts, and the question is asked at once. */
const readOnly = { facts: false, readAhead: false } as const;

const usage =
  'usage: newsbrief ask <path|url|-> "<question>" [--json]\n       newsbrief ask --jsonl < in.jsonl > out.jsonl\n';

export async function run(argv: string[]): Promise<number> {
  const args = readJsonArgs(argv, usage);
  if (!args) return 2;
  const { positionals } = args;
  if (args.jsonl) return positionals.length === 0 ? batch() : usageError(usage);
  const [target, question] = positionals;
  if (!target || !question?.trim() || positionals.length > 2) return usageError(usage);
  return printOutcome(async () => {
    const engine = createEngine({ config: loadConfig() });
    const { article } = await engine.brief(await articleInput(target), readOnly);
    const answer = await engine.answer(question, [article]);
    return args.json ? `${JSON.stringify(answer, null, 2)}\n` : escapeTerminal(render(answer));
  });
}

export function render(answer: Answer): string {
  const source = answer.articleTitle ? `\n  — ${answer.articleTitle}` : '';
  if (answer.status === 'unsure') return `${answer.reason}\n\n  “${answer.evidence}”${source}\n`;
  if (answer.kind === 'abstain') return `${answer.reason ?? "The article doesn't say."}\n`;
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
    const { article } = await engine.brief(
      { kind: 'text', text: line.context, source: String(line.id) },
      readOnly,
    );
    const answer = await engine.answer(line.question, [article]);
    return {
      id: line.id,
      status: answer.status,
      answer: answer.answer,
      evidence: answer.evidence,
      confidence: answer.confidence,
    };
  } catch (error) {
    if (error instanceof SyntaxError) return { id, error: 'not valid JSON' };
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
