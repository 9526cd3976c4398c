import { describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../commands/command.js';
import { dispatch } from '../../commands/dispatch.js';
import { createEngine } from '../../src/index.js';
import { body, rss2 } from './support/feed-xml.js';
import { channel, useFeedHarness } from './support/harness.js';

const feeds = useFeedHarness();

const quiet = { info() {}, warn() {}, error() {}, debug() {} };
function ctx(canManage = true, withService = true): CommandContext {
  return {
    engine: createEngine({ config: feeds.h.config }),
    articles: feeds.h.articles,
    config: feeds.h.config,
    channel: channel('c1'),
    user: { id: 'u1', canManage },
    log: quiet,
    localRoots: [],
    ...(withService ? { subscriptions: feeds.h.service } : {}),
  };
}
const text = (reply: Reply) =>
  reply.kind === 'text'
    ? [reply.title, reply.text, ...(reply.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join(
        '\n',
      )
    : `${reply.kind}:${'code' in reply ? reply.code : ''}`;

describe('the subscription commands', () => {
  it('subscribe, list with health, export OPML and unsubscribe, for managers only', async () => {
    const story = {
      id: '1',
      title: 'Quay reopens',
      url: 'https://n.example/1',
      body: body('Hull'),
      date: '2026-11-29T11:00:00Z',
    };
    feeds.server.set('/q.xml', { kind: 'feed', body: rss2('Quay Post', [story]) });
    const feed = feeds.server.url('/q.xml');
    expect(text(await dispatch('subscribe', { feed }, ctx(false)))).toBe('error:not_allowed');
    expect(text(await dispatch('subscribe', { feed }, ctx(true, false)))).toBe(
      'error:subscriptions_disabled',
    );
    const subscribed = text(
      await dispatch(
        'subscribe',
        {
          feed,
          keywords: 'quay, -football',
          mode: 'daily',
          time: '7:30',
          timezone: 'Europe/Paris',
        },
        ctx(),
      ),
    );
    expect(subscribed).toMatch(
      /^Subscribed to Quay Post\n.*digest of the day's stories comes at 07:30 \(Europe\/Paris\)/,
    );
    expect(subscribed).toMatch(/Filters: only with "quay"; never with "football"/);
    expect(text(await dispatch('subscribe', { feed, time: '25:00' }, ctx()))).toBe(
      'error:bad_input',
    );
    expect(text(await dispatch('subscribe', { feed, timezone: 'Mars/Olympus' }, ctx()))).toBe(
      'error:bad_input',
    );
    feeds.server.set('/q.xml', { kind: 'status', status: 502 });
    await feeds.h.after(120_000);
    const listed = text(await dispatch('subscriptions', {}, ctx()));
    expect(listed).toMatch(
      /1\. Quay Post: .*q\.xml\ndaily at 07:30 Europe\/Paris; only with "quay"; never with "football"\n⚠️ 1 failed read in a row, last: [^\n]*HTTP 502[^\n]*; retrying 2026-11-29 12:03 UTC/,
    );
    const opml = text(await dispatch('opml', { action: 'export' }, ctx()));
    expect(opml).toContain(`xmlUrl="${feed}"`);
    expect(text(await dispatch('unsubscribe', { feed: '1' }, ctx()))).toMatch(
      /^Unsubscribed from Quay Post/,
    );
    expect(text(await dispatch('unsubscribe', { feed: '1' }, ctx()))).toBe('error:not_found');
    expect(text(await dispatch('subscriptions', {}, ctx()))).toMatch(/^No subscriptions/);
  });
});
