import type { MessageShortcut, RespondFn, webApi } from '@slack/bolt';
import { dispatch } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { channelOf, contextOf, type SlackDeps } from './context.js';
import { deliverReply } from './slash-command.js';

/** The manifest's message shortcuts: one per command that declares `onMessage`. */
export function messageShortcuts() {
  return commands.flatMap((command) =>
    command.onMessage
      ? [
          {
            name: command.onMessage.label,
            type: 'message' as const,
            callback_id: command.name,
            description: command.description.slice(0, 80),
          },
        ]
      : [],
  );
}

/** The text of a message, and of a message shared into it (Slack's forward). */
function textOf(message: MessageShortcut['message']): string {
  const attachments = (message.attachments ?? []) as { text?: string; fallback?: string }[];
  const shared = attachments.map((a) => a.text ?? a.fallback ?? '');
  return [message.text ?? '', ...shared].filter((text) => text.trim()).join('\n\n');
}

/** "Brief this message": the message's text fills the command's `onMessage` option. */
export async function runMessageShortcut(
  deps: SlackDeps,
  shortcut: MessageShortcut,
  respond: RespondFn,
  client: webApi.WebClient,
): Promise<void> {
  const command = commands.find((c) => c.name === shortcut.callback_id && c.onMessage);
  if (!command?.onMessage) return;
  const channel = channelOf(shortcut.channel.id, shortcut.team?.id);
  const text = textOf(shortcut.message);
  if (!text) {
    await respond({ response_type: 'ephemeral', text: 'That message has no text to brief.' });
    return;
  }
  const ctx = contextOf(deps, channel, { id: shortcut.user.id, canManage: false });
  const reply = await dispatch(command.name, { [command.onMessage.option]: text }, ctx);
  await deliverReply(deps, { channel, respond, client }, reply);
}
