// A test-runner command that reaches past one page: a second tab on the same origin, so
// storage tests can race two real tabs (two renderers, each with its own localStorage copy).

/** The puppeteer page a test file runs in. */
const pageOf = (session) => session.browser.getPage(session.id);

/**
 * `open-second-tab` {path}: opens `path` (relative to the test page) in another tab of the
 * test's own browser context, so it shares the origin's storage; resolves once it loaded.
 * `clear-site-data` {storageTypes?}: clears the origin's stored data (default `all`) through
 * the DevTools protocol, as the browser's "clear site data" does, under the open page.
 * `close-second-tabs`: closes every tab the test file opened.
 */
export function browserCommandsPlugin() {
  /** Second tabs by test session. */
  const tabs = new Map();
  return {
    name: 'recovery-kit-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'open-second-tab') {
        const page = pageOf(session);
        const tab = await page.browserContext().newPage();
        tabs.set(session.id, [...(tabs.get(session.id) ?? []), tab]);
        await tab.goto(new URL(payload.path, page.url()).href, { waitUntil: 'load' });
        return true;
      }
      if (command === 'clear-site-data') {
        // As a person clearing the site's data in the browser's settings while tools are open.
        const page = pageOf(session);
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('Storage.clearDataForOrigin', {
            origin: new URL(page.url()).origin,
            storageTypes: payload?.storageTypes ?? 'all',
          });
        } finally {
          await cdp.detach();
        }
        return true;
      }
      if (command === 'close-second-tabs') {
        await Promise.all((tabs.get(session.id) ?? []).map((tab) => tab.close()));
        tabs.delete(session.id);
        return true;
      }
      return undefined;
    },
  };
}
