import type { Config } from '../src/index.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';

export interface CommandLimitSettings {
  /** Uses of a limited command per user per minute. */
  userPerMinute: number;
  /** Uses of a limited command per channel per minute, all users together. */
  channelPerMinute: number;
  maxKeys?: number;
  now?: () => number;
}

export interface CommandUse {
  command: string;
  /** A user id that is unique across platforms and workspaces. */
  userKey: string;
  channelKey: string;
  /** Counts against the per-user and per-channel limits (e.g. /brief and questions). */
  limited: boolean;
  /** The command's own `needs.cooldownSeconds`, per user. */
  cooldownSeconds?: number;
}

export type LimitScope = 'user' | 'channel' | 'cooldown';
export type LimitVerdict =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; scope: LimitScope; message: string };

/** Abuse limits checked before a command runs; a refused use is not counted. */
export interface CommandLimiter {
  check(use: CommandUse): LimitVerdict;
}

export function createCommandLimiter(settings: CommandLimitSettings): CommandLimiter {
  const shared = {
    maxKeys: settings.maxKeys ?? 10_000,
    ...(settings.now ? { now: settings.now } : {}),
  };
  const perUser = createRateLimiter({
    limit: settings.userPerMinute,
    windowSeconds: 60,
    ...shared,
  });
  const perChannel = createRateLimiter({
    limit: settings.channelPerMinute,
    windowSeconds: 60,
    ...shared,
  });
  const cooldowns = new Map<number, RateLimiter>();
  const cooldownFor = (seconds: number): RateLimiter => {
    const existing = cooldowns.get(seconds);
    if (existing) return existing;
    const created = createRateLimiter({ limit: 1, windowSeconds: seconds, ...shared });
    cooldowns.set(seconds, created);
    return created;
  };

  return {
    check(use) {
      const gates: [LimitScope, RateLimiter, string][] = [];
      if (use.cooldownSeconds && use.cooldownSeconds > 0) {
        gates.push(['cooldown', cooldownFor(use.cooldownSeconds), `${use.command}:${use.userKey}`]);
      }
      if (use.limited) {
        gates.push(['user', perUser, use.userKey], ['channel', perChannel, use.channelKey]);
      }
      for (const [scope, limiter, key] of gates) {
        const verdict = limiter.check(key);
        if (!verdict.allowed)
          return { ...verdict, scope, message: limitMessage(scope, verdict.retryAfterSeconds) };
      }
      for (const [, limiter, key] of gates) limiter.record(key);
      return { allowed: true };
    },
  };
}

export function commandLimiterFromConfig(config: Config): CommandLimiter {
  return createCommandLimiter({
    userPerMinute: config.NEWSBRIEF_USER_LIMIT_PER_MINUTE,
    channelPerMinute: config.NEWSBRIEF_CHANNEL_LIMIT_PER_MINUTE,
  });
}

/** The polite sentence for a refused use. */
export function limitMessage(scope: LimitScope, retryAfterSeconds: number): string {
  const wait = `Please try again in ${retryAfterSeconds} s.`;
  if (scope === 'channel') return `This channel has asked a lot in the last minute. ${wait}`;
  if (scope === 'cooldown') return `That command needs a short pause between uses. ${wait}`;
  return `You're going a little fast. ${wait}`;
}
