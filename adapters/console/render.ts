import { sep } from 'node:path';
import type { Reply } from '../../commands/command.js';
import { type Brief, stripUnsafeCharacters } from '../../src/index.js';
import { packageRoot } from './local-files.js';

/**
 * Draws a Reply as plain text for a terminal, as a chat would show it: the same content as the
 * Discord embeds, no Markdown markers, one bullet style (•), and no control characters, so an
 * article cannot send escape sequences to the terminal.
 */
export function renderText(reply: Reply): string {
  return shownPaths(stripUnsafeCharacters(draw(reply)));
}

/**
 * Paths as people type them: `content/feeds/x.xml`, not where the folder happens to be (the
 * subscription service keeps full paths, so a feed is one feed wherever it was named from).
 */
export function shownPaths(text: string, roots = [process.cwd(), packageRoot]): string {
  return roots.reduce((shown, root) => shown.split(`${root}${sep}`).join(''), text);
}

function draw(reply: Reply): string {
  switch (reply.kind) {
    case 'brief':
      return [...briefLines(reply.brief), ...hintLines(reply.hints)].join('\n');
    case 'answer': {
      const { answer } = reply;
      const lines =
        answer.kind === 'answer'
          ? [
              `A: ${answer.answer}`,
              `   “${answer.evidence}”`,
              `   — from “${answer.articleTitle}”${reply.sourceUrl ? ` (${reply.sourceUrl})` : ''}`,
            ]
          : answer.status === 'unsure'
            ? [
                answer.reason ?? "I'm not sure; the closest the article comes is:",
                `   “${answer.evidence}”`,
                `   — from “${answer.articleTitle}”`,
              ]
            : [answer.reason ?? 'The article does not say.'];
      return [`Q: ${reply.question}`, ...lines, ...hintLines(reply.hints)].join('\n');
    }
    case 'text':
      return [
        ...(reply.title ? [reply.title] : []),
        plainText(reply.text),
        ...(reply.url ? [reply.url] : []),
        ...(reply.fields ?? []).flatMap((field) => [
          '',
          field.name,
          indent(plainText(field.value)),
        ]),
        ...hintLines(reply.hints),
      ].join('\n');
    case 'error':
      return `! ${plainText(reply.message)}`;
  }
}

const factLabels: Record<keyof Brief['facts'], string> = {
  people: 'People',
  organisations: 'Organisations',
  places: 'Places',
  dates: 'Dates',
  money: 'Money',
  numbers: 'Numbers',
};

function briefLines(brief: Brief): string[] {
  const facts = Object.entries(factLabels)
    .map(([key, label]) => [label, brief.facts[key as keyof Brief['facts']]] as const)
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `• ${label}: ${values.join(', ')}`);
  return [
    brief.headline,
    `${brief.url ?? brief.source} · ${brief.readingMinutes} min read`,
    '',
    brief.lede,
    ...(brief.points.length > 0 ? ['', ...brief.points.map((point) => `• ${point}`)] : []),
    ...(facts.length > 0 ? ['', 'Key facts', ...facts] : []),
    ...(brief.checked ? ['', `(${brief.checked.note})`] : []),
  ];
}

/** A terminal shows text as it is: code fences and emphasis markers would print literally. */
function plainText(text: string): string {
  return text
    .replace(/^```\w*\n?/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1');
}

function hintLines(hints: string[] | undefined): string[] {
  return hints?.length ? ['', `Try: ${hints.join('  |  ')}`] : [];
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
