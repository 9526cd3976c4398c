import { z } from 'zod';
import { NewsbriefError } from '../src/index.js';
import type { Command, ReplyField } from './command.js';
import { defineCommand } from './command.js';
import { describeOptions } from './options.js';

export default defineCommand({
  name: 'help',
  description: 'What each command does, with examples',
  options: z.object({
    command: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .optional()
      .describe('One command to explain, e.g. brief'),
  }),
  needs: {},
  private: true,
  freeText: { option: 'command' },
  examples: ['/help', '/help brief'],
  async run(_ctx, { command: asked }) {
    // Imported when run, since the command list itself includes this command.
    const { commands } = await import('./index.js');
    if (asked) {
      const one = named(commands, asked);
      return {
        kind: 'text',
        title: `/${one.name}`,
        text: one.description,
        fields: details(one),
        ephemeral: true,
      };
    }
    return {
      kind: 'text',
      title: 'newsbrief commands',
      text: 'Briefs of news articles and answers quoted from them. Options are written name:value; /help <command> shows one.',
      fields: commands.map((command) => ({
        name: `/${command.name}`,
        value: [command.description, ...details(command).map(inline)].join('\n'),
      })),
      ephemeral: true,
    };
  },
});

function named(commands: readonly Command[], asked: string): Command {
  const wanted = asked.replace(/^\//, '').toLowerCase();
  const found = commands.find((c) => c.name === wanted || c.aliases?.includes(wanted));
  if (found) return found;
  const shown = asked.replace(/[^\w/-]/g, '').slice(0, 32);
  throw new NewsbriefError('not_found', `There is no command "${shown}". Try /help.`);
}

/** The options and examples of a command, as fields of their own. */
function details(command: Command): ReplyField[] {
  const options = describeOptions(command.options).map(
    (option) =>
      `• ${option.name}${option.required ? '' : ' (optional)'}: ${option.description}${
        option.choices ? ` (${option.choices.join(', ')})` : ''
      }`,
  );
  return [
    ...(options.length ? [{ name: 'Options', value: options.join('\n') }] : []),
    { name: 'Examples', value: command.examples.map((example) => `• ${example}`).join('\n') },
  ];
}

/** A field folded into the list of every command: options as they are, examples under a label. */
function inline(field: ReplyField): string {
  return field.name === 'Options' ? field.value : `${field.name}:\n${field.value}`;
}
