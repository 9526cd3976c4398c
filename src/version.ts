import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// Run from src/ (tsx, tests) or from the build in dist/src/: the package.json is one or two up.
const local = new URL('../package.json', import.meta.url);
const path = existsSync(local) ? local : new URL('../../package.json', import.meta.url);
const pkg = createRequire(import.meta.url)(path.pathname) as { version: string };

export const version: string = pkg.version;
