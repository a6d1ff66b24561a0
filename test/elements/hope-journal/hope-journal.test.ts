import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import { entryModel, localIsoDate } from '../../../src/core/entry.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
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
} from './journal-fixtures.js';

afterEach(cleanupStores);

describe('rk-hope-journal: writing', () => {
  it('starts empty, says so, and is accessible', async () => {
    const el = await journal(await createTestStore('journal'));
    expect(q(el, '[part="result-count"]').textContent).to.contain('No entries yet');
    expect(q(el, '#entry-date').getAttribute('type')).to.equal('date');
    expect((q(el, '#entry-date') as HTMLInputElement).value).to.equal(localIsoDate());
    await expect(el).to.be.accessible();
  });

  it('saves a free entry with hope check-in, CHIME and tags, and keeps it for a fresh element', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Walked by the river with Sam.');
    const seven = all(el, '.hope input[type="radio"]')[8] as HTMLInputElement; // "No check-in", 0..10
    seven.click();
    (all(el, '.chime input')[0] as HTMLInputElement).click();
    await typeInto(el, '#entry-tags', 'walks, Sam');
    const saved = oneEvent(el, 'rk-entry-saved');
    await clickButton(el, 'Save entry');
    const { detail } = await saved;
    expect(detail.change).to.equal('created');
    expect(detail.entry).to.include({
      body: 'Walked by the river with Sam.',
      hope: 7,
      pinned: false,
      date: localIsoDate(),
    });
    expect(detail.entry.tags).to.deep.equal(['walks', 'Sam']);
    expect(detail.entry.chime).to.deep.equal(['connectedness']);
    const [stored] = await waitForStored(store, 1);
    expect(stored.body).to.equal('Walked by the river with Sam.');
    await el.updateComplete;
    expect((q(el, '#entry-body') as HTMLTextAreaElement).value).to.equal('');
    el.remove();
    const fresh = await journal(store);
    await showList(fresh, 1);
    expect(listedBodies(fresh)).to.deep.equal(['Walked by the river with Sam.']);
    await expect(fresh).to.be.accessible();
  });

  it('refuses an empty entry with a clear message and saves nothing', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await clickButton(el, 'Save entry');
    const body = q(el, '#entry-body');
    expect(body.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#entry-body-error').textContent).to.contain('Write something');
    expect(el.shadowRoot!.activeElement).to.equal(body);
    expect(await store.collection(entryModel).count()).to.equal(0);
  });

  it('writes from a prompt and from the three good things form', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store, {
      prompts: [
        { id: 'three', text: 'Three good things', form: 'three-good-things' },
        { id: 'strength', text: 'A strength you used' },
      ],
    });
    // Whichever prompt is offered today, move to the three-good-things one.
    while (!q(el, '[part="prompt"] .prompt-text').textContent!.includes('Three good things')) {
      await clickButton(el, 'Another prompt');
    }
    await clickButton(el, 'Use this prompt');
    expect(all(el, '[part="good-thing"]')).to.have.length(3);
    await typeInto(el, '#good-thing-0-what', 'Sunshine at lunch');
    await typeInto(el, '#good-thing-0-why', 'I felt warm');
    await typeInto(el, '#good-thing-1-what', 'A call from Mum');
    await clickButton(el, 'Save entry');
    const [three] = await waitForStored(store, 1);
    expect(three.prompt).to.deep.equal({ id: 'three', text: 'Three good things' });
    expect(three.goodThings).to.deep.equal([
      { what: 'Sunshine at lunch', why: 'I felt warm' },
      { what: 'A call from Mum', why: '' },
    ]);
    expect(three.body).to.equal('');
    await clickButton(el, 'Another prompt');
    await clickButton(el, 'Use this prompt');
    expect(q(el, '#entry-body-hint').textContent).to.contain('A strength you used');
    await typeInto(el, '#entry-body', 'Patience with my nephew');
    await clickButton(el, 'Save entry');
    const entries = await waitForStored(store, 2);
    expect(entries.map((e) => e.prompt?.id)).to.have.members(['three', 'strength']);
    await showList(el, 2);
    expect(
      all(el, '.good-things li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Sunshine at lunch I felt warm', 'A call from Mum']);
  });

  it('backdates an entry and refuses a future date', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Remembering last spring');
    const date = q<HTMLInputElement>(el, '#entry-date');
    date.value = '2099-01-01';
    date.dispatchEvent(new Event('input'));
    await clickButton(el, 'Save entry');
    expect(q(el, '#entry-date-error').textContent).to.contain('earlier day');
    date.value = '2025-04-12';
    date.dispatchEvent(new Event('input'));
    await clickButton(el, 'Save entry');
    const [entry] = await waitForStored(store, 1);
    expect(entry.date).to.equal('2025-04-12');
  });

  it('stores and shows HTML, emoji, RTL and 100 kB as plain text', async () => {
    const store = await createTestStore('journal');
    const hostile =
      '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> 🌱 שלום مرحبا';
    const long = `${'a'.repeat(100_000)}`;
    await store.collection(entryModel).create(sampleEntry({ body: hostile, date: '2026-11-02' }));
    await store.collection(entryModel).create(sampleEntry({ body: long, date: '2026-11-01' }));
    const el = await journal(store);
    await showList(el, 2);
    expect(listedBodies(el)[0]).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    expect(listedBodies(el)[1].length).to.be.lessThan(2_000);
    await clickButton(el, 'Read all of this entry');
    expect(listedBodies(el)[1]).to.equal(long);
  });
});

describe('rk-hope-journal: odd input through the composer', () => {
  it('saves 100 kB with emoji, RTL and markup exactly as typed', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    const text = `<b onclick="x()">bold?</b> 🌱🏳️‍🌈 שלום مرحبا\n${'long line '.repeat(10_000)}`;
    const body = q<HTMLTextAreaElement>(el, '#entry-body');
    body.value = text;
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await clickButton(el, 'Save entry');
    const [entry] = await waitForStored(store, 1);
    expect(entry.body).to.equal(text);
    await showList(el, 1);
    expect(el.shadowRoot!.querySelector('article b')).to.equal(null);
  });
});

describe('rk-hope-journal: looks', () => {
  it('passes axe in the dark theme with entries and a field error showing', async () => {
    const store = await createTestStore('journal');
    await store.collection(entryModel).create(
      sampleEntry({
        body: 'Dark evening, warm tea',
        hope: 5,
        tags: ['tea'],
        chime: ['hope'],
        pinned: true,
      }),
    );
    const el = await fixture<RkHopeJournal>(
      html`<rk-hope-journal .store=${store} theme="dark"></rk-hope-journal>`,
    );
    await waitUntil(() => el.entries.complete, 'entries never loaded');
    await clickButton(el, 'Save entry');
    await showList(el, 1);
    expect(q(el, '#entry-body-error').textContent).to.contain('Write something');
    await expect(el).to.be.accessible();
  });
});

describe('rk-hope-journal: keyboard only', () => {
  it('writes, checks in with the arrow keys and saves with Enter', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Typed without a mouse');
    const none = all(el, '.hope input[type="radio"]')[0] as HTMLInputElement;
    none.focus();
    await sendKeys({ press: 'ArrowRight' }); // 0
    await sendKeys({ press: 'ArrowRight' }); // 1
    await sendKeys({ press: 'ArrowRight' }); // 2
    await typeInto(el, '#entry-tags', 'quiet');
    const saved = oneEvent(el, 'rk-entry-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.entry).to.include({ body: 'Typed without a mouse', hope: 2 });
    expect(detail.entry.tags).to.deep.equal(['quiet']);
  });
});
