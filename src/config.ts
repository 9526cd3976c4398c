import { z } from 'zod';
import { NewsbriefError } from './errors.js';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

const optionalSecret = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** Every setting, read from the environment once at start. Tokens are optional here: each adapter requires its own. */
export const configSchema = z.object({
  NEWSBRIEF_DB: z
    .string()
    .min(1)
    .default('./data/newsbrief.db')
    .describe('SQLite file, e.g. ./data/newsbrief.db'),
  NEWSBRIEF_DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional()
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: 'must start with postgres:// or postgresql://',
    })
    .describe(
      'PostgreSQL instead of the SQLite file, shared by several processes, e.g. postgres://newsbrief@127.0.0.1:5432/newsbrief',
    ),
  NEWSBRIEF_ROLE: z
    .enum(['both', 'front', 'worker'])
    .default('both')
    .describe(
      "front: the chat platforms only; worker: feed polls and posts only, through the platforms' APIs; both, e.g. both",
    ),
  NEWSBRIEF_POLL_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .max(86_400)
    .default(300)
    .describe('default feed poll interval in seconds, e.g. 300'),
  NEWSBRIEF_ALLOW_PRIVATE_URLS: flag.describe(
    '1 lets URLs on loopback/private addresses through (tests, local use), e.g. 0',
  ),
  NEWSBRIEF_FEED_FLOOD_CAP: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(5)
    .describe('stories posted per feed poll before one "N more stories" message, e.g. 5'),
  NEWSBRIEF_FEED_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(8)
    .describe('failed polls in a row before a feed is paused, e.g. 8'),
  NEWSBRIEF_FEED_HOST_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(2)
    .describe('feed requests in flight per host, e.g. 2'),
  NEWSBRIEF_FEED_MAX_AGE_DAYS: z.coerce
    .number()
    .min(0.01)
    .max(365)
    .default(7)
    .describe('new items older than this are recorded as too old, not posted, e.g. 7'),
  NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_CHANNEL: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(50)
    .describe('feeds one channel may subscribe to, e.g. 50'),
  NEWSBRIEF_MAX_SUBSCRIPTIONS_PER_WORKSPACE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(500)
    .describe('subscriptions in one Discord server or Slack workspace, e.g. 500'),
  NEWSBRIEF_CONTENT_DIR: z
    .string()
    .optional()
    .describe('extra local directory the console may read, e.g. ./my-articles'),
  NEWSBRIEF_CONTACT_URL: z
    .string()
    .url()
    .default('https://github.com/newsbrief/newsbrief')
    .describe('contact URL in the User-Agent, e.g. https://example.org/bot'),
  NEWSBRIEF_FETCH_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(10_000)
    .describe('total time for one fetch, e.g. 10000'),
  NEWSBRIEF_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(100_000_000)
    .default(5_000_000)
    .describe('largest page or feed body, e.g. 5000000'),
  NEWSBRIEF_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('log level, e.g. info'),
  NEWSBRIEF_HEALTH_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .optional()
    .describe('port of the /healthz endpoint, e.g. 8080'),
  NEWSBRIEF_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'an address or host name')
    .default('127.0.0.1')
    .describe('interface the Slack HTTP receiver and /healthz listen on, e.g. 0.0.0.0'),
  NEWSBRIEF_USER_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .default(6)
    .describe('/brief and questions per user per minute, e.g. 6'),
  NEWSBRIEF_CHANNEL_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(20)
    .describe('/brief and questions per channel per minute, all users together, e.g. 20'),
  NEWSBRIEF_LLM_URL: z
    .string()
    .url()
    .optional()
    .describe(
      'OpenAI-compatible endpoint; unset keeps briefs and answers offline, e.g. http://127.0.0.1:11434/v1',
    ),
  NEWSBRIEF_LLM_MODEL: z
    .string()
    .trim()
    .min(1)
    .default('gpt-4o-mini')
    .describe('model name at that endpoint, e.g. llama3.1:8b'),
  NEWSBRIEF_LLM_API_KEY: optionalSecret.describe('API key of the model endpoint, sk-…'),
  NEWSBRIEF_LLM_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(500)
    .max(120_000)
    .default(8_000)
    .describe('time one model reply may take before the offline engine answers, e.g. 8000'),
  NEWSBRIEF_LLM_DAILY_BUDGET: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(200)
    .describe('model requests per channel per day; beyond it the offline engine answers, e.g. 200'),
  DISCORD_TOKEN: optionalSecret.describe('Discord bot token'),
  DISCORD_APP_ID: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .describe('Discord application id, e.g. 123456789012345678'),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .describe('register commands to this guild only, e.g. 123456789012345678'),
  DISCORD_API_URL: z
    .string()
    .url()
    .optional()
    .describe('Discord REST base (tests only), e.g. http://127.0.0.1:3000/api'),
  SLACK_BOT_TOKEN: optionalSecret.describe('Slack bot token, xoxb-…'),
  SLACK_SIGNING_SECRET: optionalSecret.describe('Slack signing secret'),
  SLACK_APP_TOKEN: optionalSecret.describe('Slack app-level token for Socket Mode, xapp-…'),
  SLACK_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65_535)
    .default(3000)
    .describe('port of the Slack HTTP receiver, e.g. 3000'),
  SLACK_API_URL: z
    .string()
    .url()
    .optional()
    .describe('Slack Web API base (tests only), e.g. http://127.0.0.1:4000/api/'),
  NEWSBRIEF_SLACK_MANAGERS: z
    .string()
    .trim()
    .min(1)
    .default('admins,creator')
    .describe(
      'who may manage Slack subscriptions: admins, creator, everyone and/or user ids, e.g. admins,creator,U0123ABCD',
    ),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment, reporting every bad variable at once with an example. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = configSchema.safeParse(known);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    const hint = configSchema.shape[key as keyof Config]?.description ?? '';
    return `- ${key}: ${issue.message}${hint ? ` (${hint})` : ''}`;
  });
  throw new NewsbriefError('config_invalid', `Invalid configuration:\n${lines.join('\n')}`);
}
