// Checks the "Sync between devices" story with a real dev sync server: starts one (a
// throwaway PostgreSQL cluster), opens the story in headless Chromium, types a goal on the
// Phone as a person would, and waits for the Laptop's tracker to show it.
// Used by check-stories.mjs; skipped (with the reason) when PostgreSQL is not installed.
import { findPostgresBin, MISSING_POSTGRES_MESSAGE } from '../server/src/local-cluster.js';
import { URLSearchParams } from 'node:url';
import { startServer } from './wtr-sync-server.mjs';

const TITLE = 'Foundation/Sync between devices';
const GOAL = 'Ring my sister on Sundays';
const SYNC_TIMEOUT_MS = 15000;

/** `section[aria-label=device] rk-goal-tracker` and, after `>>>`, inside its shadow root. */
const inTracker = (device, selector) =>
  `section[aria-label="${device}"] rk-goal-tracker >>> ${selector}`;

/**
 * Runs the check in `browser` against the Storybook served at `origin`, whose entries are
 * `entries`. Resolves with `{ skipped }` or `{ problems, ms }`.
 */
export async function checkSyncStory(browser, origin, entries) {
  const story = entries.find((entry) => entry.title === TITLE && entry.type === 'story');
  if (!story) return { problems: [`no story titled "${TITLE}"`] };
  if (!findPostgresBin()) return { skipped: MISSING_POSTGRES_MESSAGE };
  const started = Date.now();
  const server = startServer(origin);
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const url = await server.url;
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`uncaught: ${error?.message ?? error}`));
    const query = new URLSearchParams({ id: story.id, viewMode: 'story', 'sync-url': url });
    await page.goto(`${origin}/iframe.html?${query}`);
    const title = await page.waitForSelector(inTracker('Phone', '#title-new'), {
      visible: true,
      timeout: SYNC_TIMEOUT_MS,
    });
    await title.focus();
    await page.keyboard.type(GOAL);
    await (await page.waitForSelector(inTracker('Phone', '#new-chime-hope'))).focus();
    await page.keyboard.press('Space');
    await (await page.waitForSelector(inTracker('Phone', 'button[type="submit"]'))).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (goal) =>
        [
          ...(document
            .querySelector('section[aria-label="Laptop"] rk-goal-tracker')
            ?.shadowRoot?.querySelectorAll('[part="goal-toggle"]') ?? []),
        ].some((toggle) => toggle.textContent.trim() === goal),
      { timeout: SYNC_TIMEOUT_MS, polling: 100 },
      GOAL,
    );
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
    server.child.kill('SIGTERM');
  }
  return { problems, ms: Date.now() - started };
}
