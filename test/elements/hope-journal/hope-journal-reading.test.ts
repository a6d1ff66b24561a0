import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { entryModel } from '../../../src/core/entry.js';
import { setChartAnimation } from '../../../src/elements/chart/chart-controller.js';
import { cleanupStores, createFaultyStore, createTestStore } from '../../helpers/stores.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  all,
  clickButton,
  journal,
  listedBodies,
  q,
  sampleEntry,
  showList,
  typeInto,
  waitForStored,
  keptDrafts,
} from './journal-fixtures.js';

afterEach(cleanupStores);
before(() => setChartAnimation(false));

async function seed(store: RecordStore) {
  const entries = store.collection(entryModel);
  await entries.create(
    sampleEntry({
      body: 'Coffee with Priya',
      date: '2026-11-10',
      tags: ['friends'],
      chime: ['connectedness'],
      hope: 6,
    }),
  );
  await entries.create(
    sampleEntry({
      body: 'Finished the painting',
      date: '2026-10-03',
      chime: ['meaning'],
      hope: 7,
      pinned: true,
    }),
  );
  await entries.create(
    sampleEntry({
      body: 'A hard day, but I went outside',
      date: '2026-09-21',
      tags: ['walks'],
      hope: 3,
    }),
  );
}

describe('rk-hope-journal: reading back', () => {
  it('lists newest first under month headings, as a list with its size', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    await showList(el, 3);
    expect(listedBodies(el)).to.deep.equal([
      'Coffee with Priya',
      'Finished the painting',
      'A hard day, but I went outside',
    ]);
    expect(all(el, '[part="month-heading"]').map((h) => h.textContent!.trim())).to.deep.equal([
      'November 2026',
      'October 2026',
      'September 2026',
    ]);
    expect(all(el, '[part="month-heading"]')[0].localName).to.equal('h4');
    const items = all(el, '[role="listitem"]');
    expect(items.map((i) => i.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3']);
    expect(items[0].getAttribute('aria-setsize')).to.equal('3');
    expect(q(el, '[part="result-count"]').textContent).to.contain('3 entries');
    await expect(el).to.be.accessible();
  });

  it('moves between entries with the arrow keys, Home and End', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    await showList(el, 3);
    q(el, 'article[data-index="0"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '1');
    await sendKeys({ press: 'End' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '2');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '0');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Pin');
  });

  it('searches as you type and filters by tag, CHIME, dates and pinned', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    await typeInto(el, '#search-text', 'PAINT');
    await showList(el, 1);
    expect(listedBodies(el)).to.deep.equal(['Finished the painting']);
    expect(q(el, '[part="result-count"]').textContent).to.contain('Showing 1 of 3');
    await typeInto(el, '#search-text', 'nothing like this');
    expect(q(el, '[part="result-count"]').textContent).to.contain('No entries match');
    await clickButton(el, 'Clear filters');
    await showList(el, 3);
    const tag = q<HTMLSelectElement>(el, '#filter-tag');
    tag.value = 'walks';
    tag.dispatchEvent(new Event('change'));
    await showList(el, 1);
    expect(listedBodies(el)).to.deep.equal(['A hard day, but I went outside']);
    await clickButton(el, 'Clear filters');
    const chime = q<HTMLSelectElement>(el, '#filter-chime');
    chime.value = 'meaning';
    chime.dispatchEvent(new Event('change'));
    await showList(el, 1);
    expect(listedBodies(el)).to.deep.equal(['Finished the painting']);
    await clickButton(el, 'Clear filters');
    const from = q<HTMLInputElement>(el, '#filter-from');
    from.value = '2026-10-01';
    from.dispatchEvent(new Event('input'));
    await showList(el, 2);
    await clickButton(el, 'Clear filters');
    q<HTMLInputElement>(el, '.pinned-only input').click();
    await showList(el, 1);
    expect(listedBodies(el)).to.deep.equal(['Finished the painting']);
  });

  it('pins, edits, removes and undoes, with events and stored changes', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    await showList(el, 3);
    const pinned = oneEvent(el, 'rk-entry-saved');
    q<HTMLButtonElement>(el, 'article[data-index="0"] button[aria-pressed]').click();
    expect((await pinned).detail.entry.pinned).to.equal(true);
    await waitUntil(async () => (await waitForStored(store, 3))[0].pinned);

    await clickButton(el, 'Edit', q(el, 'article[data-index="2"]'));
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal(
      'A hard day, but I went outside',
    );
    await typeInto(el, '#entry-body', 'A hard day, and I still went outside');
    const edited = oneEvent(el, 'rk-entry-saved');
    await clickButton(el, 'Save changes');
    const { detail } = await edited;
    expect(detail.change).to.equal('updated');
    expect(detail.entry).to.include({
      body: 'A hard day, and I still went outside',
      date: '2026-09-21',
    });
    expect((await waitForStored(store, 3))[2].body).to.equal(
      'A hard day, and I still went outside',
    );

    await showList(el, 3);
    const removed = oneEvent(el, 'rk-entry-removed');
    await clickButton(el, 'Remove', q(el, 'article[data-index="1"]'));
    expect((await removed).detail.entry.body).to.equal('Finished the painting');
    await waitForStored(store, 2);
    const notice = q(el, 'rk-undo-notice');
    await waitUntil(() =>
      notice.shadowRoot?.textContent!.includes('Removed “Finished the painting”'),
    );
    const restored = oneEvent(el, 'rk-entry-saved');
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="undo-button"]')!.click();
    expect((await restored).detail.change).to.equal('restored');
    const back = await waitForStored(store, 3);
    expect(back[1]).to.include({ body: 'Finished the painting', pinned: true });
    await waitUntil(() =>
      el.shadowRoot!.activeElement?.textContent?.includes('Finished the painting'),
    );
  });

  it('is checked by axe in its settled colours, however slow the machine (transitions off)', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    el.style.setProperty('--rk-duration', '60s'); // a machine so slow a transition never ends
    await showList(el, 3);
    const pin = () => q<HTMLButtonElement>(el, 'article[data-index="0"] button[aria-pressed]');
    pin().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => pin().getAttribute('aria-pressed') === 'true',
      'the entry was not pinned',
    );
    expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('draws the hope check-in chart with a table of the same numbers, and counts CHIME processes', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store);
    await waitUntil(() => el.entries.complete);
    // The chart's controller is fetched once the look back (loaded with the entries) shows.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="chart"] canvas'), 'no chart');
    const canvas = q(el, '[part="chart"] canvas');
    canvas.scrollIntoView();
    await waitUntil(
      () => q(el, '[part="over-time"]') && canvas.getAttribute('aria-label')!.includes('3 points'),
    );
    const rows = all(el, '[part="hope-table"] tbody tr').map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Monday, 21 September 2026 3',
      'Saturday, 3 October 2026 7',
      'Tuesday, 10 November 2026 6',
    ]);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="chart"] canvas')!.getAttribute('width') !== null,
    );
    const frequency = all(el, '.frequency-row').map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(frequency)
      .to.include('Connectedness 1 entry')
      .and.include('Meaning and purpose 1 entry')
      .and.include('Identity 0 entries');
    await expect(el).to.be.accessible();
  });
});

