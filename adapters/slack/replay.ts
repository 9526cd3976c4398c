import type { RequestListener } from 'node:http';
import type { HTTPReceiver, SlashCommand } from '@slack/bolt';
import type { EventLog } from '../../src/index.js';

/**
 * Slack signs the timestamp with the body and asks apps to refuse requests more than five
 * minutes from their clock: https://docs.slack.dev/authentication/verifying-requests-from-slack
 * Bolt refuses only the old ones, so a request signed for the future would stay valid for as
 * long as its timestamp says.
 */
export const maxClockSkewSeconds = 5 * 60;

/** Answers 401 before Bolt reads the body when the signed timestamp is outside the window. */
export function refuseOutOfWindow(receiver: HTTPReceiver, now: () => number = Date.now): void {
  const next: RequestListener = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    const header = request.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (!Number.isFinite(timestamp) || Math.abs(now() / 1000 - timestamp) > maxClockSkewSeconds) {
      request.resume();
      response.writeHead(401, { 'content-type': 'text/plain' }).end('stale or future timestamp');
      return;
    }
    next(request, response);
  };
}

/** The request's signature, kept on Bolt's context so a handler can tell a replay. */
export function signatureOf(request: { headers: Record<string, unknown> }): {
  requestSignature?: string;
} {
  const signature = request.headers['x-slack-signature'];
  return typeof signature === 'string' ? { requestSignature: signature } : {};
}

/**
 * Claims a slash command: false when the same signed request (a replay within the window) or
 * the same trigger id (one press of Enter) was already run, before a restart too.
 */
export function firstRun(events: EventLog, command: SlashCommand, signature?: string): boolean {
  const claims = [
    `slack:command:trigger:${command.team_id}:${command.trigger_id}`,
    ...(signature ? [`slack:command:signature:${signature}`] : []),
  ].map((key) => events.firstTime(key));
  return claims.every(Boolean);
}
