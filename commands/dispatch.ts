import { NewsbriefError } from '../src/index.js';
import type { Command, CommandContext, Reply } from './command.js';
import { commands } from './index.js';
import { readOptions } from './parse-text.js';
import { withoutCodes } from './subscription-text.js';
import { checkOptions } from './validate.js';

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name.replace(/^\//, '').toLowerCase());
}

/**
 * The one path from raw options to a Reply, shared by every adapter: check who may run it,
 * check the options against the command's own declaration, apply its limits, run it, and turn
 * every failure into a polite error.
 */
export async function dispatch(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) return unknownCommand(name);
  const refused = refusal(command, ctx);
  if (refused) return refused;
  const checked = checkOptions(command, rawOptions ?? {});
  if (!checked.ok) return badInput(command, checked.message);
  const limited = checkLimits(command, ctx);
  if (limited) return limited;
  try {
    return await command.run(ctx, checked.options);
  } catch (error) {
    if (error instanceof NewsbriefError) return errorReply(error.code, withoutCodes(error.message));
    ctx.log.error(
      { err: error, command: command.name, channel: ctx.channel, user: ctx.user.id },
      'command failed',
    );
    return errorReply(
      'internal',
      'Sorry, something went wrong on my side. Please try again in a moment.',
    );
  }
}

/** A command as typed in the console or Slack: `/brief url:https://…`, `/ask Who signed it?`. */
export async function dispatchText(
  name: string,
  text: string,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) return unknownCommand(name);
  const refused = refusal(command, ctx);
  if (refused) return refused;
  const read = readOptions(command, text);
  if (!read.ok) return badInput(command, read.message);
  return dispatch(command.name, read.options, ctx);
}

/** Why this person may not run the command here, before anything else is looked at. */
export function refusal(command: Command, ctx: CommandContext): Reply | undefined {
  if (!command.needs.manage || ctx.user.canManage) return undefined;
  return errorReply(
    'not_allowed',
    `Only people who can manage this server or channel can use /${command.name}.`,
  );
}

function badInput(command: Command, message: string): Reply {
  const stop = /[.?!]$/.test(message) ? '' : '.';
  return errorReply('bad_input', `${message}${stop} Try /help ${command.name}.`);
}

function unknownCommand(name: string): Reply {
  const shown = String(name)
    .replace(/[^\w/-]/g, '')
    .slice(0, 32);
  return errorReply('unknown_command', `I don't know the command "${shown}". Try /help.`);
}

/** Per-user and per-channel limits and the command's cooldown, when the adapter gave a limiter. */
function checkLimits(command: Command, ctx: CommandContext): Reply | undefined {
  if (!ctx.limiter) return undefined;
  const verdict = ctx.limiter.check({
    command: command.name,
    userKey: `${ctx.channel.platform}:${ctx.channel.workspaceId ?? ''}:${ctx.user.id}`,
    channelKey: `${ctx.channel.platform}:${ctx.channel.workspaceId ?? ''}:${ctx.channel.channelId}`,
    limited: command.needs.limited ?? false,
    ...(command.needs.cooldownSeconds ? { cooldownSeconds: command.needs.cooldownSeconds } : {}),
  });
  if (verdict.allowed) return undefined;
  return errorReply('rate_limited', verdict.message);
}

export function errorReply(code: string, message: string): Reply {
  return { kind: 'error', code, message, ephemeral: true };
}
