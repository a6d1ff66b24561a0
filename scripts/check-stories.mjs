// Opens every story and docs page of a built Storybook in headless Chromium and fails when
// one does not render, throws (play functions included), logs an error, fails a request,
// or has an accessibility violation. Accessibility is judged by Storybook's own a11y
// addon, which runs axe after each story with that story's a11y parameters: a story may
// mark a known problem `parameters.a11y.test: 'todo'` to report it without failing.
// The first story of each component is opened again with the toolbar's dark theme: every
// recovery-kit element in it must follow (a story that pins theme="light" fails), and
// no page may load Lit twice.
// Every story is opened a second time in the right-to-left pseudo-locale (ar-XB, dir=rtl),
// which must give no horizontal overflow, every element laid out right to left, and no
// icon pointing the left-to-right way.
// The sync story is opened again with a dev sync server running (check-sync-story.mjs).
// Usage: node scripts/check-stories.mjs <storybook-static folder>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveFolder } from './static-server.mjs';
import { checkSyncStory } from './check-sync-story.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/check-stories.mjs <storybook-static folder>');
  process.exit(2);
}
const RENDER_TIMEOUT_MS = 30000;

/** Console output that is expected or reported better elsewhere (failed requests below). */
const IGNORED_CONSOLE = [/Lit is in dev mode/, /Failed to load resource/];

const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' || entry.type === 'docs',
);

/**
 * Runs in the page before Storybook: catches the preview's channel as it is created and
 * keeps what the story's run reported (STORY_FINISHED carries the a11y addon's result).
 */
function listenToPreview() {
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', ({ status, reporters }) => {
        const violations = [];
        for (const report of reporters ?? []) {
          if (report.type !== 'a11y' || report.status !== 'failed') continue;
          if (report.result?.error) violations.push(`axe could not run: ${report.result.error}`);
          for (const violation of report.result?.violations ?? []) {
            const where = violation.nodes?.[0]?.target?.join(' ') ?? '';
            violations.push(
              `axe ${violation.id} (${violation.nodes?.length ?? 0}): ${violation.help} - ${where}`,
            );
          }
        }
        window.__rkStoryFinished = { status, violations };
      });
    },
  });
}

/** Waits until a story finished (rendered, played, checked) or showed an error. */
async function waitForStory(page) {
  await page.waitForFunction(
    () =>
      window.__rkStoryFinished !== undefined ||
      document.body.classList.contains('sb-show-errordisplay'),
    { timeout: RENDER_TIMEOUT_MS, polling: 100 },
  );
  return page.evaluate(() => ({
    finished: window.__rkStoryFinished,
    error: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent?.trim() ?? 'error shown')
      : '',
  }));
}

/**
 * Runs in the page after a right-to-left story finished: what is wrong with its layout.
 * An arrow drawn with CSS content that points right is the wrong way round in RTL.
 */
function rtlLayoutProblems() {
  const problems = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push(
      `horizontal overflow: ${page.scrollWidth}px wide in a ${page.clientWidth}px page`,
    );
  }
  const pointsRight = /[▸▶►→›»⇒]/;
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      // An element with no box (not slotted, as the tools behind a locked <rk-lock>) has
      // no layout to judge.
      if (
        element.localName.startsWith('rk-') &&
        window.getComputedStyle(element).display !== 'contents' &&
        element.checkVisibility()
      ) {
        if (window.getComputedStyle(element).direction !== 'rtl') {
          problems.push(`<${element.localName}> is not laid out right to left`);
        }
      }
      for (const pseudo of ['::before', '::after']) {
        const content = window.getComputedStyle(element, pseudo).content;
        if (content && content !== 'none' && pointsRight.test(content)) {
          problems.push(`${element.localName}${pseudo} points right in RTL (${content})`);
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return [...new Set(problems)];
}

/** Waits until a docs page shows (or shows an error). */
async function waitForDocs(page) {
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay'].some((name) =>
        document.body.classList.contains(name),
      ) && document.querySelector('#storybook-docs')?.textContent?.trim(),
    { timeout: RENDER_TIMEOUT_MS, polling: 100 },
  );
  return page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent?.trim() ?? 'error shown')
      : '',
  );
}

