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
