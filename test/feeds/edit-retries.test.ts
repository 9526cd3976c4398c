import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdits, type EditDeps } from '../../src/feeds/edits.js';
import type { StoryPost } from '../../src/feeds/types.js';
import { type Destination, DestinationError, type Post } from '../../src/index.js';
import { openDatabase } from '../../src/store/sqlite.js';
import { createSqliteSubscriptionStore } from '../../src/store/sqlite-subscriptions.js';
import {
  betaCopyOfFive,
  bridgeItem,
  bridgeStory,
  storyFivePosted,
} from './support/bridge-story.js';
import { rss2 } from './support/feed-xml.js';
import { channel, start, useFeedHarness } from './support/harness.js';

const second = 1000;
const minute = 60 * second;

describe('edits of posted messages through the service', () => {
  const feeds = useFeedHarness();

  const item = bridgeItem(start);

  /** Alpha posts story 5 on its own; Beta then brings a copy, which is due as an edit. */
  async function copyArrives() {
    await storyFivePosted(feeds.server, feeds.h, channel('c1'), item);
    feeds.server.set('/b.xml', {
      kind: 'feed',
      body: rss2('Beta', [betaCopyOfFive(item), item(2)]),
    });
  }

  it('waits out rate limits without counting them as failures, then edits once', async () => {
    for (let i = 0; i < 7; i++)
      feeds.h.failNextEdit(
        new DestinationError('You are being rate limited.', { retryAfterMs: 20_000 }),
      );
    await copyArrives();
    const sentBefore = feeds.h.sent.length;
    await feeds.h.after(2 * minute);
    for (let round = 0; round < 7; round++) {
      await feeds.h.after(10 * second);
      expect(feeds.h.edits).toEqual([]);
      await feeds.h.after(11 * second);
    }
    expect(feeds.h.edits).toHaveLength(1);
    expect((feeds.h.edits[0]?.post as StoryPost | undefined)?.alsoReportedBy).toEqual(['Beta']);
    await feeds.h.after(10 * minute);
    expect(feeds.h.edits).toHaveLength(1);
    expect(feeds.h.sent).toHaveLength(sentBefore);
  });

  it('retries a failed edit after 30 s, then 60 s, and never posts the story again', async () => {
    feeds.h.failNextEdit(new Error('socket hang up'));
    feeds.h.failNextEdit(new Error('socket hang up'));
    await copyArrives();
    const sentBefore = feeds.h.sent.length;
    await feeds.h.after(2 * minute); // first try fails
    await feeds.h.after(25 * second);
    await feeds.h.after(10 * second); // 35 s: second try fails
    await feeds.h.after(50 * second);
    expect(feeds.h.edits).toEqual([]);
    await feeds.h.after(15 * second); // 100 s: 65 s after the second try, the third goes through
    expect(feeds.h.edits).toHaveLength(1);
    expect(feeds.h.sent).toHaveLength(sentBefore);
  });
});

const story = bridgeStory(start, []);

