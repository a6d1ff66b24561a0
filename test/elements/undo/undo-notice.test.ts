import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/undo/define.js';
import type { RkUndoNotice } from '../../../src/elements/undo/undo-notice.js';
import { FakeClock } from '../../helpers/fake-clock.js';

const notice = (timeout = 10_000) =>
  fixture<RkUndoNotice>(
    html`<rk-undo-notice
      undo-label="Undo"
      dismiss-label="Close"
      .timeout=${timeout}
    ></rk-undo-notice>`,
  );
const part = (el: RkUndoNotice, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('rk-undo-notice', () => {
  it('is empty and accessible until shown, then shows the message in a live region', async () => {
    const el = await notice();
    expect(el.open).to.equal(false);
    expect(part(el, 'undo-button')).to.equal(null);
    expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    el.show('Removed ‘<b>Walk</b>’.');
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('Removed ‘<b>Walk</b>’.');
    expect(part(el, 'message')!.children.length).to.equal(0);
    expect(part(el, 'undo-button')!.textContent!.trim()).to.equal('Undo');
    await expect(el).to.be.accessible();
  });

  it('fires rk-undo-requested from the keyboard and closes', async () => {
    const el = await notice();
    el.show('Removed ‘Walk’.');
    await el.focusUndo();
    const requested = oneEvent(el, 'rk-undo-requested');
    await sendKeys({ press: 'Enter' });
    await requested;
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  // The time-out runs on a fake clock: a real one would race the focus on a busy machine.
  describe('time-out', () => {
    let clock: FakeClock;
    beforeEach(() => (clock = new FakeClock({ from: 1000 })));
    afterEach(() => clock.uninstall());

    it('closes by itself after the time-out with rk-undo-expired', async () => {
      const el = await notice();
      const expired = oneEvent(el, 'rk-undo-expired');
      el.show('Removed ‘Walk’.');
      clock.tick(9_999);
      expect(el.open).to.equal(true);
      clock.tick(1);
      await expired;
      expect(el.open).to.equal(false);
    });

    it('waits while focus is inside it, then times out afresh once focus left', async () => {
      const el = await notice();
      el.show('Removed ‘Walk’.');
      await el.focusUndo();
      clock.tick(60_000);
      expect(el.open).to.equal(true);
      part(el, 'undo-button')!.blur();
      const expired = oneEvent(el, 'rk-undo-expired');
      clock.tick(9_999);
      expect(el.open).to.equal(true);
      clock.tick(1);
      await expired;
      expect(el.open).to.equal(false);
    });
  });

  it('can be dismissed, and hide() closes it quietly', async () => {
    const el = await notice();
    el.show('Removed ‘Walk’.');
    await el.updateComplete;
    const expired = oneEvent(el, 'rk-undo-expired');
    part(el, 'dismiss-button')!.click();
    await expired;
    el.show('Removed ‘Run’.');
    el.hide();
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('');
  });
});
