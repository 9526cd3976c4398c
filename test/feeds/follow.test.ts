import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { follow } from '../../adapters/console/follow.js';
import { createLocalFiles } from '../../adapters/console/local-files.js';
import { createEngine, createSubscriptions, loadConfig } from '../../src/index.js';
import { createSqliteArticleStore, openDatabase } from '../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';

const root = join(import.meta.dirname, '..', '..');
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

describe('chat --follow', () => {
  it('prints the sample of a local feed the console subscribed to, and stops when asked', async () => {
    const config = loadConfig({
      NEWSBRIEF_DB: join(mkdtempSync(join(tmpdir(), 'nb-follow-')), 'c.db'),
    });
    const db = openDatabase(config.NEWSBRIEF_DB);
    const articles = createSqliteArticleStore(db);
    const engine = createEngine({ config });
    const localRoots = [join(root, 'content')];
    const chat = createSubscriptions({
      store: createSqliteSubscriptionStore(db),
      articles,
      engine,
      config,
      localRoots,
    });
    const channel = { platform: 'console', channelId: 'console' } as const;
    await chat.subscribe(channel, { feed: 'content/feeds/tech.atom' });
    const printed: string[] = [];
    const stop = new AbortController();
    const running = follow({
      engine,
      articles,
      config,
      log: quiet,
      localFiles: createLocalFiles(localRoots, config.NEWSBRIEF_MAX_BYTES),
      channel,
      write: (text) => printed.push(text),
      signal: stop.signal,
      localRoots,
    });
    for (let i = 0; i < 100 && !printed.some((t) => t.startsWith('\n📰')); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    stop.abort();
    await running;
    const story = printed.find((t) => t.startsWith('\n📰')) ?? '';
    expect(story).toMatch(/Newsbrief Sample: Technology/);
    expect(story).toMatch(/tech-014\.txt/);
    expect(story.split('\n').filter((l) => l.startsWith('  • ')).length).toBeGreaterThan(0);
    expect(printed.filter((t) => t.startsWith('\n📰'))).toHaveLength(1);
    db.close();
  });
});
