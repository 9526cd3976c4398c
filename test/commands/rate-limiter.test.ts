import { describe, expect, it } from 'vitest';
import { createCommandLimiter, limitMessage } from '../../commands/limits.js';
import { createRateLimiter } from '../../commands/rate-limiter.js';

function clock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('createRateLimiter', () => {
  it('allows `limit` uses per sliding window and says how long to wait', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowSeconds: 60, now: time.now });
    expect([1, 2, 3].map(() => limiter.take('ana').allowed)).toEqual([true, true, true]);
    time.advance(15_000);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('ben').allowed).toBe(true);
    time.advance(45_000);
    expect([1, 2, 3].map(() => limiter.take('ana').allowed)).toEqual([true, true, true]);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('slides rather than resetting at fixed boundaries', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowSeconds: 10, now: time.now });
    limiter.take('k');
    time.advance(6_000);
    limiter.take('k');
    time.advance(5_000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 5 });
  });

  it('keeps memory bounded by forgetting the least recently used keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowSeconds: 60, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(`user-${i}`);
    expect(limiter.size()).toBe(100);
    expect(limiter.take('user-9999').allowed).toBe(false);
    expect(limiter.take('user-0').allowed).toBe(true);
  });

  it('records nothing on check alone', () => {
    const limiter = createRateLimiter({ limit: 1, windowSeconds: 60 });
    expect(limiter.check('k').allowed).toBe(true);
    expect(limiter.check('k').allowed).toBe(true);
    expect(limiter.size()).toBe(0);
  });
});

describe('createCommandLimiter', () => {
  const use = { command: 'brief', userKey: 'u1', channelKey: 'c1', limited: true };

  it('limits each user, then the channel as a whole', () => {
    const time = clock();
    const limiter = createCommandLimiter({ userPerMinute: 2, channelPerMinute: 3, now: time.now });
    expect(limiter.check(use).allowed).toBe(true);
    expect(limiter.check(use).allowed).toBe(true);
    expect(limiter.check(use)).toMatchObject({ allowed: false, scope: 'user' });
    expect(limiter.check({ ...use, userKey: 'u2' }).allowed).toBe(true);
    expect(limiter.check({ ...use, userKey: 'u3' })).toMatchObject({
      allowed: false,
      scope: 'channel',
      retryAfterSeconds: 60,
    });
    expect(limiter.check({ ...use, userKey: 'u3', channelKey: 'c2' }).allowed).toBe(true);
  });

  it('does not count a refused use against the user', () => {
    const limiter = createCommandLimiter({ userPerMinute: 5, channelPerMinute: 1 });
    expect(limiter.check(use).allowed).toBe(true);
    for (let i = 0; i < 10; i++)
      expect(limiter.check({ ...use, userKey: 'u2' }).allowed).toBe(false);
    expect(limiter.check({ ...use, userKey: 'u2', channelKey: 'c9' }).allowed).toBe(true);
  });

  it('applies a command cooldown per user, and leaves unlimited commands alone', () => {
    const time = clock();
    const limiter = createCommandLimiter({ userPerMinute: 1, channelPerMinute: 1, now: time.now });
    const help = { command: 'help', userKey: 'u1', channelKey: 'c1', limited: false };
    for (let i = 0; i < 5; i++) expect(limiter.check(help).allowed).toBe(true);
    const subscribe = { ...help, command: 'subscribe', cooldownSeconds: 10 };
    expect(limiter.check(subscribe).allowed).toBe(true);
    expect(limiter.check(subscribe)).toMatchObject({ scope: 'cooldown', retryAfterSeconds: 10 });
    time.advance(10_001);
    expect(limiter.check(subscribe).allowed).toBe(true);
  });

  it('phrases each refusal politely with the wait', () => {
    expect(limitMessage('user', 12)).toBe("You're going a little fast. Please try again in 12 s.");
    expect(limitMessage('channel', 3)).toMatch(/channel.*try again in 3 s/);
    expect(limitMessage('cooldown', 9)).toMatch(/try again in 9 s/);
  });
});
