import type { webApi } from '@slack/bolt';
import type { Logger } from '../../commands/command.js';

/**
 * Who may manage a channel's subscriptions, from NEWSBRIEF_SLACK_MANAGERS: `admins` (workspace
 * admins and owners), `creator` (the channel's creator), `everyone`, and/or user ids.
 */
export interface ManagerPolicy {
  admins: boolean;
  creator: boolean;
  everyone: boolean;
  users: ReadonlySet<string>;
}

export function parseManagers(setting: string): ManagerPolicy {
  const words = setting
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  const lower = new Set(words.map((word) => word.toLowerCase()));
  return {
    admins: lower.has('admins'),
    creator: lower.has('creator'),
    everyone: lower.has('everyone'),
    users: new Set(words.filter((word) => /^[UW][A-Z0-9]+$/.test(word))),
  };
}

/**
 * Asks Slack, never the request, whether the user may manage: a slash command's payload says
 * nothing about roles, and users.info / conversations.info are the server's own answer.
 * Any failure means no.
 */
export async function canManage(
  client: webApi.WebClient,
  policy: ManagerPolicy,
  who: { userId: string; channelId: string },
  log: Logger,
): Promise<boolean> {
  if (policy.everyone || policy.users.has(who.userId)) return true;
  try {
    if (policy.admins) {
      const { user } = await client.users.info({ user: who.userId });
      if (user?.is_admin || user?.is_owner || user?.is_primary_owner) return true;
    }
    if (policy.creator) {
      const { channel } = await client.conversations.info({ channel: who.channelId });
      if (channel?.creator && channel.creator === who.userId) return true;
    }
  } catch (error) {
    log.warn({ err: error, user: who.userId, channel: who.channelId }, 'permission check failed');
  }
  return false;
}
