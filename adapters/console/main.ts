import { pino } from 'pino';
import { type Config, createLogger } from '../../src/index.js';
import { logOutput } from '../log-output.js';
import { createServices } from '../services.js';
import { runConsoleChat } from './chat.js';
import { createConsoleDestination } from './destination.js';
import { startFollowing } from './follow-hook.js';
import { createHeldOutput } from './held-output.js';
import { createLocalFiles, localRootsOf } from './local-files.js';

export interface ConsoleOptions {
  /** Print new stories from the console's subscriptions as they arrive (`chat --follow`). */
  follow?: boolean;
}

/** Wires the console chat to stdin/stdout; logs go to stderr so replies stay clean. */
export async function startConsole(config: Config, options: ConsoleOptions = {}): Promise<void> {
  const log = createLogger({
    // A chat in a terminal should not be drowned in info lines unless asked for.
    level: process.env.NEWSBRIEF_LOG_LEVEL ? config.NEWSBRIEF_LOG_LEVEL : 'warn',
    config,
    destination: logOutput(process.stderr) ?? pino.destination(2),
  });
  const localRoots = localRootsOf(config.NEWSBRIEF_CONTENT_DIR);
  const services = createServices(config, log, localRoots);
  const output = createHeldOutput(process.stdout);
  services.subscriptions.addDestination(createConsoleDestination(output.write));
  const interactive = Boolean(process.stdin.isTTY);
  const deps = {
    ...services,
    localRoots,
    localFiles: createLocalFiles(localRoots, config.NEWSBRIEF_MAX_BYTES),
  };
  const following = options.follow
    ? await startFollowing(deps, output.stream, interactive)
    : undefined;
  try {
    await runConsoleChat({ ...deps, input: process.stdin, output, interactive });
    await following?.afterChat();
  } finally {
    await services.close();
  }
}
