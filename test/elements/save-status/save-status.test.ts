import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RkSaveStatus } from '../../../src/elements/save-status/rk-save-status.js';
import '../../../src/elements/save-status/define.js';

function line(el: RkSaveStatus): string {
  return el.shadowRoot!.querySelector('[part="message"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

function announced(el: RkSaveStatus): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

const at1432 = new Date(2026, 2, 14, 14, 32);

describe('<rk-save-status>', () => {
  it('says it is opening while connecting', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="connecting"></rk-save-status>`,
    );
    expect(line(el)).to.equal('Opening your saved work…');
  });

  it('says where data is kept when ready, and "Saving…" while saving', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status
        state="ready"
        adapter="indexeddb"
        durability="best-effort"
      ></rk-save-status>`,
    );
    expect(line(el)).to.equal('What you write here is saved on this device.');
    el.state = 'saving';
    await el.updateComplete;
    expect(line(el)).to.equal('Saving…');
  });

  it('says when it saved, on this device', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="saved" adapter="indexeddb" .savedAt=${at1432}></rk-save-status>`,
    );
    expect(line(el)).to.equal('Saved on this device at 14:32.');
  });

  it('says "saved at" without "on this device" for a store kept elsewhere', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="saved" adapter="remote" .savedAt=${at1432}></rk-save-status>`,
    );
    expect(line(el)).to.equal('Saved at 14:32.');
  });

  it('says plainly that nothing will be kept when storage is memory only', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status
        state="saved"
        adapter="memory"
        durability="memory"
        .savedAt=${at1432}
      ></rk-save-status>`,
    );
    expect(line(el)).to.equal(
      'This browser is not keeping your data, so it will be gone when you close the page.',
    );
    expect(announced(el)).to.contain('will be gone when you close the page');
    expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('private window');
  });

  it('warns that a partitioned iframe may lose data', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="ready" adapter="indexeddb" partitioned></rk-save-status>`,
    );
    expect(line(el)).to.contain(
      'This page is inside another site, so your browser may clear what you write here.',
    );
  });

  it('explains a failed save in plain words, keeps the person calm, and retries by keyboard', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="error" error-code="quota-exceeded"></rk-save-status>`,
    );
    expect(line(el)).to.equal(
      'Not saved yet: this device has run out of space for this site. Your writing is still here. Try again',
    );
    expect(announced(el)).to.contain('Not saved yet');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    const requested = oneEvent(el, 'rk-retry-requested');
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('announces the first save and errors, not every save', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status state="ready" adapter="indexeddb"></rk-save-status>`,
    );
    expect(announced(el)).to.equal('');
    el.state = 'saving';
    await el.updateComplete;
    expect(announced(el)).to.equal('');
    el.state = 'saved';
    el.savedAt = at1432;
    await el.updateComplete;
    expect(announced(el)).to.equal('Saved.');
    el.state = 'saving';
    await el.updateComplete;
    el.state = 'saved';
    el.savedAt = new Date(2026, 2, 14, 14, 40);
    await el.updateComplete;
    expect(announced(el), 'later saves are not announced').to.equal('');
    expect(line(el)).to.equal('Saved on this device at 14:40.');
    el.errorCode = 'unavailable';
    el.state = 'error';
    await el.updateComplete;
    expect(announced(el)).to.contain(
      'Not saved yet: the browser would not let this page store it just now.',
    );
    el.state = 'saving';
    await el.updateComplete;
    el.state = 'error';
    await el.updateComplete;
    expect(announced(el), 'a second failure is announced again').to.contain('Not saved yet');
  });

  it('opens "Where is my data kept?" by keyboard', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status
        state="ready"
        adapter="indexeddb"
        durability="persistent"
      ></rk-save-status>`,
    );
    const details = el.shadowRoot!.querySelector('details')!;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('stays in this browser, on this device');
    expect(details.textContent).to.contain('agreed to keep it');
  });

  it('takes overrides of its strings', async () => {
    const el = await fixture<RkSaveStatus>(
      html`<rk-save-status
        state="saved"
        .savedAt=${at1432}
        .strings=${{ savedOnDevice: (time: string) => `Kept here at ${time}` }}
      ></rk-save-status>`,
    );
    expect(line(el)).to.equal('Kept here at 14:32');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violation in each state, ${theme} theme`, async () => {
      const el = await fixture<RkSaveStatus>(
        html`<rk-save-status theme=${theme}></rk-save-status>`,
      );
      el.style.background = theme === 'dark' ? '#15191e' : '#ffffff';
      for (const state of ['connecting', 'ready', 'saving', 'saved', 'error'] as const) {
        el.state = state;
        el.savedAt = at1432;
        el.errorCode = 'offline';
        el.durability = state === 'ready' ? 'memory' : 'best-effort';
        el.shadowRoot!.querySelector('details')!.open = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  }
});
