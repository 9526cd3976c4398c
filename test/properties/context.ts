import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext, Logger, Reply } from '../../commands/command.js';
import type { Fetcher } from '../../src/article/fetch-types.js';
import { createEngine, loadConfig, NewsbriefError } from '../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';

/** A fetcher that refuses every link, so hostile tests never reach any network. */
export const refusingFetcher: Fetcher = {
  async fetchText() {
    throw new NewsbriefError('fetch_refused', 'Tests fetch nothing.');
  },
};

export interface HostileContext {
  ctx: CommandContext;
  errors: object[];
  close(): void;
}

/** A real engine and SQLite store in a temp dir, with a fetcher that refuses everything. */
export function hostileContext(overrides: Partial<CommandContext> = {}): HostileContext {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-hostile-'));
  const db = openDatabase(join(dir, 'test.db'));
  const config = loadConfig({ NEWSBRIEF_DB: join(dir, 'test.db') });
  const errors: object[] = [];
  const quiet = (): void => {};
  const log: Logger = { info: quiet, debug: quiet, warn: quiet, error: (obj) => errors.push(obj) };
  const articles = createSqliteArticleStore(db);
  const ctx: CommandContext = {
    engine: createEngine({ config, fetcher: refusingFetcher }),
    articles,
    config,
    channel: { platform: 'discord', channelId: 'c1', workspaceId: 'g1' },
    user: { id: 'u1', name: 'tester', canManage: true },
    log,
    localRoots: [],
    ...overrides,
  };
  return {
    ctx,
    errors,
    close() {
      articles.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const kinds = new Set(['brief', 'answer', 'text', 'error']);

/** True when `reply` is a Reply an adapter can draw: a known kind with its required fields. */
export function isWellFormedReply(reply: unknown): reply is Reply {
  if (typeof reply !== 'object' || reply === null) return false;
  const value = reply as Record<string, unknown>;
  if (!kinds.has(String(value.kind))) return false;
  if (value.kind === 'error')
    return (
      typeof value.code === 'string' &&
      typeof value.message === 'string' &&
      value.message.length > 0
    );
  if (value.kind === 'text') return typeof value.text === 'string';
  if (value.kind === 'answer')
    return typeof value.question === 'string' && typeof value.answer === 'object';
  return typeof value.brief === 'object' && typeof value.articleId === 'string';
}
