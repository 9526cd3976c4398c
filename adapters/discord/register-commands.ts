import { ApplicationCommandType, REST, Routes } from 'discord.js';
import type { Command } from '../../commands/command.js';
import { commandDefinitions, messageActions } from './definitions.js';

export interface RegisterSettings {
  token: string;
  appId: string;
  /** Registers to one guild (instant, for development) when set, else globally. */
  guildId?: string;
  /** The REST base, e.g. http://127.0.0.1:PORT/api for a stand-in. */
  api?: string;
}

export interface Registration {
  scope: 'guild' | 'global';
  /** Slash commands. */
  names: string[];
  /** Actions in a message's Apps menu, e.g. "Brief this message". */
  messageActions: string[];
}

const messageType: number = ApplicationCommandType.Message;

/** Replaces the application's slash commands with the current ones (a bulk overwrite). */
export async function registerCommands(
  commands: readonly Command[],
  settings: RegisterSettings,
): Promise<Registration> {
  const rest = new REST(settings.api ? { api: settings.api } : {}).setToken(settings.token);
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.appId, settings.guildId)
    : Routes.applicationCommands(settings.appId);
  const body = [...commandDefinitions(commands), ...messageActions(commands)];
  const saved = (await rest.put(route, { body })) as { name: string; type?: number }[];
  return {
    scope: settings.guildId ? 'guild' : 'global',
    names: saved.filter((c) => c.type !== messageType).map((c) => c.name),
    messageActions: saved.filter((c) => c.type === messageType).map((c) => c.name),
  };
}
