// ±10% so that feeds subscribed together do not stay in lockstep against one host.
const jitter = (ms: number, random: () => number) => Math.round(ms * (0.9 + 0.2 * random()));

const maxBackoffMs = 6 * 60 * 60 * 1000;

export function nextPollAfterSuccess(intervalS: number, now: number, random: () => number): number {
  return now + jitter(intervalS * 1000, random);
}

/** Exponential backoff: the interval doubles with each failure in a row, up to six hours. */
export function nextPollAfterFailure(
  intervalS: number,
  failures: number,
  now: number,
  random: () => number,
): number {
  const backoff = Math.min(intervalS * 1000 * 2 ** Math.min(failures - 1, 20), maxBackoffMs);
  return now + jitter(Math.max(backoff, intervalS * 1000), random);
}
