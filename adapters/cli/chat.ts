// `newsbrief chat [--follow]`: the console chat. Its own main, so it loads .env itself.
import 'dotenv/config';
import { loadConfig, NewsbriefError } from '../../src/index.js';
import { startConsole } from '../console/main.js';

export async function run(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--follow');
  if (unknown.length > 0) {
    process.stderr.write(
      `newsbrief chat: unknown option ${unknown[0]}\nusage: newsbrief chat [--follow]\n`,
    );
    return 2;
  }
  try {
    await startConsole(loadConfig(process.env), { follow: argv.includes('--follow') });
    return 0;
  } catch (error) {
    if (!(error instanceof NewsbriefError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}
