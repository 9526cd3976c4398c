// What the subcommands that read one target share (ask, extract, feed, brief): `--json` and
// `--jsonl` read with the usage line on any mistake, and one outcome printed or explained.
import { parseArgs } from 'node:util';
import { NewsbriefError } from '../../src/index.js';

export interface JsonArgs {
  json: boolean;
  jsonl: boolean;
  positionals: string[];
}

/** `--json`, `--jsonl` and the positionals; undefined, with the usage printed, when wrong. */
export function readJsonArgs(argv: string[], usage: string): JsonArgs | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' } },
    });
    return { json: values.json ?? false, jsonl: values.jsonl ?? false, positionals };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}

export function usageError(usage: string): number {
  process.stderr.write(usage);
  return 2;
}

/** Prints what `work` makes (exit 0), or a mistake the user can act on (exit 1). */
export async function printOutcome(work: () => Promise<string>): Promise<number> {
  try {
    process.stdout.write(await work());
    return 0;
  } catch (error) {
    if (!(error instanceof NewsbriefError)) throw error;
    process.stderr.write(`newsbrief: ${error.message}\n`);
    return 1;
  }
}
