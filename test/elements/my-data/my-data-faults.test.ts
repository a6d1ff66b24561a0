import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { myDataStrings } from '../../../src/elements/my-data/my-data.strings.js';
import type { RkMyData } from '../../../src/elements/my-data/my-data.js';
import { cleanupStores, createFaultyStore, createTestStore } from '../../helpers/stores.js';
import {
  catchDownloads,
  chooseFile,
  everything,
  myData,
  press,
  q,
  saveCopy,
  saveStatus,
  seed,
  shown,
} from './my-data-fixtures.js';

/** Waits until the save status shows the failure with its "Try again" button, and returns it. */
async function tryAgainButton(el: RkMyData): Promise<HTMLButtonElement> {
  const status = saveStatus(el);
  await waitUntil(() => status.shadowRoot!.querySelector('[part="retry"]'), 'no "Try again"', {
    timeout: 5000,
  });
  return status.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
}

const problem = (el: RkMyData, section: string) =>
  q(el, `[part="${section}"] [part="problem"]`)?.textContent?.trim();

describe('<rk-my-data> when storage fails', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(async () => {
    downloads.restore();
    await cleanupStores();
  });

  it('a copy that cannot be made shows "Try again" in the save status; trying again saves it', async () => {
    const { store, faults } = await createFaultyStore('my-data-export-fault');
    await seed(store);
    const el = await myData(store);
    let exported = 0;
    el.addEventListener('rk-data-exported', () => (exported += 1));
    const failure = oneEvent(el, 'rk-storage-error');
    faults.fail('exportAll', 'unavailable');

    await press(q(el, '#export'));
    const { detail } = await failure;
    expect(detail.operation).to.equal('export-copy');
    const retry = await tryAgainButton(el);
    await el.updateComplete;
    expect(problem(el, 'export')).to.equal(myDataStrings.failed);
    expect(exported).to.equal(0);
    expect(downloads.files).to.deep.equal([]);
    await expect(el).to.be.accessible();

    faults.clear();
    const saved = oneEvent(el, 'rk-data-exported');
    retry.click();
    expect((await saved).detail.count).to.equal(4);
    expect(downloads.files).to.have.length(1);
    await waitUntil(() => problem(el, 'export') === undefined, 'the failure note stayed');
    // A copy only reads the store: the status leaves "Try again" but never claims "Saved".
    expect(saveStatus(el).state).to.equal('ready');
  });

  it('a copy that cannot be written back leaves the store as it was until "Try again" works', async () => {
    const source = await createTestStore('my-data-source');
    await seed(source);
    const { text } = await saveCopy(await myData(source), downloads);
    const { store, faults } = await createFaultyStore('my-data-import-fault');
    const el = await myData(store);
    let imported = 0;
    el.addEventListener('rk-data-imported', () => (imported += 1));

    await chooseFile(el, text);
    faults.fail('importAll', 'quota-exceeded');
    await press(q(el, '#import-confirm'));
    const retry = await tryAgainButton(el);
    await el.updateComplete;
    expect(problem(el, 'import')).to.equal(myDataStrings.failed);
    expect(shown(el, '[part="preview"]')).to.equal(true);
    expect(await everything(store)).to.deep.equal([]);
    expect(imported).to.equal(0);
    await expect(el).to.be.accessible();

    faults.clear();
    const done = oneEvent(el, 'rk-data-imported');
    retry.click();
    expect((await done).detail.added).to.equal(4);
    expect(await everything(store)).to.deep.equal(await everything(source));
    await waitUntil(() => problem(el, 'import') === undefined, 'the failure note stayed');
    expect(shown(el, '[part="preview"]')).to.equal(false);
  });

  it('an erase that fails erases nothing and keeps the warning open until "Try again" works', async () => {
    const { store, faults } = await createFaultyStore('my-data-erase-fault');
    await seed(store);
    const before = await everything(store);
    const el = await myData(store);
    let erased = 0;
    el.addEventListener('rk-data-erased', () => (erased += 1));
    faults.fail('purgeAll', 'unavailable');

    await press(q(el, '#erase-start'));
    await el.updateComplete;
    await press(q(el, '#erase-confirm'));
    const retry = await tryAgainButton(el);
    await el.updateComplete;
    expect(problem(el, 'erase')).to.equal(myDataStrings.failed);
    expect(shown(el, '[part="erase-warning"]')).to.equal(true);
    expect(await everything(store)).to.deep.equal(before);
    expect(erased).to.equal(0);
    await expect(el).to.be.accessible();

    faults.clear();
    const done = oneEvent(el, 'rk-data-erased');
    retry.click();
    await done;
    expect(await everything(store)).to.deep.equal([]);
    await el.updateComplete;
    expect(shown(el, '[part="erase-warning"]')).to.equal(false);
    await waitUntil(() => problem(el, 'erase') === undefined, 'the failure note stayed');
  });

  it('after "Keep my data" or "Not now", "Try again" no longer erases or brings anything back', async () => {
    const source = await createTestStore('my-data-source');
    await seed(source);
    const { text } = await saveCopy(await myData(source), downloads);
    const { store, faults } = await createFaultyStore('my-data-changed-mind');
    await seed(store);
    const before = await everything(store);
    const el = await myData(store);
    const events: string[] = [];
    el.addEventListener('rk-data-erased', () => events.push('erased'));
    el.addEventListener('rk-data-imported', () => events.push('imported'));
    faults.fail('purgeAll', 'unavailable');
    faults.fail('importAll', 'quota-exceeded');

    await press(q(el, '#erase-start'));
    await el.updateComplete;
    await press(q(el, '#erase-confirm'));
    await tryAgainButton(el);
    await press(q(el, '#erase-cancel'));

    await chooseFile(el, text);
    await press(q(el, '#import-confirm'));
    await waitUntil(() => problem(el, 'import'), 'the import never failed');
    const notNow = [...el.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === myDataStrings.importCancel,
    )!;
    await press(notNow);

    faults.clear();
    saveStatus(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    // Both kept operations have run again once their failure notes are gone.
    await waitUntil(
      () => !problem(el, 'erase') && !problem(el, 'import') && saveStatus(el).state === 'saved',
      'the retry never finished',
      { timeout: 5000 },
    );
    expect(await everything(store)).to.deep.equal(before);
    expect(events).to.deep.equal([]);
  });

  it('a second press of "Erase everything" while it runs does not erase twice', async () => {
    const store = await createTestStore('my-data-twice');
    await seed(store);
    const el = await myData(store);
    let erased = 0;
    el.addEventListener('rk-data-erased', () => (erased += 1));
    await press(q(el, '#erase-start'));
    await el.updateComplete;
    const confirm = q<HTMLButtonElement>(el, '#erase-confirm')!;
    confirm.click();
    confirm.click();
    // Both presses have settled once nothing is saving any more.
    await waitUntil(() => erased > 0 && saveStatus(el).state === 'saved', 'never erased', {
      timeout: 5000,
    });
    expect(await everything(store)).to.deep.equal([]);
    expect(erased).to.equal(1);
  });
});