describe('edit jobs in the store', () => {
  const ch = channel('c9');
  let path: string;
  let db: ReturnType<typeof openDatabase>;
  let store: ReturnType<typeof createSqliteSubscriptionStore>;
  const clock = { now: start };
  const warnings: string[] = [];
  const tries: Post[] = [];
  let outcomes: (Error | undefined)[] = [];
  const destination: Destination = {
    platform: 'discord',
    send: async () => ({ messageId: 'unused' }),
    async edit(_channel, _messageId, post) {
      tries.push(post);
      const failure = outcomes.shift();
      if (failure) throw failure;
    },
  };
  const deps = (destinations: Destination[] = [destination]): EditDeps => ({
    store,
    destinations,
    now: () => clock.now,
    maxAttempts: 5,
    log: { warn: (_obj, msg) => void warnings.push(msg ?? '') },
  });

  /** A story the sender read, then posted; `between` runs after the read and before the claim. */
  function posted(between = () => {}): number {
    const id = store.record({
      channel: ch,
      kind: 'story',
      state: 'pending',
      payload: story,
      idempotencyKey: `k${clock.now}`,
      claims: ['g:bridge'],
      createdAt: clock.now,
    });
    expect(store.dueOutbox(clock.now, 10, ['discord']).map((row) => row.id)).toContain(id);
    between();
    expect(store.claimForSending(id ?? 0, clock.now, clock.now + minute)).toBe(true);
    store.markSent(id ?? 0, 'msg-1', clock.now);
    return id ?? 0;
  }

  beforeEach(() => {
    path = join(mkdtempSync(join(tmpdir(), 'newsbrief-edits-')), 'e.db');
    db = openDatabase(path);
    store = createSqliteSubscriptionStore(db);
    clock.now = start;
    warnings.length = 0;
    tries.length = 0;
    outcomes = [];
  });
  afterEach(() => db.close());

  it('gives up an edit after five failed tries and logs why, keeping the post as it is', async () => {
    const id = posted();
    store.addAlsoReported(id, 'Beta');
    outcomes = Array.from({ length: 9 }, () => new Error('Service Unavailable'));
    for (let i = 0; i < 9; i++) {
      await applyEdits(deps());
      clock.now += 2 * 3_600_000;
    }
    expect(tries).toHaveLength(5);
    expect(warnings.at(-1)).toBe('gave up editing a post: failed 5 times: Service Unavailable');
    expect(store.dueEdits(10, ['discord'], clock.now + 86_400_000)).toEqual([]);
  });

  it('gives up at once when the platform refuses, and tries again when another source comes', async () => {
    const id = posted();
    store.addAlsoReported(id, 'Beta');
    outcomes = [new DestinationError('Unknown Message', { permanent: true })];
    await applyEdits(deps());
    clock.now += 86_400_000;
    await applyEdits(deps());
    expect(tries).toHaveLength(1);
    expect(warnings).toEqual(['gave up editing a post: refused: Unknown Message']);
    store.addAlsoReported(id, 'Gamma');
    expect(await applyEdits(deps())).toBe(1);
    expect((tries.at(-1) as StoryPost).alsoReportedBy).toEqual(['Beta', 'Gamma']);
  });

  it('keeps a pending edit and its failed tries across a restart', async () => {
    const id = posted();
    store.addAlsoReported(id, 'Beta');
    outcomes = [new Error('ECONNRESET')];
    await applyEdits(deps());
    db.close();
    db = openDatabase(path);
    store = createSqliteSubscriptionStore(db);
    expect(store.dueEdits(10, ['discord'], clock.now)).toEqual([]);
    const [due] = store.dueEdits(10, ['discord'], clock.now + 30 * second);
    expect(due).toMatchObject({ id, messageId: 'msg-1', attempts: 1 });
    clock.now += 30 * second;
    expect(await applyEdits(deps())).toBe(1);
    expect(store.dueEdits(10, ['discord'], clock.now + 86_400_000)).toEqual([]);
  });

  it('edits a post whose source was added after the sender had read it', async () => {
    const id = posted(() =>
      store.addAlsoReported(
        store.channelClaim({ platform: 'discord', workspaceId: 'w1', channelId: 'c9' }, [
          'g:bridge',
        ])?.id ?? 0,
        'Beta',
      ),
    );
    expect(await applyEdits(deps())).toBe(1);
    expect((tries[0] as StoryPost).alsoReportedBy).toEqual(['Beta']);
    expect(store.dueEdits(10, ['discord'], clock.now)).toEqual([]);
    expect(id).toBeGreaterThan(0);
  });

  it('edits again when a source is added while an edit is on its way', async () => {
    const id = posted();
    store.addAlsoReported(id, 'Beta');
    const slow: Destination = {
      ...destination,
      async edit(c, m, post) {
        store.addAlsoReported(id, 'Gamma');
        await destination.edit?.(c, m, post);
      },
    };
    expect(await applyEdits(deps([slow]))).toBe(1);
    expect(await applyEdits(deps())).toBe(1);
    expect(tries.map((post) => (post as StoryPost).alsoReportedBy)).toEqual([
      ['Beta'],
      ['Beta', 'Gamma'],
    ]);
  });

  it('does not edit a post that was sent with the source already in it', async () => {
    posted();
    const id = store.record({
      channel: ch,
      kind: 'story',
      state: 'pending',
      payload: { ...story, title: 'Other' },
      idempotencyKey: 'k-other',
      claims: ['g:other'],
      createdAt: clock.now,
    });
    store.addAlsoReported(id ?? 0, 'Beta');
    const [row] = store.dueOutbox(clock.now, 10, ['discord']);
    expect((row?.payload as StoryPost | undefined)?.alsoReportedBy).toEqual(['Beta']);
    store.claimForSending(id ?? 0, clock.now, clock.now + minute);
    store.markSent(id ?? 0, 'msg-2', clock.now);
    expect(await applyEdits(deps())).toBe(0);
  });

  it('gives up an edit on a platform that cannot edit', async () => {
    const id = posted();
    store.addAlsoReported(id, 'Beta');
    const { edit: _, ...noEdit } = destination;
    await applyEdits(deps([noEdit]));
    expect(warnings).toEqual([
      'gave up editing a post: this platform cannot edit a posted message',
    ]);
    expect(store.dueEdits(10, ['discord'], clock.now + 86_400_000)).toEqual([]);
  });
});
