import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext, LocalFiles, Logger } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import type { ArticleStore, ChannelRef, Config, Engine, Subscriptions } from '../../src/index.js';
import { escapeTerminal } from './escape.js';
import { parseLine } from './parse-line.js';
import { renderText } from './render.js';

export const consoleChannel: ChannelRef = { platform: 'console', channelId: 'console' };

export interface ConsoleChatDeps {
  engine: Engine;
  articles: ArticleStore;
  config: Config;
  log: Logger;
  localFiles: LocalFiles;
  localRoots: readonly string[];
  /** The subscription service; without it the subscription commands say they are off. */
  subscriptions?: Subscriptions;
  input: Readable;
  output: Writable;
  /** A person at a terminal: show a prompt and a greeting; else read a script line by line. */
  interactive: boolean;
}

/** The console chat: one command a line, each reply written before the next line is read. */
export async function runConsoleChat(deps: ConsoleChatDeps): Promise<void> {
  const ctx = consoleContext(deps);
  const lines = createInterface({
    input: deps.input,
    ...(deps.interactive ? { output: deps.output, prompt: 'newsbrief> ' } : {}),
    terminal: deps.interactive,
  });
  if (deps.interactive) {
    deps.output.write(
      'newsbrief console: type /help for the commands, /quit or Ctrl-D to leave.\n',
    );
    lines.prompt();
  }
  for await (const line of lines) {
    if (/^\/?(quit|exit)$/i.test(line.trim())) break;
    const parsed = parseLine(line);
    if (parsed) {
      const reply = await dispatch(parsed.name, parsed.options, ctx);
      deps.output.write(escapeTerminal(`${renderText(reply)}\n\n`));
    }
    if (deps.interactive) lines.prompt();
  }
  lines.close();
}

/** The console is its owner's own place: everything is allowed, and local files may be read. */
export function consoleContext(
  deps: Omit<ConsoleChatDeps, 'input' | 'output' | 'interactive'>,
): CommandContext {
  return {
    engine: deps.engine,
    articles: deps.articles,
    config: deps.config,
    log: deps.log,
    channel: consoleChannel,
    user: { id: 'console', name: 'you', canManage: true },
    localRoots: deps.localRoots,
    localFiles: deps.localFiles,
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
  };
}
