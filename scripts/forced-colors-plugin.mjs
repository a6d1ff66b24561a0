// A @web/test-runner command the built-in `emulateMedia` lacks with Chromium through
// puppeteer: forced colours (Windows High Contrast). Tests call
// `executeServerCommand('emulate-forced-colors', { active: true })`, and `false` to undo.
// It goes through the DevTools protocol because puppeteer's `emulateMediaFeatures`
// accepts only prefers-* and color-gamut. The session stays open with its page: closing
// it would drop the emulation.

/** One DevTools session per page. */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs Chromium, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
