#!/usr/bin/env node
// The compiled CLI (`npm install` builds dist/ through `prepare`; `npm run build` after changes).
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/'))
    throw error;
  process.stderr.write('newsbrief is not built yet: run `npm run build` (or `npm install`).\n');
  process.exitCode = 1;
}
