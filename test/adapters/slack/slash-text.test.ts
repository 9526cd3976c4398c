import { describe, expect, it } from 'vitest';
import { parseManagers } from '../../../adapters/slack/permissions.js';
import { parseSlashCommand, slackHint } from '../../../adapters/slack/slash-text.js';

describe('reading /brief text', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['', 'brief', {}],
    ['https://example.com/news/story', 'brief', { url: 'https://example.com/news/story' }],
    [
      '<https://example.com/a?b=1&amp;c=2|example.com/a>',
      'brief',
      { url: 'https://example.com/a?b=1&c=2' },
    ],
    [
      'https://example.com/x length:short',
      'brief',
      { url: 'https://example.com/x', length: 'short' },
    ],
    ['topic:kremlin length:short', 'brief', { topic: 'kremlin', length: 'short' }],
    [
      'subscribe https://feeds.example.com/rss.xml',
      'subscribe',
      { feed: 'https://feeds.example.com/rss.xml' },
    ],
    [
      'subscribe https://f.example.com/rss ukraine -football',
      'subscribe',
      { feed: 'https://f.example.com/rss', keywords: 'ukraine -football' },
    ],
    [
      'Subscribe https://f.example.com/rss mode:daily time:08:00',
      'subscribe',
      { feed: 'https://f.example.com/rss', mode: 'daily', time: '08:00' },
    ],
    ['unsubscribe https://f.example.com/rss', 'unsubscribe', { feed: 'https://f.example.com/rss' }],
    ['list', 'subscriptions', {}],
    ['help', 'help', {}],
    ['ask Who signed the agreement?', 'ask', { question: 'Who signed the agreement?' }],
  ];
  for (const [text, name, options] of cases) {
    it(`reads "/brief ${text}" as ${name}`, () => {
      expect(parseSlashCommand('/brief', text)).toEqual({ name, options });
    });
  }

  it('runs another slash command by its own name with name:value options', () => {
    expect(parseSlashCommand('/ask', 'question:Who signed it?')).toEqual({
      name: 'ask',
      options: { question: 'Who signed it?' },
    });
    expect(parseSlashCommand('/frobnicate', 'x')).toEqual({ name: 'frobnicate', options: {} });
  });

  it('turns the shared commands’ hints into Slack subcommands', () => {
    expect(slackHint('/subscriptions')).toBe('/brief list');
    expect(slackHint('/unsubscribe feed:https://f.example.com/rss')).toBe(
      '/brief unsubscribe https://f.example.com/rss',
    );
    expect(slackHint('/brief url:https://a.example.com/x')).toBe('/brief https://a.example.com/x');
  });
});

describe('who may manage subscriptions', () => {
  it('reads admins, creator, everyone and user ids', () => {
    const policy = parseManagers('admins, creator U0123ABCD');
    expect(policy).toMatchObject({ admins: true, creator: true, everyone: false });
    expect([...policy.users]).toEqual(['U0123ABCD']);
    expect(parseManagers('everyone').everyone).toBe(true);
  });
});
