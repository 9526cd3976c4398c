import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../commands/command.js';

/** Bolt's own log lines go through ours, so they are redacted and leveled like the rest. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'slack';
  const line =
    (write: (obj: object, msg?: string) => void) =>
    (...parts: unknown[]) =>
      write(
        { component: name },
        parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' '),
      );
  return {
    debug: line((obj, msg) => log.debug(obj, msg)),
    info: line((obj, msg) => log.info(obj, msg)),
    warn: line((obj, msg) => log.warn(obj, msg)),
    error: line((obj, msg) => log.error(obj, msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
