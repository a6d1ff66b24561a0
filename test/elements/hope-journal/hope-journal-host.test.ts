import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { entryModel } from '../../../src/core/entry.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import '../../../src/elements/provider/define.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
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

describe('rk-hope-journal: for the host', () => {
  it('works under <rk-provider>, using its store and its string overrides', async () => {
    const store = await createTestStore('journal');
    const provider = await fixture(
      html`<rk-provider
        .store=${store}
        .strings=${{ 'hope-journal': { heading: 'My hope notes' } }}
      >
        <rk-hope-journal></rk-hope-journal>
      </rk-provider>`,
    );
    const el = provider.querySelector('rk-hope-journal') as RkHopeJournal;
    await waitUntil(() => el.entries.state !== 'idle', 'entries never loaded', { timeout: 5000 });
    await el.updateComplete;
    expect(q(el, '[part="heading"]').textContent!.trim()).to.equal('My hope notes');
    await typeInto(el, '#entry-body', 'Saved through the provider');
    await clickButton(el, 'Save entry');
    const [entry] = await waitForStored(store, 1);
    expect(entry.body).to.equal('Saved through the provider');
  });

  it('puts its heading at heading-level and warns about a bad level', async () => {
    const store = await createTestStore('journal');
    const el = await fixture<RkHopeJournal>(
      html`<rk-hope-journal .store=${store} heading-level="3"></rk-hope-journal>`,
    );
    await el.updateComplete;
    expect(q(el, '[part="heading"]').localName).to.equal('h3');
    expect(all(el, '[part="section-heading"]')[0].localName).to.equal('h4');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      el.headingLevel = 9;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(q(el, '[part="heading"]').localName).to.equal('h2');
    expect(warnings.join(' ')).to.contain('heading-level');
  });

  it('offers host prompts, and falls back to the defaults (with a warning) for unusable ones', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store, { prompts: [{ id: 'only', text: 'What made you smile?' }] });
    expect(q(el, '[part="prompt"] .prompt-text').textContent).to.equal('What made you smile?');
    expect(
      [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim()),
    ).not.to.include('Another prompt');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      el.prompts = [{ id: '', text: '' }] as never;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.join(' ')).to.contain('prompt');
    expect(q(el, '[part="prompt"] .prompt-text').textContent).to.not.equal('What made you smile?');
  });

  it('shows an entry written in another tab', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    const other = await openSecondTab(store);
    await other.collection(entryModel).create(sampleEntry({ body: 'Written in the other tab' }));
    await waitUntil(() => el.entries.index.size === 1, 'the other tab’s entry never arrived', {
      timeout: 3000,
    });
    await showList(el, 1);
    expect(listedBodies(el)).to.deep.equal(['Written in the other tab']);
  });

  it('stops editing without changing the saved entry, after saying so', async () => {
    const store = await createTestStore('journal');
    await store.collection(entryModel).create(sampleEntry({ body: 'Keep me as I am' }));
    const el = await journal(store);
    await showList(el, 1);
    await clickButton(el, 'Edit', q(el, 'article[data-index="0"]'));
    await typeInto(el, '#entry-body', 'Changed my mind');
    await clickButton(el, 'Stop editing');
    expect(q(el, '[part="confirm"]').textContent).to.contain('The saved entry stays as it was');
    await clickButton(el, 'Yes, discard it');
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal('');
    const [entry] = await waitForStored(store, 1);
    expect(entry.body).to.equal('Keep me as I am');
    expect(q(el, '[part="composer"]').textContent).to.contain('Write an entry');
  });

  it('fires rk-entry-saved only after the entry is stored', async () => {
    const store = await createTestStore('journal');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Checking the order');
    const saved = oneEvent(el, 'rk-entry-saved');
    await clickButton(el, 'Save entry');
    const { detail } = await saved;
    const stored = await store.collection(entryModel).get(detail.record.id);
    expect(stored?.record?.rev).to.equal(detail.record.rev);
  });
});
