import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/index.js';

describe('loadConfig', () => {
  it('gives defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.NEWSBRIEF_DB).toBe('./data/newsbrief.db');
    expect(config.NEWSBRIEF_ALLOW_PRIVATE_URLS).toBe(false);
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('reports every bad variable at once, each with an example', () => {
    expect(() =>
      loadConfig({ NEWSBRIEF_POLL_SECONDS: 'often', NEWSBRIEF_ALLOW_PRIVATE_URLS: 'yes' }),
    ).toThrow(/NEWSBRIEF_POLL_SECONDS[^\n]*e\.g\. 300[\s\S]*NEWSBRIEF_ALLOW_PRIVATE_URLS/);
  });

  it('never echoes a secret in its error', () => {
    const attempt = () =>
      loadConfig({ DISCORD_TOKEN: 'super.secret.token', DISCORD_APP_ID: 'nope' });
    expect(attempt).toThrow(/DISCORD_APP_ID/);
    expect(attempt).not.toThrow(/super\.secret\.token/);
  });
});