/** Runs in the page: recovery-kit elements whose colour scheme is not dark. */
function notDark() {
  return [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => el.localName.startsWith('rk-') && el.localName !== 'rk-provider')
    .filter((el) => !window.getComputedStyle(el).colorScheme.includes('dark'))
    .map((el) => `${el.localName} stays ${window.getComputedStyle(el).colorScheme} on a dark page`);
}

/**
 * Opens one entry in a fresh page and returns what went wrong (nothing when all is well).
 * `dark`: with the toolbar's dark theme, checking that the elements follow it.
 * `rtl`: in the right-to-left pseudo-locale.
 */
async function check(browser, entry, dark = false, rtl = false) {
  // A browser context of its own is a visible window of its own (a second tab would be a
  // hidden background page) with its own storage.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error?.message ?? error}`));
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && !url.endsWith('/favicon.ico')) {
      problems.push(`HTTP ${response.status()} for ${url}`);
    }
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !IGNORED_CONSOLE.some((pattern) => pattern.test(text))) {
      problems.push(`console error: ${text}`);
    }
    if (/Multiple versions of Lit loaded/.test(text)) problems.push(`console: ${text}`);
  });
  try {
    await page.evaluateOnNewDocument(listenToPreview);
    const globals = dark ? '&globals=theme:dark' : rtl ? '&globals=locale:ar-XB;dir:rtl' : '';
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}${globals}`);
    if (entry.type === 'story') {
      const { finished, error } = await waitForStory(page);
      if (dark) problems.push(...(await page.evaluate(notDark)));
      if (error) problems.push(`did not render: ${error}`);
      if (finished?.status === 'error' && finished.violations.length === 0 && !error) {
        problems.push('the story finished with an error (play function or unhandled error)');
      }
      problems.push(...(finished?.violations ?? []));
      if (rtl) problems.push(...(await page.evaluate(rtlLayoutProblems)));
    } else {
      const error = await waitForDocs(page);
      if (error) problems.push(`did not render: ${error}`);
    }
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return [...new Set(problems)];
}

/** Checks entries one after another, taking the next from the shared queue. */
async function worker(browser, queue, failures) {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { entry, dark, rtl } = job;
    const problems = await check(browser, entry, dark, rtl);
    const mode = dark ? ' (dark toolbar theme)' : rtl ? ' (right to left, ar-XB)' : '';
    const label = `${entry.title} / ${entry.name}${mode}`;
    if (problems.length > 0) failures.push({ label, problems });
  }
}

/** The first story of each component: opened once more with the dark theme. */
const firstStories = [];
for (const entry of entries) {
  if (entry.type === 'story' && !firstStories.some((first) => first.title === entry.title))
    firstStories.push(entry);
}

const { origin, close } = await serveFolder(folder);
const browser = await puppeteerCore.launch({
  executablePath: await findChrome(),
  headless: true,
  args: CHROME_ARGS,
  protocolTimeout: 60000,
});
const failures = [];
try {
  // Two pages at a time: the machines this runs on have two cores.
  const queue = [
    ...entries.map((entry) => ({ entry })),
    ...firstStories.map((entry) => ({ entry, dark: true })),
    ...entries.filter((entry) => entry.type === 'story').map((entry) => ({ entry, rtl: true })),
  ];
  await Promise.all([worker(browser, queue, failures), worker(browser, queue, failures)]);
  // The two-device story once more, with a real dev sync server (needs PostgreSQL).
  const sync = await checkSyncStory(browser, origin, entries);
  if (sync.skipped) console.log(`Sync story with a server skipped: ${sync.skipped}`);
  else if (sync.problems.length > 0)
    failures.push({ label: 'Sync between devices, with a dev server', problems: sync.problems });
  else console.log(`Sync story: a goal typed on the Phone reached the Laptop (${sync.ms} ms).`);
} finally {
  await browser.close();
  close();
}

const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(
  `${stories} stories (each also right to left) and ${entries.length - stories} docs pages opened.`,
);
for (const { label, problems } of failures) {
  console.error(`✗ ${label}`);
  problems.forEach((problem) => console.error(`    ${problem}`));
}
process.exitCode = failures.length > 0 ? 1 : 0;
