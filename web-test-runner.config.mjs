// @web/test-runner: every test runs in real headless Chromium with real IndexedDB.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS, MISSING_CHROME_MESSAGE } from './scripts/find-chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { browserCommandsPlugin } from './scripts/wtr-browser-commands.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { syncServerPlugin } from './scripts/wtr-sync-server.mjs';
import { devicesPlugin } from './scripts/wtr-devices.mjs';
import { unreachableModulesPlugin } from './scripts/wtr-unreachable-modules.mjs';

const executablePath = await findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

/**
 * Each test file gets a page in a browser context of its own. Two pages in one context
 * are tabs, and the one in the background is hidden: it gets no animation frames and
 * its `visibilityState` is "hidden", which breaks fixtures and autosave tests at random.
 * A context of its own is a window of its own (visible), with its own IndexedDB.
 */
async function openIsolatedPage({ browser }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => context.close().catch(() => {}));
  return page;
}

/** Browser logs that say nothing about the code under test. */
const QUIET_LOGS = [/Lit is in dev mode/];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  plugins: [
    browserCommandsPlugin(),
    syncServerPlugin(),
    devicesPlugin(),
    unreachableModulesPlugin(),
    {
      // Tests wait for conditions, never for a fixed time: give `waitUntil` room on a busy machine.
      name: 'patient-wait-until',
      resolveImport({ source, context }) {
        if (source === '@open-wc/testing' && !context.path.endsWith('/patient-testing.ts'))
          return '/test/helpers/patient-testing.ts';
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    forcedColorsPlugin(),
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      createPage: openIsolatedPage,
    }),
  ],
  // A ceiling per test, not a race: with both cores saturated a test may take several times longer.
  testFramework: { config: { timeout: 30000 } },
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && QUIET_LOGS.some((quiet) => quiet.test(arg))),
  reporters: [defaultReporter(), countingReporter()],
};
