import { describe, expect, it } from 'vitest';
import { startHealthServer } from '../../adapters/health.js';
import { loadConfig } from '../../src/index.js';

describe('NEWSBRIEF_HOST', () => {
  it('defaults to 127.0.0.1, so a fresh install listens only where a local reverse proxy reaches it', () => {
    expect(loadConfig({}).NEWSBRIEF_HOST).toBe('127.0.0.1');
    expect(loadConfig({ NEWSBRIEF_HOST: '0.0.0.0' }).NEWSBRIEF_HOST).toBe('0.0.0.0');
    expect(() => loadConfig({ NEWSBRIEF_HOST: 'http://0.0.0.0/' })).toThrow(/NEWSBRIEF_HOST/);
  });

  it('is where /healthz listens', async () => {
    const host = loadConfig({}).NEWSBRIEF_HOST;
    const server = await startHealthServer({
      port: 0,
      host,
      checks: { adapters: () => ({ slack: 'up' }), database: () => true },
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
      expect((await fetch(server.url)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
