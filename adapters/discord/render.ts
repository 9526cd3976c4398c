import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Reply } from '../../commands/command.js';
import { type Brief, stripUnsafeCharacters } from '../../src/index.js';
import { type ButtonAction, customId, lengthsAround } from './custom-ids.js';
import { escapeDiscordText } from './escape.js';
import { discordLimits, type EmbedData, type EmbedField, fitEmbed, trimText } from './limits.js';

/** One colour per reply kind, so a reader tells a brief from an answer at a glance. */
export const embedColors = {
  brief: 0x2b6cb0,
  answer: 0x2f855a,
  abstain: 0x718096,
  text: 0x4a5568,
} as const;

export interface DiscordMessage {
  content?: string;
  embeds: EmbedData[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Article text can hold @everyone or <@id>: nothing a bot posts may ping. */
  allowedMentions: { parse: [] };
  ephemeral: boolean;
}

/** Draws a Reply as a Discord message; `articleKey` names the article in button ids. */
export function renderReply(reply: Reply, articleKey?: string): DiscordMessage {
  const base = { allowedMentions: { parse: [] as [] }, ephemeral: reply.ephemeral ?? false };
  switch (reply.kind) {
    case 'brief':
      return {
        ...base,
        embeds: [fitEmbed(briefEmbed(reply.brief, reply.hints))],
        components: articleKey ? [briefButtons(articleKey, reply.length ?? 'standard')] : [],
      };
    case 'answer':
      return { ...base, embeds: [fitEmbed(answerEmbed(reply))], components: [] };
    case 'text':
      return {
        ...base,
        embeds: [
          fitEmbed({
            title: reply.title,
            description: reply.text,
            color: embedColors.text,
            fields: [...(reply.fields ?? []), ...hintField(reply.hints)],
            ...(reply.url ? { url: reply.url } : {}),
          }),
        ],
        components: [],
      };
    case 'error':
      return {
        ...base,
        content: trimText(reply.message, discordLimits.content),
        embeds: [],
        components: [],
      };
  }
}

/** Text from the web shows as written: no markdown of its own, no control characters. */
const plain = escapeDiscordText;

function briefEmbed(brief: Brief, hints: string[] | undefined): EmbedData {
  const points = brief.points.map((point) => `• ${plain(point)}`).join('\n');
  const facts: [string, string[]][] = [
    ['People', brief.facts.people],
    ['Organisations', brief.facts.organisations],
    ['Places', brief.facts.places],
    ['Dates', brief.facts.dates],
    ['Money', brief.facts.money],
    ['Numbers', brief.facts.numbers],
  ];
  const minutes = `${brief.readingMinutes} min read`;
  return {
    title: plain(brief.headline) || 'Brief',
    ...(webLink(brief.url ?? brief.source) ? { url: brief.url ?? brief.source } : {}),
    description: [plain(brief.lede), points, brief.checked ? `-# ${plain(brief.checked.note)}` : '']
      .filter(Boolean)
      .join('\n\n'),
    color: embedColors.brief,
    fields: [
      ...facts
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => ({ name, value: plain(values.join(', ')), inline: true })),
      // The first hint suggests /ask, which the "Ask a question" button already offers.
      ...hintField(hints?.slice(1)),
    ],
    footer: {
      text: `${stripUnsafeCharacters(sourceLabel(brief.url ?? brief.source))} · ${minutes}`,
    },
  };
}

function answerEmbed(reply: Extract<Reply, { kind: 'answer' }>): EmbedData {
  const { answer } = reply;
  const title = answer.articleTitle ? `“${plain(answer.articleTitle)}”` : 'the article';
  const description =
    answer.kind === 'answer'
      ? `**${plain(answer.answer)}**\n\n${quote(plain(answer.evidence))}\n— from ${title}`
      : answer.status === 'unsure'
        ? `${plain(answer.reason ?? "I'm not sure; the closest the article comes is:")}\n\n${quote(plain(answer.evidence))}\n— from ${title}`
        : (answer.reason ?? 'The article does not say.');
  return {
    title: plain(reply.question),
    ...(reply.sourceUrl && webLink(reply.sourceUrl) ? { url: reply.sourceUrl } : {}),
    description,
    color: answer.kind === 'answer' ? embedColors.answer : embedColors.abstain,
    fields: hintField(reply.hints),
    footer: {
      text:
        answer.kind === 'answer'
          ? `Source: ${stripUnsafeCharacters(answer.articleTitle)}`
          : `Searched: ${stripUnsafeCharacters(answer.articleTitle)}`,
    },
  };
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function hintField(hints: string[] | undefined): EmbedField[] {
  if (!hints?.length) return [];
  return [{ name: 'Try', value: hints.map((hint) => `\`${hint}\``).join('\n') }];
}

function briefButtons(key: string, length: 'short' | 'standard' | 'long') {
  const { shorter, longer } = lengthsAround(length);
  const button = (
    action: ButtonAction,
    label: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary,
  ): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: customId(action, key),
    label,
    style,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('ask', 'Ask a question', ButtonStyle.Primary),
      ...(shorter ? [button(shorter, 'Shorter', ButtonStyle.Secondary)] : []),
      ...(longer ? [button(longer, 'Longer', ButtonStyle.Secondary)] : []),
    ],
  } satisfies APIActionRowComponent<APIButtonComponent>;
}

function webLink(value: string | undefined): boolean {
  return value !== undefined && /^https?:\/\//i.test(value) && value.length <= 2048;
}

function sourceLabel(source: string): string {
  if (!webLink(source)) return source;
  return new URL(source).hostname.replace(/^www\./, '');
}
