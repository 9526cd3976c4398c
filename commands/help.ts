import { z } from 'zod';
import type { Command, ReplyField } from './command.js';
import { defineCommand } from './command.js';
import { describeOptions, examplesOf } from './options.js';

export default defineCommand({
  name: 'help',
  description: 'What each command does, with examples',
  options: z.object({}),
  needs: {},
  async run() {
    // Imported when run, since the command list itself includes this command.
    const { commands } = await import('./index.js');
    return {
      kind: 'text',
      title: 'newsbrief commands',
      text: 'Briefs of news articles and answers quoted from them. Options are written name:value.',
      fields: commands.map(helpField),
      ephemeral: true,
    };
  },
});

function helpField(command: Command): ReplyField {
  const options = describeOptions(command.options).map(
    (option) =>
      `• ${option.name}${option.required ? '' : ' (optional)'}: ${option.description}${
        option.choices ? ` (${option.choices.join(', ')})` : ''
      }`,
  );
  const examples = examplesOf(command.name, command.options).map((example) => `  ${example}`);
  return {
    name: `/${command.name}`,
    value: [command.description, ...options, 'Examples:', ...examples].join('\n'),
  };
}
