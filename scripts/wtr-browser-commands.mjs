// Test-runner commands that reach past one page: a second tab on the same origin, and the
// browser's quota for the origin (through the DevTools protocol), so storage tests can
// race two real tabs and make a real write fail at commit.

/** The puppeteer page a test file runs in. */
const pageOf = (session) => session.browser.getPage(session.id);

/**
 * `open-second-tab` {path}: opens `path` (relative to the test page) in another tab of the
 * test's own browser context, so it shares the origin's storage; resolves once it loaded.
 * `close-second-tabs`: closes every tab the test file opened.
 * `override-quota` {bytes}: sets (or with `bytes: null`, resets) the origin's storage quota.
 */
export function browserCommandsPlugin() {
  /** Second tabs, and the DevTools session holding a quota override, by test session. */
  const tabs = new Map();
  const overrides = new Map();
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
      if (command === 'close-second-tabs') {
        await Promise.all((tabs.get(session.id) ?? []).map((tab) => tab.close()));
        tabs.delete(session.id);
        return true;
      }
      if (command === 'override-quota') {
        // The browser keeps an override only while the DevTools session that set it is open.
        const page = pageOf(session);
        const origin = new URL(page.url()).origin;
        await overrides.get(session.id)?.detach();
        overrides.delete(session.id);
        if (payload.bytes === null) return true;
        const cdp = await page.createCDPSession();
        overrides.set(session.id, cdp);
        await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: payload.bytes });
        return true;
      }
      return undefined;
    },
  };
}
