import type { Reply } from '../../commands/command.js';
import { type Brief, checkNote, stripUnsafeCharacters } from '../../src/index.js';

/**
 * Draws a Reply as plain text for a terminal: the same content as the Discord embeds, with
 * control characters removed so an article cannot send escape sequences to the terminal.
 */
export function renderText(reply: Reply): string {
  return stripUnsafeCharacters(draw(reply));
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
          : [answer.reason ?? 'The article does not say.'];
      return [`Q: ${reply.question}`, ...lines, ...hintLines(reply.hints)].join('\n');
    }
    case 'text':
      return [
        ...(reply.title ? [`## ${reply.title}`] : []),
        reply.text,
        ...(reply.url ? [reply.url] : []),
        ...(reply.fields ?? []).flatMap((field) => ['', `${field.name}`, indent(field.value)]),
        ...hintLines(reply.hints),
      ].join('\n');
    case 'error':
      return `! ${reply.message}`;
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
    .map(([label, values]) => `  ${label}: ${values.join(', ')}`);
  return [
    `# ${brief.headline}`,
    `${brief.url ?? brief.source} · ${brief.readingMinutes} min read`,
    '',
    brief.lede,
    ...(brief.points.length > 0 ? ['', ...brief.points.map((point) => ` • ${point}`)] : []),
    ...(facts.length > 0 ? ['', 'Key facts', ...facts] : []),
    ...(checkNote(brief) ? ['', `(${checkNote(brief)})`] : []),
  ];
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
