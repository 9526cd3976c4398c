import type { Config } from '../src/index.js';

/**
 * Settings that only work together. A platform half configured is a mistake, never a reason to
 * fall back quietly to the console (which, with no terminal, would print nothing and exit 0).
 */
const partners: [keyof Config, (keyof Config)[], string][] = [
  ['DISCORD_TOKEN', ['DISCORD_APP_ID'], 'the application id on the General Information page'],
  ['DISCORD_APP_ID', ['DISCORD_TOKEN'], 'the bot token on the Bot page'],
  [
    'SLACK_BOT_TOKEN',
    ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'],
    'the signing secret on the Basic Information page, or an app-level token for Socket Mode',
  ],
  ['SLACK_SIGNING_SECRET', ['SLACK_BOT_TOKEN'], 'the xoxb- token on the OAuth & Permissions page'],
  ['SLACK_APP_TOKEN', ['SLACK_BOT_TOKEN'], 'the xoxb- token on the OAuth & Permissions page'],
];

/** One line naming the first setting that lacks its partner, or undefined when none does. */
export function missingPartner(config: Config): string | undefined {
  for (const [setting, needed, where] of partners) {
    if (!config[setting] || needed.some((name) => config[name])) continue;
    const names = needed.join(' or ');
    return `${setting} is set but ${names} is not: set ${names} (${where}), or unset ${setting}.`;
  }
  return undefined;
}

/** The setting that names a port, for "port in use" lines. */
export type PortSetting = 'SLACK_PORT' | 'NEWSBRIEF_HEALTH_PORT';

/**
 * One line saying what went wrong while starting a platform and what to do, for the mistakes
 * people make: a token the platform refuses, a platform out of reach, a port already taken.
 * Undefined for anything else, which keeps its stack trace.
 */
export function explainStartFailure(
  platform: string,
  error: unknown,
  config: Config,
): string | undefined {
  const code = codeOf(error);
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    const port = platform === 'health' ? 'NEWSBRIEF_HEALTH_PORT' : 'SLACK_PORT';
    const value = port === 'SLACK_PORT' ? config.SLACK_PORT : config.NEWSBRIEF_HEALTH_PORT;
    const what = code === 'EADDRINUSE' ? 'is already in use' : 'may not be opened by this user';
    return `Port ${value} (${port}) ${what}: stop what uses it, or set ${port} to a free port.`;
  }
  if (code === 'TokenInvalid' || status(error) === 401)
    return 'Discord refused DISCORD_TOKEN: copy the bot token again from the Bot page of your application (Reset Token) and restart.';
  const slack = slackError(error);
  if (slack && /invalid_auth|not_authed|token_revoked|account_inactive|token_expired/.test(slack))
    return `Slack refused the token (${slack}): copy SLACK_BOT_TOKEN (xoxb-…) from OAuth & Permissions${config.SLACK_APP_TOKEN ? ' and SLACK_APP_TOKEN (xapp-…) from Basic Information' : ''}, then restart.`;
  const network = networkCode(error);
  if (network) {
    const where =
      platform === 'discord'
        ? `Discord at ${config.DISCORD_API_URL ?? 'https://discord.com/api'} (DISCORD_API_URL)`
        : `Slack at ${config.SLACK_API_URL ?? 'https://slack.com/api/'} (SLACK_API_URL)`;
    return `Cannot reach ${where}: ${network}. Check the network, a proxy or firewall, and the URL, then restart.`;
  }
  return undefined;
}

const networkCodes =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|UND_ERR_CONNECT_TIMEOUT/;

/** The network failure somewhere in an error's chain of causes (libraries wrap them). */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const found = `${codeOf(error) ?? ''} ${(error as Error).message ?? ''}`.match(networkCodes);
  if (found) return found[0];
  const { cause, original } = error as { cause?: unknown; original?: unknown };
  const deeper = networkCode(cause, depth + 1) ?? networkCode(original, depth + 1);
  if (deeper || depth > 0 || codeOf(error) !== 'slack_webapi_request_error') return deeper;
  // A request that never got an answer, for a reason with no code of its own ("bad port").
  const reason = (original as { cause?: { message?: unknown } } | undefined)?.cause?.message;
  return typeof reason === 'string' ? reason : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | undefined)?.status;
  return typeof value === 'number' ? value : undefined;
}

/** `{ data: { error: 'invalid_auth' } }` of a Slack Web API error. */
function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
