// Opens every story and docs page of a built Storybook in headless Chromium and fails when
// one does not render, throws, logs an error, or (for stories) has an axe violation.
// Usage: node scripts/check-stories.mjs <storybook-static folder>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveFolder } from './static-server.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/check-stories.mjs <storybook-static folder>');
  process.exit(2);
}
const axeSource = readFileSync(
  fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);
const RENDER_TIMEOUT_MS = 20000;

/** Console output that is expected or reported better elsewhere (failed requests below). */
const IGNORED_CONSOLE = [/Lit is in dev mode/, /Failed to load resource/];

const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' || entry.type === 'docs',
);

/** Waits until the preview shows the story (or its error) and returns what it shows. */
async function waitForRender(page) {
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((name) =>
        document.body.classList.contains(name),
      ),
    { timeout: RENDER_TIMEOUT_MS, polling: 50 },
  );
  return page.evaluate(() => {
    const shown = document.body.className;
    const error = document.querySelector('#error-message')?.textContent?.trim() ?? '';
    return { shown, error };
  });
}

/** Lets Lit elements (including nested ones) finish their first render. */
async function settle(page) {
  await page.evaluate(async () => {
    const all = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => [
        el,
        ...(el.shadowRoot ? all(el.shadowRoot) : []),
      ]);
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(
        all(document)
          .map((el) => el.updateComplete)
          .filter(Boolean),
      );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
  });
}

async function axeViolations(page, selector) {
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    const result = await window.axe.run(context, {
      resultTypes: ['violations'],
      // Storybook's own page has no landmark or <h1>; judge the element, not the page.
      rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.nodes.length}): ${violation.help} - ${violation.nodes[0]?.target.join(' ')}`,
    );
  }, selector);
}

/** Opens entries one after another in one page, taking the next from the shared queue. */
async function worker(browser, queue, failures) {
  const page = await browser.newPage();
  let problems = [];
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
  });
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    problems = [];
    try {
      await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}`);
      const { shown, error } = await waitForRender(page);
      if (!shown.includes('sb-show-main')) problems.push(`did not render: ${error || shown}`);
      else {
        await settle(page);
        if (entry.type === 'story') {
          for (const violation of await axeViolations(page, '#storybook-root')) {
            problems.push(`axe ${violation}`);
          }
        }
      }
    } catch (error) {
      problems.push(String(error?.message ?? error).split('\n')[0]);
    }
    if (problems.length > 0) {
      failures.push({ label: `${entry.title} / ${entry.name}`, problems: [...new Set(problems)] });
    }
  }
  await page.close();
}

const { origin, close } = await serveFolder(folder);
const browser = await puppeteerCore.launch({
  executablePath: await findChrome(),
  headless: true,
  args: CHROME_ARGS,
});
const failures = [];
try {
  // Two pages at a time: the machines this runs on have two cores.
  const queue = [...entries];
  await Promise.all([worker(browser, queue, failures), worker(browser, queue, failures)]);
} finally {
  await browser.close();
  close();
}

const stories = entries.filter((entry) => entry.type === 'story').length;
console.log(`${stories} stories and ${entries.length - stories} docs pages opened.`);
for (const { label, problems } of failures) {
  console.error(`✗ ${label}`);
  problems.forEach((problem) => console.error(`    ${problem}`));
}
process.exitCode = failures.length > 0 ? 1 : 0;
