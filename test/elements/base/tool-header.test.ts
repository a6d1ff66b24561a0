import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/storage/memory-adapter.js';
import { RecordStore } from '../../../src/storage/record-store.js';
import { note, noteModel } from '../../storage/note-model.js';
import './store-probe.js';
import type { StoreProbe } from './store-probe.js';

async function probeOn(level?: string, theme: 'light' | 'dark' = 'light'): Promise<StoreProbe> {
  const store = new RecordStore(new MemoryAdapter(), { requestPersistence: false });
  const el = await fixture<StoreProbe>(
    html`<rk-store-probe
      .store=${store}
      heading-level=${level ?? '2'}
      theme=${theme}
    ></rk-store-probe>`,
  );
  el.style.background = theme === 'dark' ? '#15191e' : '#ffffff';
  await el.storage.whenReady();
  await el.updateComplete;
  return el;
}

describe('toolHeader()', () => {
  it('puts the title at the host level, the crisis help beside it and the save status below', async () => {
    const el = await probeOn('3');
    const header = el.shadowRoot!.querySelector('.tool-header')!;
    const children = [...header.children].map((child) => child.localName);
    expect(children).to.deep.equal(['h3', 'rk-crisis-help', 'rk-save-status']);
    expect(header.querySelector('h3')!.textContent).to.equal('Probe');
    expect(header.querySelector('h3')!.getAttribute('part')).to.equal('heading');
  });

  it('feeds the save status from the store controller', async () => {
    const el = await probeOn();
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    expect(status.state).to.equal('ready');
    expect(status.durability).to.equal('memory');
    await el.storage.save('create-note', (store) => store.collection(noteModel).create(note(1)));
    await el.updateComplete;
    expect(status.state).to.equal('saved');
    expect(status.savedAt).to.equal(el.storage.lastSavedAt);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violation with the help panel open, ${theme} theme`, async () => {
      const el = await probeOn('2', theme);
      await expect(el).to.be.accessible();
      const help = el.shadowRoot!.querySelector('rk-crisis-help')!;
      help.open = true;
      await help.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('adds no landmark, so two tools on one page pass axe', async () => {
    const store = new RecordStore(new MemoryAdapter(), { requestPersistence: false });
    // fixtureSync: a plain <div> fixture would wait for a frame a background tab never gets.
    const page = fixtureSync<HTMLElement>(
      html`<div>
        <rk-store-probe .store=${store}></rk-store-probe>
        <rk-store-probe .store=${store}></rk-store-probe>
      </div>`,
    );
    for (const probe of page.querySelectorAll('rk-store-probe')) await probe.storage.whenReady();
    await expect(page).to.be.accessible();
  });
});
