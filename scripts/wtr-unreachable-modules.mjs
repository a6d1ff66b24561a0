// A @web/test-runner command for tests of code loaded on first use: while a test refuses
// part of a module's path, that page's requests for it fail as a dropped connection does
// (net::ERR_CONNECTION_RESET). Tests use test/helpers/unreachable-modules.ts.
//
// It works in the browser (DevTools Fetch interception, which sits in front of the
// browser's cache), not in the server:
// - the server answers every file with `cache-control: public, max-age=31536000`
//   (@web/test-runner's cacheMiddleware, outermost, when not watching), and pages are
//   reused from one test file to the next, so a module an earlier file loaded comes from
//   the page's cache and a server-side refusal never sees the request;
// - each page is its own browser context, so a refusal can reach no other page, and it
//   belongs to the test file (the wtr session) that made it: a later file in the same
//   page is never refused, even when the earlier one did not allow again.

/** The puppeteer page a test file runs in. */
const pageOf = (session) => session.browser.getPage(session.id);

/** The test session a page is running now (pages are reused from file to file). */
const sessionIn = (page) => new URL(page.url()).searchParams.get('wtr-session-id');

/**
 * `refuse-modules` {parts}: requests whose URL contains one of `parts` fail until
 * `allow-modules`, in this test's page only.
 */
export function unreachableModulesPlugin() {
  /** The DevTools session refusing, and the test session it refuses for, by page. */
  const refusing = new Map();

  async function allow(page) {
    const refusal = refusing.get(page);
    if (!refusal) return;
    refusing.delete(page);
    await refusal.cdp.detach(); // its Fetch interception ends with it
  }

  async function refuse(page, sessionId, parts) {
    await allow(page);
    const cdp = await page.createCDPSession();
    refusing.set(page, { cdp, sessionId });
    cdp.on('Fetch.requestPaused', ({ requestId }) => {
      const stale = sessionIn(page) !== sessionId;
      const answer = stale
        ? cdp.send('Fetch.continueRequest', { requestId })
        : cdp.send('Fetch.failRequest', { requestId, errorReason: 'ConnectionReset' });
      answer.then(() => stale && allow(page)).catch(() => {}); // the page may be gone
    });
    await cdp.send('Fetch.enable', {
      patterns: parts.map((part) => ({ urlPattern: `*${part}*`, requestStage: 'Request' })),
    });
  }

  return {
    name: 'recovery-kit-unreachable-modules',
    async executeCommand({ command, payload, session }) {
      if (command !== 'refuse-modules' && command !== 'allow-modules') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${command} needs Chromium, not ${session.browser.type}`);
      }
      const page = pageOf(session);
      if (command === 'allow-modules') await allow(page);
      else await refuse(page, session.id, payload.parts);
      return true;
    },
  };
}
