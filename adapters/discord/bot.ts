import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { DiscordDeps } from './context.js';
import { createInteractionHandler } from './interactions.js';

export interface DiscordBotSettings extends DiscordDeps {
  /** The REST base, e.g. http://127.0.0.1:PORT/api for a stand-in; Discord's by default. */
  api?: string;
}

export interface DiscordBot {
  /** The logged-in client, for the subscription Destination that posts to channels. */
  client: Client;
  start(token: string): Promise<void>;
  stop(): Promise<void>;
}

/** The gateway bot. Slash commands arrive as interactions, so the Guilds intent is all it needs. */
export function createDiscordBot(settings: DiscordBotSettings): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(settings.api ? { rest: { api: settings.api } } : {}),
  });
  const handle = createInteractionHandler(settings);
  const track = settings.track ?? ((work) => work);
  client.on(Events.InteractionCreate, (interaction) => {
    void track(handle(interaction));
  });
  client.on(Events.Error, (error) => settings.log.error({ err: error }, 'discord client error'));
  return {
    client,
    async start(token) {
      // Listen before logging in: against a fast gateway `ready` can come first.
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      await client.login(token);
      await ready;
      settings.log.info({ user: client.user?.tag }, 'discord bot ready');
    },
    async stop() {
      await client.destroy();
    },
  };
}
