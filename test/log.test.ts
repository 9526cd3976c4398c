import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger, redactSecrets, secretsOf } from '../src/log.js';

const discordToken = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
const signingSecret = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

function capture() {
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw += String(chunk);
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination, raw: () => raw };
}

describe('redactSecrets', () => {
  it('replaces known secret values and credential-shaped strings', () => {
    const text = `sig ${signingSecret}; token xoxb-1234567890-abcdefghij; app xapp-1-A0B1C2D3E4-xyz; ${discordToken}; Authorization: Bearer abcdefghijklmnop1234`;
    const clean = redactSecrets(text, [signingSecret]);
    expect(clean).not.toContain(signingSecret);
    expect(clean).not.toMatch(/xoxb-|xapp-|GaBcDe|abcdefghijklmnop1234/);
    expect(clean.match(/\[redacted\]/g)?.length).toBe(5);
  });

  it('leaves ordinary text and too-short "secrets" alone', () => {
    expect(redactSecrets('The council met on Tuesday.', ['met', ''])).toBe(
      'The council met on Tuesday.',
    );
  });
});

describe('createLogger', () => {
  it('never prints tokens, signing secrets or authorization headers', () => {
    const config = loadConfig({
      DISCORD_TOKEN: discordToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_BOT_TOKEN: 'xoxb-999-888-secretvalue',
    });
    const out = capture();
    const log = createLogger({ secrets: secretsOf(config), destination: out.destination });
    log.info({ config, headers: { authorization: 'Bot abc' }, token: 'plain-token-value' }, 'boot');
    log.warn({ request: { headers: { authorization: 'Bearer zzz', cookie: 'sid=1' } } }, 'req');
    log.error({ err: new Error(`login failed with ${discordToken}`) }, `retry ${signingSecret}`);
    log.info(`formatted ${'%s'}`, signingSecret);
    const raw = out.raw();
    for (const secret of [
      discordToken,
      signingSecret,
      'xoxb-999',
      'Bot abc',
      'Bearer zzz',
      'sid=1',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toContain('plain-token-value');
    expect(out.lines).toHaveLength(4);
    expect(out.lines[0]).toMatchObject({ msg: 'boot', token: '[redacted]' });
    expect(out.lines[2]).toMatchObject({ msg: 'retry [redacted]', level: 50 });
    expect(JSON.stringify(out.lines[2])).toContain('login failed with [redacted]');
  });

  it('keeps the useful context of a log line', () => {
    const out = capture();
    const log = createLogger({ level: 'debug', destination: out.destination });
    log.debug({ command: 'brief', when: new Date(0), ids: ['c1'] }, 'ran');
    expect(out.lines[0]).toMatchObject({
      command: 'brief',
      ids: ['c1'],
      msg: 'ran',
      when: new Date(0).toString(),
    });
  });

  it('reports bad configuration without echoing the values given', () => {
    const bad = 'xoxb-not-a-port-secret-value';
    expect(() => loadConfig({ SLACK_PORT: bad, NEWSBRIEF_LOG_LEVEL: signingSecret })).toThrow(
      /NEWSBRIEF_LOG_LEVEL[\s\S]*SLACK_PORT/,
    );
    try {
      loadConfig({ SLACK_PORT: bad, NEWSBRIEF_LOG_LEVEL: signingSecret });
    } catch (error) {
      expect(String(error)).not.toContain(bad);
      expect(String(error)).not.toContain(signingSecret);
    }
  });
});
