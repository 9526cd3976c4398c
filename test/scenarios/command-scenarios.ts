// One table of command scenarios that every adapter (console, Discord, Slack) runs through its
// real wiring. Platform-neutral: raw options as a platform sends them, the expected reply shape,
// and words the rendered reply must contain. Import read-only.

export type ScenarioPlatform = 'console' | 'discord' | 'slack';

export interface CommandScenario {
  /** A behaviour sentence, used as the test name. */
  name: string;
  command: string;
  /** Raw option values as strings; `$ARTICLE_URL` stands for the sample article served on 127.0.0.1. */
  options: Record<string, string>;
  /** Articles (paths under content/articles) the channel has seen before, oldest first. */
  seen?: string[];
  /** Whether the asker may manage the server; adapters map it to their own permission. */
  canManage?: boolean;
  /** Limit a scenario to some platforms (default: all). */
  platforms?: ScenarioPlatform[];
  expect: {
    kind: 'brief' | 'answer' | 'text' | 'error';
    ephemeral: boolean;
    /** The error code, for kind 'error'. */
    code?: string;
    /** Case-insensitive words the rendered reply must contain. */
    includes?: string[];
    /**
     * True when the words only appear with the real answerer (issue 3) in place; the lead
     * baseline always abstains.
     */
    needsRealAnswerer?: boolean;
  };
}

export const sampleArticle = 'content/articles/russia-china-alliance.txt';

export const commandScenarios: readonly CommandScenario[] = [
  {
    name: 'briefs a web link with its headline',
    command: 'brief',
    options: { url: '$ARTICLE_URL' },
    expect: { kind: 'brief', ephemeral: false, includes: ['Russia and China'] },
  },
  {
    name: 'briefs the latest story the channel has seen when given nothing',
    command: 'brief',
    options: {},
    seen: [sampleArticle],
    expect: { kind: 'brief', ephemeral: false, includes: ['Russia and China'] },
  },
  {
    name: 'briefs the latest story about a topic the channel has seen',
    command: 'brief',
    options: { topic: 'itar-tass', length: 'short' },
    seen: [sampleArticle],
    expect: { kind: 'brief', ephemeral: false, includes: ['Russia and China'] },
  },
  {
    name: 'says so and suggests /subscribe when no story matches the topic',
    command: 'brief',
    options: { topic: 'volcano' },
    seen: [sampleArticle],
    expect: { kind: 'text', ephemeral: true, includes: ['volcano', '/subscribe'] },
  },
  {
    name: 'refuses a length that is not short, standard or long',
    command: 'brief',
    options: { url: '$ARTICLE_URL', length: 'huge' },
    expect: { kind: 'error', ephemeral: true, code: 'bad_input', includes: ['length'] },
  },
  {
    name: 'refuses file: links',
    command: 'brief',
    options: { url: 'file:///etc/passwd' },
    expect: { kind: 'error', ephemeral: true, code: 'fetch_refused', includes: ['file:'] },
  },
  {
    name: 'answers from the channel’s recent briefs and names the article',
    command: 'ask',
    options: { question: 'Who signed the agreement?' },
    seen: [sampleArticle],
    expect: { kind: 'answer', ephemeral: false, includes: ['Who signed the agreement?'] },
  },
  {
    name: 'quotes the evidence for who signed the treaty',
    command: 'ask',
    options: { question: 'Who signed the agreement?' },
    seen: [sampleArticle],
    expect: {
      kind: 'answer',
      ephemeral: false,
      includes: ['Jiang Zemin', 'Vladimir Putin', 'friendship agreement'],
      needsRealAnswerer: true,
    },
  },
  {
    name: 'asks for a question when none is given',
    command: 'ask',
    options: {},
    seen: [sampleArticle],
    expect: { kind: 'error', ephemeral: true, code: 'bad_input', includes: ['question'] },
  },
  {
    name: 'explains there is nothing to ask about in a channel with no briefs',
    command: 'ask',
    options: { question: 'Who signed the agreement?' },
    expect: { kind: 'text', ephemeral: true, includes: ['/brief'] },
  },
  {
    name: 'lists every command with examples in /help',
    command: 'help',
    options: {},
    expect: {
      kind: 'text',
      ephemeral: true,
      includes: [
        '/brief',
        '/ask',
        '/help',
        '/subscribe',
        '/unsubscribe',
        '/subscriptions',
        'Examples',
      ],
    },
  },
  {
    name: 'answers an unknown command politely and points to /help',
    command: 'frobnicate',
    options: {},
    expect: { kind: 'error', ephemeral: true, code: 'unknown_command', includes: ['/help'] },
  },
  {
    name: 'keeps subscription commands from members who may not manage the server',
    command: 'subscribe',
    options: {},
    canManage: false,
    platforms: ['discord', 'slack'],
    expect: { kind: 'error', ephemeral: true, code: 'not_allowed' },
  },
];
