// Finds a Chrome or Chromium binary for the browser tests and benchmarks.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, then whatever chrome-launcher can see.
import { existsSync } from 'node:fs';

const WELL_KNOWN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {Promise<string | undefined>} the path of a Chrome/Chromium executable, if any. */
export async function findChrome() {
  if (process.env.CHROME_PATH) {
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  const known = WELL_KNOWN.find((path) => existsSync(path));
  if (known) return known;
  try {
    const { Launcher } = await import('chrome-launcher');
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium quiet and working as root on a machine with no internet. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Pages opened side by side keep running timers and animation frames at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const BAD_CHROME_PATH = process.env.CHROME_PATH
  ? `\n  CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`
  : '';

export const MISSING_CHROME_MESSAGE = `recovery-kit's tests run in a real browser, and no Chrome or Chromium was found.${BAD_CHROME_PATH}
  - On Debian/Ubuntu: apt-get install -y chromium   (gives /usr/bin/chromium)
  - Or point CHROME_PATH at an installed Chrome/Chromium, for example:
      CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`;
