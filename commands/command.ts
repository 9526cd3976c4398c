import type { z } from 'zod';
import type {
  Answer,
  Article,
  ArticleInput,
  ArticleStore,
  Brief,
  BriefLength,
  ChannelRef,
  Config,
  Engine,
  Subscriptions,
} from '../src/index.js';
import type { CommandLimiter } from './limits.js';

/** A labelled value under a reply, e.g. a key-facts group or a feed's health. */
export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

interface ReplyBase {
  /** Private to the asker (Discord ephemeral, Slack ephemeral/response_url, console: same). */
  ephemeral?: boolean;
  /** Follow-up suggestions, e.g. "/ask Who signed the treaty?". */
  hints?: string[];
}

/** What a command returns; each adapter's render.ts draws it. Never a platform object. */
export type Reply =
  | (ReplyBase & {
      kind: 'brief';
      brief: Brief;
      articleId: string;
      articleTitle: string;
      /** The length asked for, so an adapter can offer "Shorter"/"Longer". */
      length?: BriefLength;
    })
  | (ReplyBase & {
      kind: 'answer';
      question: string;
      answer: Answer;
      /** Where the answer came from, for "from <title>" and a link. */
      sourceUrl?: string;
    })
  | (ReplyBase & {
      kind: 'text';
      title?: string;
      text: string;
      fields?: ReplyField[];
      url?: string;
    })
  | (ReplyBase & {
      kind: 'error';
      /** A NewsbriefError code, or 'internal' for a fault that was only logged. */
      code: string;
      message: string;
    });

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export interface CommandContext {
  engine: Engine;
  articles: ArticleStore;
  config: Config;
  channel: ChannelRef;
  user: { id: string; name?: string; canManage: boolean };
  log: Logger;
  /** Local folders a `url` option may also name (the console only; empty elsewhere). */
  localRoots: readonly string[];
  /** The subscription service, when enabled (issue 6); undefined means "not enabled". */
  subscriptions?: Subscriptions;
  /** Abuse limits (per user, per channel, cooldowns) dispatch checks before `run`; none when absent. */
  limiter?: CommandLimiter;
  /** The article a thread or a button is about: /ask answers from it alone. */
  about?: Article;
  /** Reads local article files under `localRoots` (the console only). */
  localFiles?: LocalFiles;
}

/** Local articles the console may brief; paths outside the roots are refused. */
export interface LocalFiles {
  /** Throws NewsbriefError('fetch_refused') for a path outside the roots or not a file. */
  read(path: string): Promise<ArticleInput>;
  /** The sample article briefed when the console has seen nothing yet. */
  sample(): Promise<ArticleInput | undefined>;
}

export interface CommandNeeds {
  /** Only members who may manage the server / subscriptions. */
  manage?: boolean;
  /** Seconds between uses per user; dispatch enforces it before `run`. */
  cooldownSeconds?: number;
  /** Costs real work (fetching, summarising, answering): counted per user and per channel. */
  limited?: boolean;
}

/**
 * How text typed without `name:` fills the options, e.g. `/ask Who signed it?` (console and
 * Slack). `option` is the one it usually fills; `read` decides when it may fill others.
 */
export interface FreeText {
  option: string;
  read?: (text: string) => Partial<Record<string, string>>;
}

/** Everything about a command, in its own file: adapters, dispatch and /help read it from here. */
export interface Command<Schema extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  /** The options with their lengths; `.describe()` texts are the help and Discord's descriptions. */
  options: Schema;
  needs: CommandNeeds;
  /** Every reply is seen only by the asker (Discord defers privately, Slack answers ephemerally). */
  private?: boolean;
  freeText?: FreeText;
  /** Options of which at most one may be given, e.g. url, text and topic of /brief. */
  oneOf?: readonly string[];
  /** Other words Slack's `/brief <word>` accepts for it, e.g. `list` for /subscriptions. */
  aliases?: readonly string[];
  /**
   * Offered on any message, forwarded ones too (Discord's Apps menu, Slack's message shortcut):
   * `label` names the action, and the message's text fills `option`.
   */
  onMessage?: { label: string; option: string };
  /** As people type them; the first is what "needs a …, e.g." messages show. */
  examples: readonly string[];
  run(ctx: CommandContext, options: z.infer<Schema>): Promise<Reply>;
}

export function defineCommand<Schema extends z.ZodObject>(
  command: Command<Schema>,
): Command<Schema> {
  return command;
}
