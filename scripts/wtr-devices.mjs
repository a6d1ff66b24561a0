// A test-runner command for a second DEVICE, not a second tab: a page in a new incognito
// browser context, with storage of its own (IndexedDB, localStorage, cookies), as a
// person's phone is to their laptop. The test drives it with real keyboard input, the
// DevTools protocol's network emulation and calls into the page's `window.rkDevice`.

/** The puppeteer page a test file runs in. */
const pageOf = (session) => session.browser.getPage(session.id);

/**
 * Commands, each with `{ device }` (the id `device-open` answered) unless said otherwise:
 * - `device-open` {path}: opens `path` (relative to the test page, so the same origin) in a
 *   new browser context; resolves with `{ device }` once the page loaded.
 * - `device-call` {method, args}: `await window.rkDevice[method](...args)` in the device's
 *   page, resolving with `{ value }`, its (JSON) result (a bare `undefined` would read as
 *   "no plugin has this command").
 * - `device-type` {selector, text, clear?}: focuses the element (`>>>` reaches into shadow
 *   roots) and types `text` with the keyboard, first selecting what is there when `clear`.
 * - `device-press` {key, selector?}: presses one key (puppeteer's names: `Enter`, `Space`...),
 *   on `selector` focused first when given.
 * - `device-network` {online}: cuts the device off the network, or brings it back (the page
 *   hears `offline`/`online`, as when a phone loses signal).
 * - `device-reload` {duringPush?}: reloads the page (waiting for it to load); with
 *   `duringPush`, brings the device online and reloads as soon as its first push is sent.
 * - `device-close-all` (no device): closes every device the test file opened.
 * Devices are closed as well when their test page closes and when the run ends.
 */
export function devicesPlugin() {
  /** Open devices by id: `{ session, context, page }`. */
  const devices = new Map();
  /** Test sessions whose page closing is watched. */
  const watched = new Set();
  let opened = 0;

  const closeWhere = async (match) => {
    const closing = [...devices].filter(([, one]) => match(one));
    for (const [id] of closing) devices.delete(id);
    await Promise.all(closing.map(([, one]) => one.context.close().catch(() => {})));
  };

  const open = async (session, path) => {
    const testPage = pageOf(session);
    const context = await testPage.browser().createBrowserContext();
    opened += 1;
    const id = `device-${opened}`;
    const page = await context.newPage();
    devices.set(id, { session: session.id, context, page });
    if (!watched.has(session.id)) {
      // The test page closing (its file finished, passed or not) closes its devices.
      watched.add(session.id);
      testPage.once('close', () => closeWhere((one) => one.session === session.id));
    }
    await page.goto(new URL(path, testPage.url()).href, { waitUntil: 'load' });
    return { device: id };
  };

  const pageFor = (payload) => {
    const one = devices.get(payload?.device);
    if (!one) throw new Error(`No open device "${payload?.device}"`);
    return one.page;
  };

  const focus = async (page, selector) => {
    const element = await page.waitForSelector(selector, { visible: true });
    await element.focus();
    return element;
  };

  const commands = {
    'device-call': async (page, { method, args = [] }) => ({
      value: await page.evaluate((name, values) => window.rkDevice[name](...values), method, args),
    }),
    async 'device-type'(page, { selector, text, clear }) {
      const field = await focus(page, selector);
      if (clear) await field.click({ count: 3 });
      await page.keyboard.type(text);
      return true;
    },
    async 'device-press'(page, { key, selector }) {
      if (selector) await focus(page, selector);
      await page.keyboard.press(key);
      return true;
    },
    async 'device-network'(page, { online }) {
      await page.setOfflineMode(!online);
      return true;
    },
    async 'device-reload'(page, { duringPush }) {
      if (duringPush) {
        const pushed = page.waitForRequest((request) => request.url().includes('/v1/sync/push'));
        await page.setOfflineMode(false);
        await pushed;
      }
      await page.reload({ waitUntil: 'load' });
      return true;
    },
  };

  return {
    name: 'recovery-kit-devices',
    async executeCommand({ command, payload, session }) {
      if (command === 'device-open') return open(session, payload.path);
      if (command === 'device-close-all') {
        await closeWhere((one) => one.session === session.id);
        return true;
      }
      const run = commands[command];
      if (!run) return undefined;
      return run(pageFor(payload), payload);
    },
    async serverStop() {
      await closeWhere(() => true);
    },
  };
}
