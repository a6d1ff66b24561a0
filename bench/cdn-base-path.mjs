// Checks that the CDN build works from any base path: dist/cdn is served under a nested
// folder, recovery-kit.js is loaded with one <script type="module"> on a page holding
// <rk-provider> (the autoloader loads only what is on the page), and every lazy chunk
// beside it is then imported the way the bundle imports it (a URL relative to the module).
// Returns one BenchResult: how many chunks loaded, with a target of all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serveFolder } from '../scripts/static-server.mjs';

const BASE = '/some/nested/base/path/';

export async function cdnBasePathCheck(root) {
  const cdnDir = join(root, 'dist/cdn');
  const chunks = readdirSync(cdnDir).filter((f) => f.endsWith('.js') && f !== 'recovery-kit.js');
  // Every dynamic import in every file must be relative to the file itself.
  const dynamicTargets = ['recovery-kit.js', ...chunks].flatMap((file) =>
    [
      ...readFileSync(join(cdnDir, file), 'utf8').matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ].map((match) => match[1]),
  );
  const absolute = dynamicTargets.filter((target) => !target.startsWith('./'));
  const result = {
    suite: 'cdn',
    name: `lazy chunks loaded with the bundle served from ${BASE}`,
    value: 0,
    unit: 'count',
    target: { min: chunks.length },
    note: `${chunks.length} chunks; ${dynamicTargets.length} dynamic imports, all relative`,
  };
  if (absolute.length > 0) {
    return { ...result, error: `dynamic imports not relative to the bundle: ${absolute}` };
  }
  const executablePath = await findChrome();
  if (!executablePath) return { ...result, error: 'no Chrome/Chromium found' };

  const { origin, close } = await serveFolder(cdnDir, BASE);
  const browser = await puppeteerCore.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const outside = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (!['/', '/favicon.ico'].includes(pathname) && !pathname.startsWith(BASE)) {
        outside.push(pathname);
      }
    });
    // An empty page of our own on the same origin, then the one script tag.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/') {
        request.respond({
          contentType: 'text/html',
          body: '<!doctype html><title>cdn</title><rk-provider></rk-provider>',
        });
      } else request.continue();
    });
    await page.goto(`${origin}/`);
    await page.addScriptTag({ type: 'module', url: `${origin}${BASE}recovery-kit.js` });
    const loaded = await page.evaluate(async (names) => {
      const script = document.querySelector('script[type=module]');
      let count = 0;
      for (const name of names) {
        await import(new URL(`./${name}`, script.src).href);
        count += 1;
      }
      return count;
    }, chunks);
    const defined = await page.evaluate(() =>
      customElements.whenDefined('rk-provider').then(() => true),
    );
    if (!defined) return { ...result, value: loaded, error: 'rk-provider was not registered' };
    if (outside.length > 0) {
      return { ...result, value: loaded, error: `requests outside the base path: ${outside}` };
    }
    return { ...result, value: loaded };
  } catch (error) {
    return { ...result, error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await browser.close();
    close();
  }
}
