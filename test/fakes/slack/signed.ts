// Requests to the app signed the way Slack signs them:
// https://api.slack.com/authentication/verifying-requests-from-slack
import { createHmac } from 'node:crypto';

export interface SignedPost {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the full answer. */
  elapsedMs: number;
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  options: SignedPost = {},
): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? secret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, elapsedMs: performance.now() - started };
}

export function slashCommandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
