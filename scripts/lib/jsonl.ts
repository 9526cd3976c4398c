import { readFileSync } from 'node:fs';

/** Every object of a JSON-lines file; blank lines are skipped. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
