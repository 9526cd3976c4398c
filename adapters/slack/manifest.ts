import type { webApi } from '@slack/bolt';
import { messageShortcuts } from './message-shortcut.js';

export type SlackManifest = webApi.AppsManifestCreateArguments['manifest'];

/**
 * The Slack app newsbrief needs, typed with @slack/web-api's manifest type so a misspelt scope
 * or event fails the type-check. adapters/slack/manifest.yml is this object printed as YAML
 * (`npx tsx adapters/slack/manifest.ts > adapters/slack/manifest.yml`); a test keeps them equal.
 */
export const manifest = {
  display_information: {
    name: 'newsbrief',
    description: 'Briefs of news articles, and answers quoted from them.',
    background_color: '#2b6cb0',
  },
  features: {
    bot_user: { display_name: 'newsbrief', always_online: true },
    slash_commands: [
      {
        command: '/brief',
        // Slack only accepts https here; with Socket Mode it is not called.
        url: 'https://newsbrief.example.com/slack/events',
        description: 'Brief a news article, or manage this channel’s feeds',
        usage_hint:
          '<link or pasted text> | ask <question> | subscribe <feed> | unsubscribe <feed> | list | opml export | help [command]',
        should_escape: false,
      },
    ],
    // "Brief this message" on any message, shared ones too.
    shortcuts: messageShortcuts(),
  },
  oauth_config: {
    scopes: {
      bot: [
        'commands',
        'chat:write',
        'app_mentions:read',
        'channels:history',
        'groups:history',
        // Reads back the key a post carries, to tell after a crash whether it went out.
        'metadata.message:read',
        'channels:read',
        'groups:read',
        'users:read',
      ],
    },
  },
  settings: {
    event_subscriptions: {
      request_url: 'https://newsbrief.example.com/slack/events',
      bot_events: ['app_mention', 'message.channels', 'message.groups'],
    },
    interactivity: { is_enabled: true, request_url: 'https://newsbrief.example.com/slack/events' },
    org_deploy_enabled: false,
    socket_mode_enabled: false,
    token_rotation_enabled: false,
  },
} satisfies SlackManifest;

/** YAML for the manifest: JSON strings are valid YAML scalars, so only the layout is ours. */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const nested = typeof item === 'object' && item !== null;
        return nested
          ? `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`
          : `${indent}- ${JSON.stringify(item)}`;
      })
      .join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, item]) =>
        typeof item === 'object' && item !== null
          ? `${indent}${key}:\n${toYaml(item, `${indent}  `)}`
          : `${indent}${key}: ${JSON.stringify(item)}`,
      )
      .join('\n');
  }
  return `${indent}${JSON.stringify(value)}`;
}

export function manifestYaml(): string {
  return `# Generated from adapters/slack/manifest.ts; create the Slack app from this file.\n${toYaml(manifest)}\n`;
}

if (process.argv[1]?.endsWith('adapters/slack/manifest.ts')) process.stdout.write(manifestYaml());
