import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../commands/command.js';
import { describeOptions, type OptionInfo } from '../../commands/options.js';
import { trimText } from './limits.js';

// https://discord.com/developers/docs/interactions/application-commands#application-command-object
const maxName = 32;
const maxDescription = 100;
const maxChoices = 25;
/** A string option holds at most 6,000 characters; longer limits are the command's own. */
const maxStringLength = 6_000;

const optionTypes = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

/** The slash commands Discord registers, read from each command's zod schema. */
export function commandDefinitions(
  commands: readonly Command[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(slashCommand);
}

/** "Brief this message" in a message's Apps menu; such a name may hold spaces and capitals. */
export function messageActions(
  commands: readonly Command[],
): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  return commands.flatMap((command) =>
    command.onMessage
      ? [{ type: ApplicationCommandType.Message, name: trimText(command.onMessage.label, maxName) }]
      : [],
  );
}

function slashCommand(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: commandName(command.name),
    description: trimText(command.description, maxDescription),
    // Discord requires required options before optional ones.
    options: describeOptions(command.options)
      .sort((a, b) => Number(b.required) - Number(a.required))
      .map(optionDefinition),
    ...(command.needs.manage
      ? { default_member_permissions: String(PermissionFlagsBits.ManageGuild) }
      : {}),
  };
}

function optionDefinition(option: OptionInfo): APIApplicationCommandOption {
  const base = {
    name: commandName(option.name),
    description: trimText(option.description, maxDescription),
    required: option.required,
  };
  if (option.type !== 'string') {
    return { ...base, type: optionTypes[option.type] } as APIApplicationCommandOption;
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String as const,
    ...(option.minLength ? { min_length: Math.min(option.minLength, maxStringLength) } : {}),
    ...(option.maxLength ? { max_length: Math.min(option.maxLength, maxStringLength) } : {}),
    ...(option.choices
      ? { choices: option.choices.slice(0, maxChoices).map((value) => ({ name: value, value })) }
      : {}),
  };
}

function commandName(name: string): string {
  const clean = name
    .toLowerCase()
    .replace(/[^-_\p{L}\p{N}]/gu, '_')
    .slice(0, maxName);
  if (!clean) throw new Error(`"${name}" cannot be a Discord command or option name`);
  return clean;
}
