import { lookup } from 'node:dns/promises';
import { NewsbriefError } from '../errors.js';
import { classifyAddress, isAddressAllowed, normalizeAddress, refusalMessage } from './address.js';

/** Turns a host name into every address it resolves to; injectable so tests never need DNS. */
export type Resolve = (hostname: string) => Promise<string[]>;

export const systemResolve: Resolve = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
};

/**
 * Resolves a URL's host and checks every address before any socket opens, returning the one
 * address to dial. Dialling that address (not the name again) is what defeats DNS rebinding.
 */
export async function vetHost(
  url: URL,
  resolve: Resolve,
  allowPrivate: boolean,
  signal: AbortSignal,
): Promise<string> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const literal = normalizeAddress(hostname);
  // The literal as written is classified: its unwrapped IPv4 alone can look public (::808:808).
  const addresses = literal ? [hostname] : await resolveOrFail(hostname, resolve, signal);
  if (addresses.length === 0) throw unknownHost(hostname);
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (!isAddressAllowed(kind, allowPrivate)) {
      throw new NewsbriefError('fetch_refused', refusalMessage(kind));
    }
  }
  return normalizeAddress(addresses[0] ?? '') ?? '';
}

async function resolveOrFail(
  hostname: string,
  resolve: Resolve,
  signal: AbortSignal,
): Promise<string[]> {
  signal.throwIfAborted();
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([resolve(hostname), aborted]);
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw unknownHost(hostname, cause);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function unknownHost(hostname: string, cause?: unknown): NewsbriefError {
  return new NewsbriefError('fetch_failed', `I couldn't find the site ${hostname}.`, { cause });
}
