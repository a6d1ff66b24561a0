import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cleanupStores } from '../helpers/stores.js';
import { deepAll, fullPage } from '../helpers/full-page.js';
import { contrast, effectiveColours } from './colour.js';

afterEach(async () => {
  await executeServerCommand('emulate-forced-colors', { active: false });
  await cleanupStores();
});

/** A name for a control in failure messages. */
const describeControl = (el: HTMLElement) =>
  `${el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host.localName : 'page'} ` +
  `${el.localName}.${el.className || '-'} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

describe('forced colours (Windows High Contrast)', () => {
  it('every button, selected rating and pressed toggle keeps readable text', async function () {
    this.timeout(30_000);
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const page = await fullPage();
    // A rating chosen in the form and a pinned entry: the "selected" looks too.
    const star = page.tools[1];
    star.shadowRoot!.querySelector<HTMLInputElement>('.score input')!.click();
    await (star as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const controls = deepAll(page.root, 'button, summary, .score:has(:checked), a');
    // Disabled controls are exempt from contrast (WCAG 1.4.3); forced colours greys them.
    const visible = controls.filter(
      (el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled,
    );
    expect(visible.length).to.be.greaterThan(40);
    for (const control of visible) {
      const { text, background } = effectiveColours(control);
      expect(contrast(text, background), describeControl(control)).to.be.at.least(4.5);
    }
  });
  it('a pressed toggle (a pinned entry) looks pressed, in normal and forced colours', async function () {
    this.timeout(30_000);
    const page = await fullPage();
    const looks = () => {
      const toggles = deepAll(page.tools[3], 'button[aria-pressed]');
      const [pressed] = toggles.filter((b) => b.getAttribute('aria-pressed') === 'true');
      const [unpressed] = toggles.filter((b) => b.getAttribute('aria-pressed') === 'false');
      return [pressed, unpressed].map((button) => getComputedStyle(button).backgroundColor);
    };
    const [pressed, unpressed] = looks();
    expect(pressed).not.to.equal(unpressed);
    await executeServerCommand('emulate-forced-colors', { active: true });
    const [forcedPressed, forcedUnpressed] = looks();
    expect(forcedPressed).not.to.equal(forcedUnpressed);
  });
});
