import { isNewsbriefError } from '../src/index.js';
import type { Command, CommandContext, Reply } from './command.js';
import { commands } from './index.js';

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name.replace(/^\//, '').toLowerCase());
}

/**
 * The one path from raw options to a Reply, shared by every adapter: validate with the
 * command's schema, check its needs, run it, and turn every failure into a polite error.
 */
export async function dispatch(
  name: string,
  rawOptions: Record<string, unknown>,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) {
    return errorReply('unknown_command', `I don't know the command "${name}". Try /help.`);
  }
  if (command.needs.manage && !ctx.user.canManage) {
    return errorReply(
      'not_allowed',
      `Only people who can manage this server or channel can use /${command.name}.`,
    );
  }
  const parsed = command.options.safeParse(rawOptions);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
    );
    return errorReply(
      'bad_input',
      `/${command.name} didn't understand that: ${problems.join('; ')}. Try /help.`,
    );
  }
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

export function errorReply(code: string, message: string): Reply {
  return { kind: 'error', code, message, ephemeral: true };
}
