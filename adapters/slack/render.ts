import type { Reply } from '../../commands/command.js';
import type { Brief } from '../../src/index.js';
import { escapeSlackText } from './escape.js';
import { slackLimits, trimText } from './limits.js';

export type Block = { type: string; [key: string]: unknown };

export interface SlackMessage {
  /** The notification and screen-reader fallback; mrkdwn, escaped like the blocks. */
  text: string;
  blocks: Block[];
  ephemeral: boolean;
}

/**
 * Article text is data, never markup: `&`, `<` and `>` are escaped so `<!channel>`, `<!here>`
 * and `<@U…>` show as written and notify nobody. https://api.slack.com/reference/surfaces/formatting#escaping
 */
export const escapeText = escapeSlackText;

const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: trimText(text, slackLimits.sectionText) },
});
const context = (text: string): Block => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: trimText(text, slackLimits.contextText) }],
});

/** Draws a Reply as a Slack message within Block Kit's limits. */
export function renderReply(reply: Reply): SlackMessage {
  const ephemeral = reply.ephemeral ?? false;
  switch (reply.kind) {
    case 'brief':
      return message(
        'brief',
        briefBlocks(reply.brief),
        `${reply.brief.headline}: ${reply.brief.lede}`,
        ephemeral,
      );
    case 'answer':
      return answerMessage(reply, ephemeral);
    case 'text': {
      const blocks = [
        ...(reply.title ? [section(`*${escapeText(reply.title)}*`)] : []),
        section(escapeText(reply.text)),
        ...(reply.fields ?? [])
          .filter((field) => field.name.trim() && field.value.trim())
          .map((field) => section(`*${escapeText(field.name)}*\n${escapeText(field.value)}`)),
        ...hintBlocks(reply.hints),
      ];
      return message(
        'text',
        blocks,
        [reply.title, reply.text].filter(Boolean).join(': '),
        ephemeral,
      );
    }
    case 'error':
      return message(
        'error',
        [section(`:warning: ${escapeText(reply.message)}`)],
        reply.message,
        ephemeral,
      );
  }
}

function message(
  kind: Reply['kind'],
  blocks: Block[],
  fallback: string,
  ephemeral: boolean,
): SlackMessage {
  const [first, ...rest] = blocks.slice(0, slackLimits.blocks);
  return {
    text: trimText(escapeText(fallback), slackLimits.fallbackText),
    // The first block's id names the reply kind, for logs and tests reading a posted message.
    blocks: first ? [{ ...first, block_id: `newsbrief-${kind}` }, ...rest] : [],
    ephemeral,
  };
}

const factNames: [keyof Brief['facts'], string][] = [
  ['people', 'People'],
  ['organisations', 'Organisations'],
  ['places', 'Places'],
  ['dates', 'Dates'],
  ['money', 'Money'],
  ['numbers', 'Numbers'],
];

export function briefBlocks(brief: Brief): Block[] {
  const link = webLink(brief.url) ?? webLink(brief.source);
  const facts = factNames
    .filter(([key]) => brief.facts[key].length > 0)
    .map(([key, name]) => `*${name}:* ${escapeText(brief.facts[key].join(', '))}`);
  const where = link ? new URL(link).hostname.replace(/^www\./, '') : brief.source;
  return [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: trimText(escapeText(brief.headline) || 'Brief', slackLimits.header),
      },
    },
    ...(brief.lede ? [section(escapeText(brief.lede))] : []),
    ...(brief.points.length
      ? [section(`*Key points*\n${brief.points.map((p) => `• ${escapeText(p)}`).join('\n')}`)]
      : []),
    ...(facts.length ? [section(`*Key facts*\n${facts.join('\n')}`)] : []),
    ...(brief.checked ? [context(escapeText(brief.checked.note))] : []),
    context(
      [
        `Source: ${escapeText(where)}`,
        `${brief.readingMinutes} min read`,
        'Reply in this thread to ask about it',
      ].join(' · '),
    ),
    ...(link
      ? [
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                action_id: 'open_source',
                text: { type: 'plain_text', text: 'Read the article' },
                url: link,
              },
            ],
          },
        ]
      : []),
  ];
}

function answerMessage(reply: Extract<Reply, { kind: 'answer' }>, ephemeral: boolean) {
  const { answer } = reply;
  const question = context(`Q: ${escapeText(reply.question)}`);
  const quoted = escapeText(answer.evidence)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const from = answer.articleTitle ? `from “${escapeText(answer.articleTitle)}”` : '';
  if (answer.status === 'unsure') {
    const reason = answer.reason ?? "I'm not sure; the closest the article comes is:";
    const blocks = [question, section(escapeText(reason)), section(quoted)];
    return message(
      'answer',
      [...blocks, ...(from ? [context(from)] : []), ...hintBlocks(reply.hints)],
      `${reason} “${answer.evidence}”`,
      ephemeral,
    );
  }
  if (answer.kind !== 'answer') {
    const reason = answer.reason ?? "The article doesn't say.";
    return message('answer', [question, section(escapeText(reason))], reason, ephemeral);
  }
  return message(
    'answer',
    [
      question,
      section(`*${escapeText(answer.answer)}*`),
      section(quoted),
      ...(from ? [context(from)] : []),
      ...hintBlocks(reply.hints),
    ],
    `${answer.answer}: “${answer.evidence}”`,
    ephemeral,
  );
}

function hintBlocks(hints: string[] | undefined): Block[] {
  if (!hints?.length) return [];
  return [context(`Try: ${hints.map((hint) => `\`${escapeText(hint)}\``).join('  ')}`)];
}

function webLink(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) && value.length <= slackLimits.buttonUrl
    ? value
    : undefined;
}
