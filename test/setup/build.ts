// Tests that run the product as users do (the CLI, `npm start`, `npm run discord:register`)
// run the build in dist/ (`npm run build`): rebuild it first when a source is newer than it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const sources = ['src', 'commands', 'adapters', 'scripts'];
const built = join(root, 'dist', 'cli', 'main.js');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return 0;
  }
}

export default function setup(): void {
  if (Math.max(...sources.map((dir) => newest(join(root, dir)))) <= builtAt()) return;
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  run([join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  run([join(root, 'scripts', 'bundle-cli.mjs')]);
}
