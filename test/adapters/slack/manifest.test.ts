import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest, manifestYaml } from '../../../adapters/slack/manifest.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the Slack app manifest', () => {
  it('is the typed manifest printed as YAML (regenerate with npx tsx adapters/slack/manifest.ts)', () => {
    const file = readFileSync(join(root, 'adapters', 'slack', 'manifest.yml'), 'utf8');
    expect(file).toBe(manifestYaml());
  });

  it('declares /brief, the bot scopes the app calls and the events it answers', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/brief']);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'commands',
        'chat:write',
        'app_mentions:read',
        'channels:history',
        'users:read',
        'channels:read',
      ]),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'message.channels',
      'message.groups',
    ]);
  });

  it('prints every scope and event into the YAML a user pastes into Slack', () => {
    const yaml = manifestYaml();
    for (const scope of manifest.oauth_config.scopes.bot) expect(yaml).toContain(`- "${scope}"`);
    for (const event of manifest.settings.event_subscriptions.bot_events)
      expect(yaml).toContain(`- "${event}"`);
    expect(yaml).toMatch(/^ {4}- command: "\/brief"$/m);
  });
});
