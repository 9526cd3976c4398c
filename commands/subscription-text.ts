import type { SubscriptionView, Undelivered } from '../src/index.js';
import type { Reply } from './command.js';

export function notEnabled(): Reply {
  return {
    kind: 'error',
    code: 'subscriptions_disabled',
    message: 'Subscriptions are not enabled on this bot.',
    ephemeral: true,
  };
}

export function describeFilters(sub: Pick<SubscriptionView, 'include' | 'exclude'>): string {
  const parts = [
    ...(sub.include.length ? [`only with ${sub.include.map((w) => `"${w}"`).join(' or ')}`] : []),
    ...(sub.exclude.length ? [`never with ${sub.exclude.map((w) => `"${w}"`).join(' or ')}`] : []),
  ];
  return parts.join('; ');
}

// Feed errors are stored with their code for the logs ("not_found: There is no file at …"); a
// person reads only the sentence.
const errorCode = /\b[a-z]+(?:_[a-z]+)+: /g;

export function withoutCodes(text: string): string {
  return text.replace(errorCode, '');
}

const stamp = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** A feed's health in one or two lines: working, failing (and why), or paused. */
export function describeHealth(sub: SubscriptionView): string {
  const lastError = sub.health.lastError && withoutCodes(sub.health.lastError).replace(/\.$/, '');
  const h = { ...sub.health, lastError };
  const ok = h.lastSuccessAt ? `last read ${stamp(h.lastSuccessAt)}` : 'not read yet';
  if (h.paused)
    return `⏸ paused after ${h.failures} failed reads: ${h.lastError ?? 'unknown error'}. /subscribe again to resume. (${ok})`;
  if (h.failures)
    return `⚠️ ${h.failures} failed read${h.failures === 1 ? '' : 's'} in a row, last: ${h.lastError ?? 'unknown error'}; retrying ${stamp(h.nextPollAt)}. (${ok})`;
  return `✅ ${ok}${h.lastErrorAt ? `; last error ${stamp(h.lastErrorAt)}: ${h.lastError}` : ''}`;
}

export function describeUndelivered(items: readonly Undelivered[]): string {
  return items.map((u) => `• ${u.title} — ${u.reason}`).join('\n');
}
