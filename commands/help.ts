// PLACEHOLDER (the commands issue 4 writes the real help).
import { z } from 'zod';
import { defineCommand } from './command.js';

export default defineCommand({
  name: 'help',
  description: 'What each command does, with examples',
  options: z.object({}),
  needs: {},
  async run() {
    return {
      kind: 'text',
      title: 'newsbrief',
      text: 'Commands: /brief, /ask, /help.',
      ephemeral: true,
    };
  },
});
