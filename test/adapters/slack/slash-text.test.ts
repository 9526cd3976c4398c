import { describe, expect, it } from 'vitest';
import { parseManagers } from '../../../adapters/slack/permissions.js';
import { parseSlashCommand, slackHint } from '../../../adapters/slack/slash-text.js';

describe('reading /brief text', () => {
  const cases: [string, string, string][] = [
    ['', 'brief', ''],
    ['https://example.com/news/story', 'brief', 'https://example.com/news/story'],
    ['<https://example.com/a?b=1&amp;c=2|example.com/a>', 'brief', 'https://example.com/a?b=1&c=2'],
    ['topic:kremlin length:short', 'brief', 'topic:kremlin length:short'],
    [
      'subscribe https://f.example.com/rss ukraine',
      'subscribe',
      'https://f.example.com/rss ukraine',
    ],
    [
      'Subscribe https://f.example.com/rss mode:daily',
      'subscribe',
      'https://f.example.com/rss mode:daily',
    ],
    ['unsubscribe 2', 'unsubscribe', '2'],
    ['list', 'subscriptions', ''],
    ['subscriptions', 'subscriptions', ''],
    ['help', 'help', ''],
    ['help brief', 'help', 'brief'],
    ['ask Who signed the agreement?', 'ask', 'Who signed the agreement?'],
    ['opml action:export', 'opml', 'action:export'],
    ['opml export', 'opml', 'export'],
  ];
  for (const [text, name, rest] of cases) {
    it(`reads "/brief ${text}" as /${name}`, () => {
      expect(parseSlashCommand('/brief', text)).toEqual({ name, text: rest });
    });
  }

  it('keeps pasted text that starts like a subcommand as text to brief', () => {
    for (const pasted of [
      'List of ministers named in the new cabinet on Tuesday',
      'Help is on the way for the flooded towns, officials said on Monday.',
    ])
      expect(parseSlashCommand('/brief', pasted)).toEqual({ name: 'brief', text: pasted });
  });

  it('runs another slash command by its own name', () => {
    expect(parseSlashCommand('/ask', 'question:Who signed it?')).toEqual({
      name: 'ask',
      text: 'question:Who signed it?',
    });
  });

  it('turns the shared commands’ hints into Slack subcommands', () => {
    expect(slackHint('/subscriptions')).toBe('/brief list');
    expect(slackHint('/unsubscribe feed:https://f.example.com/rss')).toBe(
      '/brief unsubscribe https://f.example.com/rss',
    );
    expect(slackHint('/brief url:https://a.example.com/x')).toBe('/brief https://a.example.com/x');
    expect(slackHint('/opml action:export')).toBe('/brief opml export');
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
