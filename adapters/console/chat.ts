import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CommandContext, LocalFiles, Logger, Reply } from '../../commands/command.js';
import { dispatch, dispatchText } from '../../commands/dispatch.js';
import type { ArticleStore, ChannelRef, Config, Engine, Subscriptions } from '../../src/index.js';
import { escapeTerminal } from './escape.js';
import type { HeldOutput } from './held-output.js';
import { type ConsoleLine, parseLine } from './parse-line.js';
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
  /** Where replies go; stories delivered while a command runs wait until its reply is out. */
  output: HeldOutput;
  /** A person at a terminal: show a prompt and a greeting; else read a script line by line. */
  interactive: boolean;
}

const notACommand: Reply = {
  kind: 'text',
  text: [
    'Commands start with a slash, and questions with a question word. For example:',
    '• /brief content/articles/russia-china-alliance.txt',
    '• Who signed the agreement?',
    '• /help for every command',
  ].join('\n'),
  ephemeral: true,
};

/** The console chat: one command a line, each reply written before the next line is read. */
export async function runConsoleChat(deps: ConsoleChatDeps): Promise<void> {
  const ctx = consoleContext(deps);
  const { output } = deps;
  const lines = createInterface({
    input: deps.input,
    ...(deps.interactive ? { output: output.stream, prompt: 'newsbrief> ' } : {}),
    terminal: deps.interactive,
  });
  if (deps.interactive) {
    output.write('newsbrief console: type /help for the commands, /quit or Ctrl-D to leave.\n');
    lines.prompt();
  }
  for await (const line of lines) {
    if (/^\/?(quit|exit)$/i.test(line.trim())) break;
    const parsed = parseLine(line);
    if (parsed) {
      await output.answer(async () =>
        escapeTerminal(`${renderText(await replyTo(parsed, ctx))}\n\n`),
      );
    }
    if (deps.interactive) lines.prompt();
  }
  lines.close();
}

function replyTo(line: ConsoleLine, ctx: CommandContext): Promise<Reply> {
  if (line.kind === 'command') return dispatchText(line.name, line.text, ctx);
  if (line.kind === 'question') return dispatch('ask', { question: line.text }, ctx);
  return Promise.resolve(notACommand);
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
