import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLifecycle, type SignalSource } from '../../adapters/lifecycle.js';

function recorder() {
  const events: string[] = [];
  const log = {
    info: (_obj: object, msg?: string) => events.push(`log:${msg}`),
    error: (_obj: object, msg?: string) => events.push(`error:${msg}`),
  };
  return { events, log };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLifecycle', () => {
  it('stops intake, lets work in flight finish, then flushes and closes, in that order', async () => {
    const { events, log } = recorder();
    const lifecycle = createLifecycle({ log, graceMs: 1_000 });
    lifecycle.onStop('poller', () => events.push('stop poller'));
    lifecycle.onClose('outbox', async () => {
      await wait(10);
      events.push('flush outbox');
    });
    lifecycle.onClose('database', () => events.push('close db'));
    void lifecycle.track(wait(50).then(() => events.push('command finished')));
    expect(await lifecycle.shutdown('test')).toBe(true);
    expect(events).toEqual([
      'log:shutting down',
      'stop poller',
      'command finished',
      'flush outbox',
      'close db',
      'log:shut down',
    ]);
    expect(lifecycle.stopping).toBe(true);
  });

  it('bounds the wait for work in flight and for each step, and still closes', async () => {
    const { events, log } = recorder();
    const lifecycle = createLifecycle({ log, graceMs: 50 });
    lifecycle.onClose('stuck flush', () => new Promise(() => {}));
    lifecycle.onClose('database', () => events.push('close db'));
    void lifecycle.track(new Promise(() => {}));
    const started = Date.now();
    expect(await lifecycle.shutdown('test')).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(events).toContain('error:work in flight did not finish in time');
    expect(events).toContain('error:shutdown step timed out');
    expect(events.at(-2)).toBe('close db');
  });

  it('runs once however often it is asked, and keeps going past a failing step', async () => {
    const { events, log } = recorder();
    const lifecycle = createLifecycle({ log });
    lifecycle.onStop('broken', () => {
      throw new Error('boom');
    });
    lifecycle.onClose('database', () => events.push('close db'));
    const [first, second] = await Promise.all([lifecycle.shutdown('a'), lifecycle.shutdown('b')]);
    expect([first, second]).toEqual([false, false]);
    expect(events.filter((event) => event === 'close db')).toHaveLength(1);
    expect(events).toContain('error:shutdown step failed');
  });

  it('exits 0 after SIGTERM and at once with 1 on a second signal', async () => {
    const { log } = recorder();
    const signals = new EventEmitter() as EventEmitter & SignalSource;
    const exits: number[] = [];
    const lifecycle = createLifecycle({ log, signals, exit: (code) => exits.push(code) });
    lifecycle.onClose('slow close', () => wait(30));
    const stopListening = lifecycle.listen();
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(exits).toEqual([1]);
    await wait(60);
    expect(exits).toEqual([1, 0]);
    stopListening();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('shuts a real process down cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-lifecycle-'));
    const script = join(dir, 'child.ts');
    const lifecyclePath = join(import.meta.dirname, '..', '..', 'adapters', 'lifecycle.ts');
    writeFileSync(
      script,
      `import { createLifecycle } from ${JSON.stringify(lifecyclePath)};
const say = (line: string) => process.stdout.write(line + '\\n');
const lifecycle = createLifecycle({ log: { info: () => {}, error: (_o, m) => say('error ' + m) }, graceMs: 2000 });
const poller = setInterval(() => {}, 1000);
lifecycle.onStop('poller', () => { clearInterval(poller); say('stopped polling'); });
lifecycle.onClose('database', () => say('closed database'));
lifecycle.listen();
void lifecycle.track(new Promise((resolve) => process.once('SIGTERM', () => setTimeout(() => { say('finished work'); resolve(null); }, 100))));
say('ready');
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let signalled = false;
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (!signalled && out.includes('ready')) signalled = child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
    expect(out.trim().split('\n')).toEqual([
      'ready',
      'stopped polling',
      'finished work',
      'closed database',
    ]);
    expect(code).toBe(0);
  });
});
