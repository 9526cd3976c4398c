import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext, Logger } from '../../commands/command.js';
import { type ChannelRef, createEngine, loadConfig } from '../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';
import { subscriptionsOn } from '../scenarios/fixtures.js';

export interface TestContext {
  ctx: CommandContext;
  logged: { level: string; obj: object; msg?: string }[];
  close(): void;
}

/** A real engine and a real SQLite store in a temp dir, for one test. */
export function createTestContext(overrides: Partial<CommandContext> = {}): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-commands-'));
  const db = openDatabase(join(dir, 'test.db'));
  const config = loadConfig({
    NEWSBRIEF_ALLOW_PRIVATE_URLS: '1',
    NEWSBRIEF_DB: join(dir, 'test.db'),
  });
  const logged: TestContext['logged'] = [];
  const record =
    (level: string) =>
    (obj: object, msg?: string): void => {
      logged.push({ level, obj, ...(msg ? { msg } : {}) });
    };
  const log: Logger = {
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
  };
  const channel: ChannelRef = { platform: 'discord', channelId: 'c1', workspaceId: 'g1' };
  const articles = createSqliteArticleStore(db);
  const engine = createEngine({ config });
  const ctx: CommandContext = {
    engine,
    articles,
    subscriptions: subscriptionsOn(db, { articles, engine, config }),
    config,
    channel,
    user: { id: 'u1', name: 'tester', canManage: true },
    log,
    localRoots: [],
    ...overrides,
  };
  return {
    ctx,
    logged,
    close() {
      articles.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
