import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cleanupStores } from '../helpers/stores.js';
import { deepAll, fullPage } from '../helpers/full-page.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await cleanupStores();
});

/** Elements whose right or left edge is outside the viewport, for the failure message. */
function sticking(root: Element): string[] {
  return deepAll(root, '*')
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > innerWidth + 0.5 || box.left < -0.5);
    })
    .filter((el) => !el.closest('.table-frame, .rk-chart') && el.localName !== 'slot')
    .map(
      (el) => `${(el.getRootNode() as ShadowRoot).host?.localName} ${el.localName}.${el.className}`,
    )
    .slice(0, 8);
}

describe('320 px wide (WCAG 1.4.10 reflow)', () => {
  it('every tool full of data fits: the page never scrolls sideways', async function () {
    this.timeout(30_000);
    await setViewport({ width: 320, height: 640 });
    const page = await fullPage();
    expect(innerWidth).to.equal(320);
    expect(sticking(page.root), 'sticks out').to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Wide tables scroll inside their own frame, which a keyboard can reach.
    for (const table of deepAll(page.root, 'table')) {
      expect(table.parentElement!.classList.contains('table-frame'), 'table in a frame').to.equal(
        true,
      );
    }
    for (const tool of page.tools) await expect(tool).to.be.accessible();
  });
});
