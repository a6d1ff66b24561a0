// @web/test-runner: every test runs in real headless Chromium with real IndexedDB.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS, MISSING_CHROME_MESSAGE } from './scripts/find-chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

const executablePath = await findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

/** Browser logs that say nothing about the code under test. */
const QUIET_LOGS = [/Lit is in dev mode/];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } }),
  ],
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && QUIET_LOGS.some((quiet) => quiet.test(arg))),
  reporters: [defaultReporter(), countingReporter()],
};
