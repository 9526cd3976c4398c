// PLACEHOLDER until the subscriptions issue (6) lands.
import { z } from 'zod';
import { defineCommand } from './command.js';

export default defineCommand({
  name: 'subscribe',
  description: 'Subscriptions (not enabled yet)',
  options: z.object({}).passthrough(),
  needs: { manage: true },
  async run() {
    return {
      kind: 'error',
      code: 'subscriptions_disabled',
      message: 'Subscriptions are not enabled on this bot yet.',
      ephemeral: true,
    };
  },
});
