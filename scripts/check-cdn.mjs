// The built script tag (dist/cdn) as a charity's page uses it, in headless Chromium: the
// folder served from a nested base path, a page under a strict Content-Security-Policy
// holding one goal tracker and loading recovery-kit.js twice (once with a query string).
// Fails unless the tracker renders; nothing breaks the policy, errors or warns; only the
// tracker's files are fetched (their gzip weight is printed against the 36 KB budget,
// reported like every budget, not failed: npm run bench measures it too); a star assessment added
// later is loaded then; a page with no element downloads the autoloader only; a module of
// a page's own can use the API (exportBundle) from recovery-kit-api.js; and
// recovery-kit-all.js defines every element on an empty page. Before the browser: each
// tool's page, as the chunks import each other, stays under its ceiling and downloads no
// module it does not use (the other tools, sync, Welsh, what only some tools use).
// Usage: node scripts/check-cdn.mjs (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { cdnPageFiles, cdnSizes, ONE_TOOL_PAGE_CEILINGS } from '../bench/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const BASE = '/assets/some/nested/recovery-kit/';
const ONE_TOOL_MAX_BYTES = 36_000;
/**
 * Source modules no page with one tool (no encryption, English, nothing saved or scored) may
 * download, found through the source maps of its files: the lock screen, my data and
 * encryption, chart.js, the virtualizer, Welsh, backups, the localStorage and memory
 * adapters, sync (its code, its status line and words), the API file, the goal editor, the
 * records' three-way merges and @lit/context's provider (only <rk-provider> uses it).
 */
const NOT_ON_A_TOOL_PAGE = [
  'src/elements/(my-data|lock)/',
  'src/storage/(encrypted-adapter|encryption-migration|key-record|data-key|record-cipher|sealed-record|recovery-code|backup)\\.ts',
  'src/storage/(localstorage-adapter|memory-adapter|cross-tab-lock)\\.ts',
  'src/storage/sync-link\\.ts',
  'src/elements/save-status/sync-status',
  'src/sync/',
  'src/i18n/locales/',
  'src/cdn/api\\.ts',
  // loaded when first used: the goal editor when a goal is opened
  'src/elements/goal-tracker/(goal-editor|step-list)\\.ts',
  // a tool's views of saved records, once there is one to show (not on a first visit)
  'src/elements/goal-tracker/(goal-list|goal-overview|goal-summary)\\.ts',
  'src/elements/hope-journal/(journal-filters|journal-entry-list|journal-over-time)\\.ts',
  // a tool's charts (and the star assessment's tables), once there is something to draw
  'src/elements/star-assessment/(charts-view|reading-history|reading-table|radar-spec)\\.ts',
  'src/elements/chart/(chart-controller|chart\\.styles)\\.ts',
  // a record's three-way merge, when a save first meets a change made elsewhere
  'src/core/(goal|plan|reading|entry)-merge\\.ts',
  'src/elements/hope-journal/journal-entry-merge\\.ts',
  'node_modules/(chart\\.js|@kurkle|@lit-labs/virtualizer)/',
  'node_modules/@lit/context/lib/controllers/context-provider',
];
/** What only some tools use, kept off the others' pages by scripts/cdn-chunks.ts. */
const ONLY_ON = [{ source: 'src/core/life-areas.ts', tools: ['star-assessment'] }];
/** The sources `folder`'s page must not download: the above, the other tools, ONLY_ON's. */
const notOnThePageOf = (folder) =>
  new RegExp(
    [
      ...NOT_ON_A_TOOL_PAGE,
      ...Object.keys(ONE_TOOL_PAGE_CEILINGS)
        .filter((tool) => tool !== folder)
        .map((tool) => `src/elements/${tool}/`),
      ...ONLY_ON.filter(({ tools }) => !tools.includes(folder)).map(({ source }) =>
        source.replaceAll('.', '\\.'),
      ),
    ].join('|'),
  );

/** The source modules of a built file, from its source map (none for the bundler's own helpers). */
const sourcesOf = (file) =>
  existsSync(join(cdn, `${file}.map`))
    ? JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8')).sources.map((source) =>
        source.replaceAll('\\', '/'),
      )
    : [];
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const TAGS = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter(Boolean);

const PAGES = {
  '/tracker.html': `<!doctype html><html lang="en"><title>one tool</title>
    <script type="module" src="${BASE}recovery-kit.js"></script>
    <script type="module" src="${BASE}recovery-kit.js?v=2"></script>
    <rk-goal-tracker namespace="cdn-check" heading-level="2"></rk-goal-tracker></html>`,
  '/empty.html': `<!doctype html><html lang="en"><title>no tool</title>
    <script type="module" src="${BASE}recovery-kit.js"></script><p>Opening times</p></html>`,
  '/api.html': `<!doctype html><html lang="en"><title>api</title>
    <script type="module" src="/page.js"></script></html>`,
  '/page.js': `import { RecordStore, MemoryAdapter, exportBundle } from '${BASE}recovery-kit-api.js';
    const store = new RecordStore(new MemoryAdapter(), { requestPersistence: false });
    await store.open();
    window.exported = (await exportBundle(store)).format;`,
  '/all.html': `<!doctype html><html lang="en"><title>all</title>
    <script type="module" src="${BASE}recovery-kit-all.js"></script></html>`,
};

