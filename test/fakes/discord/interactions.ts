// Gateway INTERACTION_CREATE payloads as Discord sends them, for the stand-in to dispatch.
import { PermissionFlagsBits } from 'discord.js';

let counter = 0;

export interface InteractionOptions {
  appId: string;
  guildId: string;
  channelId?: string;
  canManage?: boolean;
  userId?: string;
}

function base(type: number, options: InteractionOptions) {
  counter += 1;
  const id = String(700000000000000000n + BigInt(counter));
  const permissions = options.canManage
    ? String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages)
    : String(PermissionFlagsBits.SendMessages);
  const user = {
    id: options.userId ?? '800000000000000008',
    username: 'reader',
    discriminator: '0',
    avatar: null,
    global_name: 'Reader',
  };
  return {
    id,
    application_id: options.appId,
    type,
    token: `interaction-token-${counter}`,
    version: 1,
    guild_id: options.guildId,
    channel_id: options.channelId ?? '500000000000000005',
    channel: {
      id: options.channelId ?? '500000000000000005',
      type: 0,
      name: 'news',
      guild_id: options.guildId,
    },
    member: {
      user,
      roles: [],
      permissions,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': options.guildId },
    context: 0,
  };
}

/** A slash command with string options. */
export function chatInput(
  name: string,
  values: Record<string, string>,
  options: InteractionOptions,
) {
  return {
    ...base(2, options),
    data: {
      id: '900000000000000009',
      name,
      type: 1,
      options: Object.entries(values).map(([key, value]) => ({ name: key, type: 3, value })),
    },
  };
}

export function buttonPress(customId: string, options: InteractionOptions) {
  return {
    ...base(3, options),
    message: {
      id: '400000000000000001',
      channel_id: options.channelId ?? '500000000000000005',
      author: {
        id: options.appId,
        username: 'newsbrief',
        discriminator: '0',
        avatar: null,
        bot: true,
      },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

export function modalSubmit(customId: string, question: string, options: InteractionOptions) {
  return {
    ...base(5, options),
    data: {
      custom_id: customId,
      components: [{ type: 1, components: [{ type: 4, custom_id: 'question', value: question }] }],
    },
  };
}

/**
 * "Apps → <name>" on a message: a message command (type 3) whose target is resolved in the
 * payload. With `forwarded`, the message is a forward: empty itself, its text in a snapshot.
 */
export function messageAction(
  name: string,
  text: string,
  options: InteractionOptions & { forwarded?: boolean },
) {
  const channelId = options.channelId ?? '500000000000000005';
  // A new id each time: discord.js caches messages by id and would merge two targets.
  const targetId = String(410000000000000000n + BigInt(counter + 1));
  const content = {
    content: options.forwarded ? '' : text,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    type: 0,
    flags: options.forwarded ? 16384 : 0,
  };
  const forward = {
    message_reference: {
      type: 1,
      message_id: '410000000000000002',
      channel_id: '510000000000000001',
      guild_id: options.guildId,
    },
    message_snapshots: [{ message: { ...content, content: text, flags: 0 } }],
  };
  return {
    ...base(2, options),
    data: {
      id: '900000000000000010',
      name,
      type: 3,
      target_id: targetId,
      resolved: {
        messages: {
          [targetId]: {
            ...content,
            id: targetId,
            channel_id: channelId,
            author: {
              id: '800000000000000009',
              username: 'friend',
              discriminator: '0',
              avatar: null,
            },
            tts: false,
            mention_everyone: false,
            pinned: false,
            ...(options.forwarded ? forward : {}),
          },
        },
      },
    },
  };
}
