// `newsbrief brief <path|url|->`: a readable brief, or the Brief as JSON with --json.
import { parseArgs } from 'node:util';
import { type Brief, type BriefLength, createEngine, loadConfig } from '../../src/index.js';
import { escapeTerminal } from '../console/escape.js';
import { articleInput } from './input.js';
import { printOutcome } from './one-shot.js';

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
  return printOutcome(async () => {
    const engine = createEngine({ config: loadConfig() });
    // The process ends with the brief: nothing to read ahead for.
    const { brief } = await engine.brief(await articleInput(target), {
      length: length as BriefLength,
      readAhead: false,
    });
    return values.json ? `${JSON.stringify(brief, null, 2)}\n` : escapeTerminal(render(brief));
  });
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