function serve() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const page = PAGES[pathname];
    const type = (path) => (path.endsWith('.html') ? 'text/html' : 'text/javascript');
    if (pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (page) {
      response.writeHead(200, { 'content-type': type(pathname), 'content-security-policy': CSP });
      response.end(page);
      return;
    }
    const file = normalize(join(cdn, pathname.slice(BASE.length)));
    try {
      if (!pathname.startsWith(BASE) || !file.startsWith(cdn)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': type(file) });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens `path`, keeping every request, console message and policy violation. */
async function open(browser, origin, path) {
  const page = await browser.newPage();
  const seen = { requests: [], messages: [], violations: [] };
  page.on('request', (request) => seen.requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => seen.messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.messages.push(`error: ${error.message}`));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  await page.goto(`${origin}${path}`);
  return { page, seen };
}

const problems = [];
// Every tool's page as the build's chunks say it loads (the same rows as `npm run bench`).
const sizes = cdnSizes(root);
for (const [folder, ceiling] of Object.entries(ONE_TOOL_PAGE_CEILINGS)) {
  const row = sizes.find((result) => result.name.includes(`<rk-${folder}>`));
  if (!row) {
    problems.push(`no chunk for <rk-${folder}>`);
    continue;
  }
  const verdict = row.value > row.target.max ? 'over the budget' : 'within the budget';
  console.log(`  <rk-${folder}> page: ${row.value} B of ${row.target.max} B, ${verdict}`);
  if (row.value > ceiling)
    problems.push(
      `the <rk-${folder}> page weighs ${row.value} B, over its ceiling of ${ceiling} B`,
    );
  const notHere = notOnThePageOf(folder);
  const unused = [...new Set(cdnPageFiles(root, folder).flatMap(sourcesOf))].filter((source) =>
    notHere.test(source),
  );
  if (unused.length > 0)
    problems.push(
      `the <rk-${folder}> page downloads code it does not use:\n    ${unused.join('\n    ')}`,
    );
}

const executablePath = await findChrome();
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteerCore.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const { page, seen } = await open(browser, origin, '/tracker.html');
  await page.waitForFunction(
    // The first view whole: the welcome shows once the (empty) store has been read.
    () => document.querySelector('rk-goal-tracker')?.shadowRoot?.querySelector('[part="intro"]'),
    { timeout: 30_000 },
  );
  const files = [...new Set(seen.requests.filter((path) => path.startsWith(BASE)))].map((path) =>
    path.slice(BASE.length),
  );
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length,
    0,
  );
  console.log(`  one goal tracker: ${files.length} files, ${bytes} B gzip (${files.join(', ')})`);
  if (bytes > ONE_TOOL_MAX_BYTES)
    problems.push(
      `the one-tool page downloaded ${bytes} B, over the ${ONE_TOOL_MAX_BYTES} B budget`,
    );
  const unused = [...new Set(files.flatMap(sourcesOf))].filter((source) =>
    notOnThePageOf('goal-tracker').test(source),
  );
  if (unused.length > 0)
    problems.push(
      `the one-tool page downloaded code it does not use:\n    ${unused.join('\n    ')}`,
    );
  const outside = seen.requests.filter(
    (path) => !path.startsWith(BASE) && !PAGES[path] && path !== '/favicon.ico',
  );
  if (outside.length > 0) problems.push(`requests outside the base path: ${outside}`);

  await page.evaluate(() => document.body.append(document.createElement('rk-star-assessment')));
  await page.waitForFunction(() => customElements.get('rk-star-assessment'), { timeout: 30_000 });
  if (!seen.requests.some((path) => /\/star-assessment-[^/]+\.js$/.test(path))) {
    problems.push('the star assessment added later was defined without its chunk being fetched');
  }
  const noisy = seen.messages.filter((message) => /^(error|warn)/.test(message));
  if (noisy.length > 0) problems.push(`the one-tool page said:\n    ${noisy.join('\n    ')}`);

  // The tag in a site's template, on a page with no element: the autoloader only, no Lit.
  const empty = await open(browser, origin, '/empty.html');
  const emptyFiles = empty.seen.requests.filter((path) => path.startsWith(BASE));
  const emptySources = emptyFiles.flatMap((path) => sourcesOf(path.slice(BASE.length)));
  if (emptySources.some((source) => !source.includes('src/cdn/')))
    problems.push(`a page with no element downloaded ${emptyFiles.join(', ')}`);

  const api = await open(browser, origin, '/api.html');
  await api.page.waitForFunction(() => window.exported, { timeout: 30_000 });
  const exported = await api.page.evaluate(() => window.exported);
  if (exported !== 'recovery-kit')
    problems.push(`exportBundle from the script tag gave ${exported}`);

  const all = await open(browser, origin, '/all.html');
  await all.page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag)),
    { timeout: 30_000 },
    TAGS,
  );
  const allNoisy = all.seen.messages.filter((message) => /^(error|warn)/.test(message));
  if (allNoisy.length > 0)
    problems.push(`recovery-kit-all.js said:\n    ${allNoisy.join('\n    ')}`);
} catch (error) {
  problems.push(String(error?.message ?? error).split('\n')[0]);
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(`The script tag (dist/cdn) has problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `  dist/cdn works from ${BASE} under "${CSP}", loaded twice, ${TAGS.length} elements in recovery-kit-all.js`,
);
