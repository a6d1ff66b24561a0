import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanupStores } from '../helpers/stores.js';
import { fullPage } from '../helpers/full-page.js';

afterEach(async () => {
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
  await cleanupStores();
});

const shown = (el: Element | null | undefined) => !!el && el.getClientRects().length > 0;

describe('printing', () => {
  it('every tool prints its content without the save status, "Where is my data kept?" or crisis button', async function () {
    this.timeout(30_000);
    const page = await fullPage();
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    for (const tool of page.tools.filter((el) => el.localName !== 'rk-my-data')) {
      await (tool as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const root = tool.shadowRoot!;
      expect(shown(root.querySelector('rk-save-status')), `${tool.localName} save status`).to.equal(
        false,
      );
      expect(shown(root.querySelector('rk-crisis-help')), `${tool.localName} help button`).to.equal(
        false,
      );
      expect(shown(root.querySelector('h1, h2, h3')), `${tool.localName} heading`).to.equal(true);
    }
    // The goals themselves are printed, as text.
    const goals = page.tools[0].shadowRoot!;
    expect(shown(goals.querySelector('[part="goal-summary"]'))).to.equal(true);
  });
});
