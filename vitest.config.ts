import { configDefaults, defineConfig } from 'vitest/config';

// These measure latency against a 100 ms limit: they run last and alone, not beside other files.
const stallTests = ['test/adapters/no-stall-big-page.test.ts', 'test/adapters/no-stall.test.ts'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    pool: 'forks',
    // Test files share their worker's loaded modules (the engine, the wink model, discord.js,
    // Bolt) instead of importing them again each: the suite's largest cost on 2 cores.
    isolate: false,
    // vitest's default is one worker less than the cores, 1 here; the end-to-end files spend
    // most of their time waiting on sockets and child processes, so two share 2 cores well.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          exclude: [...configDefaults.exclude, ...stallTests],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'stall',
          include: stallTests,
          // Also when files are named on the command line, which replace `include`.
          exclude: [...configDefaults.exclude, 'test/**/!(no-stall-big-page|no-stall).test.ts'],
          // One file at a time: each measures one process's latency, not the machine's.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
