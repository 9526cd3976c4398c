import { webApi } from '@slack/bolt';
import { Client } from 'discord.js';
import type { Config, Destination } from '../src/index.js';
import { createDiscordDestination } from './discord/destination.js';
import { createSlackDestination } from './slack/destination.js';

export interface WorkerDestinations {
  destinations: Destination[];
  close(): Promise<void>;
}

/** Test points: the platforms' API base URLs (stand-ins on 127.0.0.1). */
export interface WorkerApis {
  discordApi?: string;
  slackApiUrl?: string;
}

/**
 * A worker's way to the platforms: their REST APIs only. It never opens the Discord gateway
 * (that is the front's, or its shards') nor receives Slack events, so any number can run.
 */
export function workerDestinations(
  config: Config,
  apis: WorkerApis = { discordApi: config.DISCORD_API_URL, slackApiUrl: config.SLACK_API_URL },
): WorkerDestinations {
  const destinations: Destination[] = [];
  const closers: (() => Promise<void>)[] = [];
  if (config.DISCORD_TOKEN) {
    const client = new Client({
      intents: [],
      ...(apis.discordApi ? { rest: { api: apis.discordApi } } : {}),
    });
    client.token = config.DISCORD_TOKEN;
    client.rest.setToken(config.DISCORD_TOKEN);
    destinations.push(createDiscordDestination(client));
    closers.push(() => client.destroy());
  }
  if (config.SLACK_BOT_TOKEN) {
    const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
      ...(apis.slackApiUrl ? { slackApiUrl: apis.slackApiUrl } : {}),
    });
    destinations.push(createSlackDestination(client));
  }
  return {
    destinations,
    async close() {
      for (const close of closers) await close();
    },
  };
}
