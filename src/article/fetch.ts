// PLACEHOLDER (to be replaced by the hardened fetcher of issue 7).
import { NewsbriefError } from '../errors.js';
import type { Fetcher } from './fetch-types.js';

export interface FetcherSettings {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export function createFetcher(settings: FetcherSettings): Fetcher {
  return {
    async fetchText(url, options) {
      if (!/^https?:\/\//i.test(url))
        throw new NewsbriefError('fetch_refused', 'Only http and https links can be briefed.');
      const response = await fetch(url, {
        headers: { 'user-agent': settings.userAgent, ...options.headers },
        signal: AbortSignal.timeout(settings.timeoutMs),
      }).catch((cause: unknown) => {
        throw new NewsbriefError('fetch_failed', `Could not reach ${new URL(url).host}.`, {
          cause,
        });
      });
      const body = await response.text();
      if (body.length > settings.maxBytes)
        throw new NewsbriefError('too_large', 'That page is too large to brief.');
      return {
        url: response.url || url,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        headers: Object.fromEntries(response.headers),
        body,
      };
    },
  };
}
