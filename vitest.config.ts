import { defineConfig } from 'vitest/config';

// Two projects: fast node unit tests (fake-indexeddb), and browser tests that drive the
// system Chromium with playwright-core against the production build in dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the machine has 2 cores and Argon2id wants 64 MiB each.
          fileParallelism: false,
        },
      },
    ],
  },
});
