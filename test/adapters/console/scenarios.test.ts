import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleChannel, runConsoleChat } from '../../../adapters/console/chat.js';
import { createHeldOutput } from '../../../adapters/console/held-output.js';
import { createLocalFiles, localRootsOf } from '../../../adapters/console/local-files.js';
import type { Logger } from '../../../commands/command.js';
import { createEngine, loadConfig } from '../../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../../src/store/sqlite.js';
import { commandScenarios } from '../../scenarios/command-scenarios.js';
import {
  type ArticleServer,
  seedChannel,
  startArticleServer,
  subscriptionsOn,
  typedOf,
} from '../../scenarios/fixtures.js';

let pages: ArticleServer;
let dir: string;
beforeAll(async () => {
  pages = await startArticleServer();
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-console-scenarios-'));
});
afterAll(async () => {
  await pages.close();
  rmSync(dir, { recursive: true, force: true });
});

const quiet: Logger = { info() {}, warn() {}, error() {}, debug() {} };

/** The console's own wiring (line parsing, dispatch, text rendering) over in-memory streams. */
async function chatOnce(line: string, seen: readonly string[], db: string): Promise<string> {
  const config = loadConfig({ NEWSBRIEF_ALLOW_PRIVATE_URLS: '1', NEWSBRIEF_DB: db });
  const database = openDatabase(db);
  const articles = createSqliteArticleStore(database);
  const engine = createEngine({ config });
  await seedChannel(engine, articles, consoleChannel, seen);
  const localRoots = localRootsOf(undefined);
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  await runConsoleChat({
    engine,
    articles,
    config,
    log: quiet,
    localRoots,
    localFiles: createLocalFiles(localRoots, config.NEWSBRIEF_MAX_BYTES),
    subscriptions: subscriptionsOn(database, { articles, engine, config }),
    input: Readable.from([`${line}\n`]),
    output: createHeldOutput(output),
    interactive: false,
  });
  articles.close();
  return text;
}

function kindShown(text: string): string {
  if (/^.+\n.+ · \d+ min read\n/.test(text)) return 'brief';
  if (text.startsWith('Q: ')) return 'answer';
  if (text.startsWith('! ')) return 'error';
  return 'text';
}

describe('command scenarios in the console', () => {
  commandScenarios
    .filter((scenario) => !scenario.platforms || scenario.platforms.includes('console'))
    .forEach((scenario, index) => {
      const title = scenario.expect.needsRealAnswerer
        ? `${scenario.name} (needs the real answerer)`
        : scenario.name;
      it(title, async () => {
        const line = `/${scenario.command} ${typedOf(scenario, pages.urlOf('russia-china-alliance'))}`;
        const text = await chatOnce(line, scenario.seen ?? [], join(dir, `s${index}.db`));
        expect(kindShown(text)).toBe(scenario.expect.kind);
        // The same sentence, without the code marks a terminal would print literally.
        if (scenario.expect.message)
          expect(text).toBe(`! ${scenario.expect.message.replaceAll('`', '')}\n\n`);
        expect(text).not.toMatch(/^#|\*\*|`/m);
        for (const word of scenario.expect.includes ?? []) {
          expect(text.toLowerCase()).toContain(word.toLowerCase());
        }
      });
    });
});
