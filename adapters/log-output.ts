import type { Writable } from 'node:stream';

const levels: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields every line has, or that only machines read. */
const skipped = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/**
 * Where log lines go: JSON, one object a line, for journald, containers and log shippers; on a
 * terminal, one readable line each (`12:00:01 INFO  slack listening url=http://…`). Undefined
 * means pino's own JSON to stdout.
 */
export function logOutput(
  stream: Writable & { isTTY?: boolean } = process.stdout,
): { write(line: string): void } | undefined {
  if (!stream.isTTY) return undefined;
  return { write: (line) => void stream.write(`${readable(line)}\n`) };
}

export function readable(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const time = new Date(Number(entry.time ?? Date.now())).toISOString().slice(11, 19);
  const level = levels[Number(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !skipped.has(key))
    .map(([key, value]) => `${key}=${shown(value)}`);
  return [time, level, String(entry.msg ?? ''), ...fields].join(' ').trimEnd();
}

function shown(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  const error = value as { message?: unknown; stack?: unknown } | null;
  // An error reads as its stack, on lines of its own.
  if (error && typeof error.stack === 'string') return `\n${error.stack}`;
  return JSON.stringify(value);
}
