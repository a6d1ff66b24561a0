// Screenshots of each tool as people meet it: light, dark, forced colours (Windows High
// Contrast), a 320 px phone and right to left, taken from a built Storybook in headless
// Chromium. For looking at by eye before a change to styles or layout; not part of
// `npm test`. Prints the page's console warnings and errors too.
// Usage: npm run build:storybook && node scripts/screenshots.mjs storybook-static shots/
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveFolder } from './static-server.mjs';

const [folder, out = 'shots'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/screenshots.mjs <storybook-static folder> [out folder]');
  process.exit(2);
}

/** One story per tool, with data in it. */
const STORIES = [
  'tools-goal-tracker--a-few-goals',
  'tools-life-areas-star-chart--history',
  'tools-staying-well-plan--full-plan',
  'tools-hope-journal--a-year-of-entries',
  'tools-my-data--default',
];

/** name -> [viewport width, toolbar globals, forced colours] */
const MODES = {
  light: [1000, 'theme:light', false],
  dark: [1000, 'theme:dark', false],
  forced: [1000, 'theme:light', true],
  narrow: [320, 'theme:light', false],
  rtl: [1000, 'theme:light;dir:rtl', false],
};

const PART_HEIGHT = 1200;
const MAX_PARTS = 5;

/** Waits until every tool in the story has shown its content (or 10 s passed). */
function toolsShown() {
  const tools = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
    el.localName.startsWith('rk-'),
  );
  return tools.length > 0 && tools.every((el) => el.shadowRoot?.querySelector('h2, h3, button'));
}

mkdirSync(out, { recursive: true });
const { origin, close } = await serveFolder(folder);
const browser = await puppeteerCore.launch({
  executablePath: await findChrome(),
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (const id of STORIES) {
    for (const [mode, [width, globals, forced]] of Object.entries(MODES)) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.on('console', (message) => {
        if (['warn', 'error'].includes(message.type()))
          console.log(`  ${id} ${mode} console ${message.type()}: ${message.text()}`);
      });
      await page.setViewport({ width, height: PART_HEIGHT });
      if (forced) {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: 'active' }],
        });
      }
      await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
      await page.waitForFunction(toolsShown, { timeout: 10000, polling: 100 }).catch(() => {});
      // Charts draw on the next frames; give them a moment (a by-eye tool, not a test).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [scrollWidth, scrollHeight] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
      ]);
      // Tall pages in parts a screen high, each scrolled to (so long lists render what is
      // on screen, as for a person) and readable at full size.
      const parts = Math.min(MAX_PARTS, Math.ceil(scrollHeight / PART_HEIGHT));
      for (let part = 0; part < parts; part += 1) {
        const file = join(out, `${id.replace('tools-', '')}-${mode}-${part + 1}.png`);
        await page.evaluate((y) => window.scrollTo(0, y), part * PART_HEIGHT);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.screenshot({ path: file });
        console.log(file);
      }
      if (scrollWidth > width) console.log(`  ${id} ${mode}: scrolls sideways (${scrollWidth} px)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  close();
}
