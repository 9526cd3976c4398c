import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logOutput, readable } from '../../adapters/log-output.js';
import { explainStartFailure } from '../../adapters/start-up.js';
import { createLogger, loadConfig } from '../../src/index.js';

describe('log lines', () => {
  it('stay JSON when nobody reads them on a terminal', () => {
    expect(logOutput(new PassThrough())).toBeUndefined();
  });

  it('read as one plain line each on a terminal, secrets still redacted', () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true });
    let shown = '';
    terminal.on('data', (chunk: Buffer) => {
      shown += chunk.toString();
    });
    const output = logOutput(terminal);
    if (!output) throw new Error('expected a terminal writer');
    const log = createLogger({ destination: output, secrets: ['xoxb-1234567890-secret'] });
    log.info({ platform: 'slack', where: 'http://0.0.0.0:3000/slack/events' }, 'slack started');
    log.warn({ token: 'xoxb-1234567890-secret' }, 'odd token');
    const [first = '', second = ''] = shown.trimEnd().split('\n');
    expect(first).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}slack started platform=slack where=http:\/\/0\.0\.0\.0:3000\/slack\/events$/,
    );
    expect(second).toMatch(/WARN {2}odd token token=\[redacted\]/);
    expect(shown).not.toContain('{"level"');
  });

  it('shows an error’s stack on lines of its own', () => {
    const line = readable(
      JSON.stringify({ level: 50, time: 0, msg: 'failed', err: { stack: 'Error: x\n    at y' } }),
    );
    expect(line).toBe('00:00:00 ERROR failed err=\nError: x\n    at y');
  });
});

describe('explaining a failed start', () => {
  const config = loadConfig({ NEWSBRIEF_HEALTH_PORT: '8080' });

  it('names the health port setting when that port is taken', () => {
    const taken = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    expect(explainStartFailure('health', taken, config)).toBe(
      'Port 8080 (NEWSBRIEF_HEALTH_PORT) is already in use: stop what uses it, or set NEWSBRIEF_HEALTH_PORT to a free port.',
    );
  });

  it('finds a network failure wrapped in causes', () => {
    const wrapped = new Error('request failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND slack.com'), { code: 'ENOTFOUND' }),
    });
    expect(explainStartFailure('slack', wrapped, config)).toMatch(
      /^Cannot reach Slack at https:\/\/slack\.com\/api\/ \(SLACK_API_URL\): ENOTFOUND\./,
    );
  });

  it('leaves other faults to their stack trace', () => {
    expect(explainStartFailure('discord', new TypeError('x is undefined'), config)).toBeUndefined();
  });
});
