import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.js';

/** Fields that hold credentials wherever they appear in a log object: their values never print. */
export const redactPaths = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'clientSecret',
  '*.clientSecret',
  'secret',
  '*.secret',
  'password',
  '*.password',
  'authorization',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  'config.DISCORD_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_APP_TOKEN',
  'config.NEWSBRIEF_LLM_API_KEY',
  'apiKey',
  '*.apiKey',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'NEWSBRIEF_LLM_API_KEY',
];

/** Shapes of platform credentials, scrubbed even when their values are not known to us. */
const secretShapes = [
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bxapp-[A-Za-z0-9-]{10,}/g,
  /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g,
  /\bsk-[A-Za-z0-9_-]{16,}/g,
  /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{16,}/g,
];

const mask = '[redacted]';

/** Replaces every known secret value and every credential-shaped string in `text`. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let clean = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words, and no real token is that short.
    if (secret && secret.length >= 8) clean = clean.split(secret).join(mask);
  }
  for (const shape of secretShapes) clean = clean.replace(shape, mask);
  return clean;
}

/** The values in a Config that must never be shown. */
export function secretsOf(config: Partial<Config>): string[] {
  return [
    config.DISCORD_TOKEN,
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
    config.NEWSBRIEF_LLM_API_KEY,
  ].filter((value): value is string => typeof value === 'string' && value !== '');
}

export interface LoggerSettings {
  level?: Config['NEWSBRIEF_LOG_LEVEL'];
  /** Known secret values (see secretsOf) scrubbed from every message and string field. */
  secrets?: readonly string[];
  /** The configuration whose tokens are scrubbed too (its secretsOf). */
  config?: Partial<Config>;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/** Structured JSON logs with credentials redacted by field name, by value and by shape. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const secrets = [
    ...(settings.secrets ?? []),
    ...(settings.config ? secretsOf(settings.config) : []),
  ];
  const scrub = (value: unknown): unknown => scrubValue(value, secrets, 0);
  return pino(
    {
      level: settings.level ?? 'info',
      redact: { paths: redactPaths, censor: mask },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    // Synchronous, so a write to a stdout whose reader has gone fails at once with EPIPE and
    // pino stops logging; buffered, the flush at exit retries EPIPE forever and SIGTERM hangs.
    settings.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

function scrubValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const error = value as Error & { code?: unknown };
    return {
      type: error.name,
      message: redactSecrets(error.message, secrets),
      stack: error.stack ? redactSecrets(error.stack, secrets) : undefined,
      ...(error.code !== undefined ? { code: error.code } : {}),
      ...(error.cause !== undefined ? { cause: scrubValue(error.cause, secrets, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  // Class instances (Date, URL, ...) log as their text, which is scrubbed like any other.
  if (prototype !== Object.prototype && prototype !== null) {
    return redactSecrets(String(value), secrets);
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scrubValue(item, secrets, depth + 1)]),
  );
}
