import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// CI counting (.ci/run): with TEND_REPORT_DIR set, also write a JSON report per run, named after
// the --project being run, so the script can sum passed/failed over unit and browser runs.
const reportDir = process.env.TEND_REPORT_DIR;
const projectArg = process.argv.find((a, i) => process.argv[i - 1] === '--project' || a.startsWith('--project='));
const reportName = `${(projectArg ?? 'all').replace(/^--project=/, '').replace(/[^\w.-]+/g, '_')}-${Date.now()}-${process.pid}`;
const reporting = reportDir
  ? { reporters: ['default', 'json'], outputFile: { json: join(reportDir, `${reportName}.json`) } }
  : {};

// Two projects: fast node unit tests (fake-indexeddb), and browser tests that drive the
// system Chromium with playwright-core against the production build in dist/.
export default defineConfig({
  test: {
    ...reporting,
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
