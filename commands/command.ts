import type { z } from 'zod';
import type {
  Answer,
  ArticleInput,
  ArticleStore,
  Brief,
  BriefLength,
  ChannelRef,
  CommandLimiter,
  Config,
  Engine,
  Subscriptions,
} from '../src/index.js';

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
  /** Seconds between uses per user; adapters enforce before `run`. */
  cooldownSeconds?: number;
}

export interface Command<Schema extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: Schema;
  needs: CommandNeeds;
  run(ctx: CommandContext, options: z.infer<Schema>): Promise<Reply>;
}

export function defineCommand<Schema extends z.ZodObject>(
  command: Command<Schema>,
): Command<Schema> {
  return command;
}
