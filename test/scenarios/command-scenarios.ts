// One table of command scenarios that every adapter (console, Discord, Slack) runs through its
// real wiring. Platform-neutral: raw options as a platform sends them, the expected reply shape,
// and words the rendered reply must contain. Import read-only.

export type ScenarioPlatform = 'console' | 'discord' | 'slack';

export interface CommandScenario {
  /** A behaviour sentence, used as the test name. */
  name: string;
  command: string;
  /**
   * Option values as Discord sends them; `$ARTICLE_URL` stands for the sample article served on
   * 127.0.0.1. The console and Slack type them as `name:value` unless `typed` is given.
   */
  options: Record<string, string>;
  /** What a console or Slack user types after the command, when not `name:value` of `options`. */
  typed?: string;
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
    /** The exact sentence every platform shows (an error's message). */
    message?: string;
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

/** A fictional story, written for these tests: no outlet published it. */
export const pastedStory =
  'Harbour reopens after storms. The harbour at Port Ellin reopened on Tuesday after a week of storms closed it to shipping. Ferries to the outer islands resumed at noon, the port authority said. About forty fishing boats had waited in the bay for the weather to clear. The authority said repairs to the north pier would take another month.';

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
    name: 'briefs pasted article text as well as a link',
    command: 'brief',
    options: { text: pastedStory },
    typed: pastedStory,
    expect: { kind: 'brief', ephemeral: false, includes: ['harbour', 'Port Ellin'] },
  },
  {
    name: 'refuses a length that is not short, standard or long',
    command: 'brief',
    options: { url: '$ARTICLE_URL', length: 'huge' },
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/brief: length must be short, standard or long, not "huge". Try /help brief.',
    },
  },
  {
    name: 'names an unknown option and the options there are',
    command: 'brief',
    options: { foo: 'bar' },
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/brief: unknown option `foo` (options: url, text, topic, length). Try /help brief.',
    },
  },
  {
    name: 'asks for a value when an option is left empty',
    command: 'brief',
    options: { url: '' },
    typed: 'url:',
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message:
        '/brief: url needs a value, e.g. /brief url:https://example.com/news/story. Try /help brief.',
    },
  },
  {
    name: 'refuses a link and a topic together instead of ignoring one',
    command: 'brief',
    options: { url: '$ARTICLE_URL', topic: 'china' },
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/brief: give either url or topic, not both. Try /help brief.',
    },
  },
  {
    name: 'refuses an option typed twice instead of keeping the last',
    command: 'brief',
    options: {},
    typed: 'url:https://a.example.com/x url:https://b.example.com/y',
    platforms: ['console', 'slack'],
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/brief: give url only once. Try /help brief.',
    },
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
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/ask needs a question, e.g. /ask Who signed it? Try /help ask.',
    },
  },
  {
    name: 'takes a question typed without its option name',
    command: 'ask',
    options: { question: 'Who signed the agreement?' },
    typed: 'Who signed the agreement?',
    seen: [sampleArticle],
    expect: { kind: 'answer', ephemeral: false, includes: ['Who signed the agreement?'] },
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
        '/opml',
        'Examples',
      ],
    },
  },
  {
    name: 'explains one command with /help brief',
    command: 'help',
    options: { command: 'brief' },
    typed: 'brief',
    expect: { kind: 'text', ephemeral: true, includes: ['/brief', 'pasted', 'Examples'] },
  },
  {
    name: 'exports the channel’s feeds as OPML',
    command: 'opml',
    options: { action: 'export' },
    expect: { kind: 'text', ephemeral: true, includes: ['OPML', 'opml version'] },
  },
  {
    name: 'refuses a question too short to be one',
    command: 'ask',
    options: { question: 'Hi' },
    seen: [sampleArticle],
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/ask: question is too short (at least 3 characters). Try /help ask.',
    },
  },
  {
    name: 'says there is no such command to explain',
    command: 'help',
    options: { command: 'frob' },
    typed: 'frob',
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'not_found',
      message: 'There is no command "frob". Try /help.',
    },
  },
  {
    name: 'asks for the feed to subscribe to',
    command: 'subscribe',
    options: {},
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message:
        '/subscribe needs a feed, e.g. /subscribe https://feeds.bbci.co.uk/news/rss.xml. Try /help subscribe.',
    },
  },
  {
    name: 'shows the form a digest time takes',
    command: 'subscribe',
    options: { feed: 'https://feeds.example.com/rss.xml', mode: 'daily', time: '8am' },
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/subscribe: time should look like 08:00. Try /help subscribe.',
    },
  },
  {
    name: 'says the channel does not follow a feed it is asked to drop',
    command: 'unsubscribe',
    options: { feed: '2' },
    typed: '2',
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'not_found',
      message: 'This channel does not follow "2". /subscriptions lists what it follows.',
    },
  },
  {
    name: 'says a channel follows no feeds yet',
    command: 'subscriptions',
    options: {},
    expect: { kind: 'text', ephemeral: true, includes: ['No subscriptions', '/subscribe'] },
  },
  {
    name: 'names the OPML actions there are',
    command: 'opml',
    options: { action: 'frob' },
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: '/opml: action must be export or import, not "frob". Try /help opml.',
    },
  },
  {
    name: 'asks for the OPML to import',
    command: 'opml',
    options: { action: 'import' },
    typed: 'import',
    expect: {
      kind: 'error',
      ephemeral: true,
      code: 'bad_input',
      message: 'Give a link to an OPML file, or paste it.',
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