describe('rk-hope-journal: drafts and faults', () => {
  it('keeps a draft across re-creation and page hide, and discards it only when asked', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Half a thought about tomorrow');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    el.remove();
    await waitUntil(
      async () => (await keptDrafts(store)).join() === 'Half a thought about tomorrow',
    );
    const again = await journal(store);
    await waitUntil(
      () => q<HTMLTextAreaElement>(again, '#entry-body').value === 'Half a thought about tomorrow',
    );
    await clickButton(again, 'Discard draft');
    expect(q(again, '[part="confirm"]').textContent).to.contain(
      '“Half a thought about tomorrow” will be deleted',
    );
    expect(again.shadowRoot!.activeElement!.id).to.equal('discard-confirm');
    await clickButton(again, 'Yes, discard it');
    expect(q<HTMLTextAreaElement>(again, '#entry-body').value).to.equal('');
    await waitUntil(async () => (await keptDrafts(store)).length === 0);
    expect(await store.collection(entryModel).count()).to.equal(0);
  });

  it('shows a failed save, keeps the text and the draft, and saves on retry', async () => {
    const { store, faults } = await createFaultyStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Text that must not be lost');
    faults.fail('put', 'quota-exceeded');
    const failed = oneEvent(el, 'rk-storage-error');
    await clickButton(el, 'Save entry');
    expect((await failed).detail.error.code).to.equal('quota-exceeded');
    await el.updateComplete;
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal('Text that must not be lost');
    expect(el.saveState).to.equal('error');
    faults.clear();
    const saved = oneEvent(el, 'rk-entry-saved');
    el.dispatchEvent(
      new CustomEvent('rk-retry-requested', { bubbles: true, composed: true, detail: {} }),
    );
    expect((await saved).detail.entry.body).to.equal('Text that must not be lost');
    await waitForStored(store, 1);
    await waitUntil(() => q<HTMLTextAreaElement>(el, '#entry-body').value === '');
  });

  it('shows entries that fail validation or are newer read-only, with a note', async () => {
    const store = await createTestStore('journal');
    const now = new Date().toISOString();
    await store.adapter.importAll(
      [
        {
          id: 'bad',
          kind: 'entry',
          schemaVersion: 1,
          createdAt: now,
          updatedAt: now,
          rev: '1-a',
          sortKey: '2026-11-02|x',
          data: { body: 'Odd old entry', hope: 99 },
        },
        {
          id: 'new',
          kind: 'entry',
          schemaVersion: 9,
          createdAt: now,
          updatedAt: now,
          rev: '1-b',
          sortKey: '2026-11-01|x',
          data: { body: 'From the future', date: '2026-11-01' },
        },
      ],
      { mode: 'merge' },
    );
    const el = await journal(store);
    await showList(el, 2);
    const notes = all(el, '[part="readonly-note"]').map((n) => n.textContent!.trim());
    expect(notes[0]).to.contain('could not be read');
    expect(notes[1]).to.contain('newer version');
    expect(all(el, 'article button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('in read-only mode shows entries without a composer or actions', async () => {
    const store = await createTestStore('journal');
    await seed(store);
    const el = await journal(store, { readonly: true });
    await showList(el, 3);
    expect(el.shadowRoot!.querySelector('[part="composer"]')).to.equal(null);
    expect(all(el, 'article button')).to.have.length(0);
  });
});

describe('rk-hope-journal: reading fails', () => {
  it('says so, reports rk-storage-error, and reads again on Try again', async () => {
    const { store, faults } = await createFaultyStore('journal');
    await store.collection(entryModel).create(sampleEntry({ body: 'Still here' }));
    faults.fail('list', 'unavailable');
    const el = document.createElement('rk-hope-journal');
    el.store = store;
    const failed = oneEvent(el, 'rk-storage-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail).to.include({ operation: 'read-entries', retryable: true });
      await el.updateComplete;
      expect(q(el, '[role="alert"]').textContent).to.contain('could not be read');
      faults.clear();
      await clickButton(el, 'Try again');
      await showList(el, 1);
      expect(listedBodies(el)).to.deep.equal(['Still here']);
    } finally {
      el.remove();
    }
  });
});
