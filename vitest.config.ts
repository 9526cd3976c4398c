import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    pool: 'forks',
    // Test files share their worker's loaded modules (the engine, the wink model, discord.js,
    // Bolt) instead of importing them again each: the suite's largest cost on 2 cores.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
