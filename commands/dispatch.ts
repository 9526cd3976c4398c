import { channelKey, checkOptionBounds, isNewsbriefError, limitMessage } from '../src/index.js';
import type { Command, CommandContext, Reply } from './command.js';
import { commands } from './index.js';

/** The commands that cost real work (fetching, summarising, answering): limited per user and channel. */
const limitedCommands = new Set(['brief', 'ask']);

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name.replace(/^\//, '').toLowerCase());
}

/**
 * The one path from raw options to a Reply, shared by every adapter: check its needs and the
 * option lengths, validate with the command's schema, apply the abuse limits, run it, and turn
 * every failure into a polite error.
 */
export async function dispatch(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) {
    const shown = String(name)
      .replace(/[^\w/-]/g, '')
      .slice(0, 32);
    return errorReply('unknown_command', `I don't know the command "${shown}". Try /help.`);
  }
  if (command.needs.manage && !ctx.user.canManage) {
    return errorReply(
      'not_allowed',
      `Only people who can manage this server or channel can use /${command.name}.`,
    );
  }
  const tooLong = checkOptionBounds(rawOptions ?? {});
  if (tooLong) return errorReply('bad_input', `/${command.name}: ${tooLong}.`);
  const parsed = command.options.safeParse(rawOptions ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
    );
    return errorReply(
      'bad_input',
      `/${command.name} didn't understand that: ${problems.join('; ')}. Try /help.`,
    );
  }
  const limited = checkLimits(command, ctx);
  if (limited) return limited;
  try {
    return await command.run(ctx, parsed.data);
  } catch (error) {
    if (isNewsbriefError(error)) return errorReply(error.code, error.message);
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

/** Per-user and per-channel limits and the command's cooldown, when the adapter gave a limiter. */
function checkLimits(command: Command, ctx: CommandContext): Reply | undefined {
  if (!ctx.limiter) return undefined;
  const verdict = ctx.limiter.check({
    command: command.name,
    userKey: `${ctx.channel.platform}:${ctx.channel.workspaceId ?? ''}:${ctx.user.id}`,
    channelKey: channelKey(ctx.channel),
    limited: limitedCommands.has(command.name),
    ...(command.needs.cooldownSeconds ? { cooldownSeconds: command.needs.cooldownSeconds } : {}),
  });
  if (verdict.allowed) return undefined;
  return errorReply('rate_limited', limitMessage(verdict.scope, verdict.retryAfterSeconds));
}

export function errorReply(code: string, message: string): Reply {
  return { kind: 'error', code, message, ephemeral: true };
}
