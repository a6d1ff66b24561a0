import { expect, waitUntil } from '@open-wc/testing';
import { checkBundle, type ExportBundle } from '../../../src/core/export-format.js';
import { localDay } from '../../../src/core/calendar-day.js';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { myDataStrings } from '../../../src/elements/my-data/my-data.strings.js';
import type { RkGoalTracker } from '../../../src/elements/goal-tracker/goal-tracker.js';
import type { ImportReport } from '../../../src/storage/import-plan.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import { all, tracker } from '../goal-tracker/goal-tracker-fixtures.js';
import {
  announced,
  catchDownloads,
  chooseFile,
  everything,
  focusedId,
  myData,
  press,
  q,
  saveCopy,
  saveStatus,
  seed,
  shown,
} from './my-data-fixtures.js';

const goalTitles = (goals: RkGoalTracker) =>
  all(goals, '[part="goal-toggle"]').map((button) => button.textContent!.trim());

describe('<rk-my-data> saving a copy and bringing it back', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => (downloads = catchDownloads()));
  afterEach(async () => {
    downloads.restore();
    await cleanupStores();
  });

  it('saves a checked copy of everything, by keyboard, in a file named for today', async () => {
    const store = await createTestStore('my-data-export');
    await seed(store);
    const el = await myData(store);
    await expect(el).to.be.accessible();

    const { detail, text } = await saveCopy(el, downloads);
    const fileName = `my-recovery-kit-copy-${localDay()}.json`;
    expect(detail).to.deep.equal({ count: 4, fileName });
    expect(downloads.files).to.deep.equal([fileName]);
    expect(downloads.blobs[0].type).to.equal('application/json');

    // The file is a whole, checksummed copy of every record, removal markers included.
    const checked = await checkBundle(text);
    expect(checked.ok).to.equal(true);
    const bundle = JSON.parse(text) as ExportBundle;
    const sorted = [...bundle.records].sort((a, b) =>
      `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`),
    );
    expect(sorted).to.deep.equal(await everything(store));

    await el.updateComplete;
    // Saving a copy only reads: the status never claims that anything was saved.
    expect(saveStatus(el).state).to.equal('ready');
    expect(saveStatus(el).shadowRoot!.textContent).to.not.include('Saved');
    expect(q(el, '[part="export"] [part="result"]')!.textContent).to.include(fileName);
    expect(announced(el)).to.include(fileName);
    expect(focusedId(el)).to.equal('export');
    await expect(el).to.be.accessible();
  });

  it('brings a copy back into a fresh store after saying what would change, and the tools there show it', async () => {
    const source = await createTestStore('my-data-source');
    await seed(source);
    const { text } = await saveCopy(await myData(source), downloads);

    const store = await createTestStore('my-data-target');
    const own = await store
      .collection(goalModel)
      .create(createGoal({ title: 'Learn three songs on the ukulele', chime: ['identity'] }));
    const goals = await tracker(store);
    const el = await myData(store);
    let imported = 0;
    el.addEventListener('rk-data-imported', () => (imported += 1));

    await chooseFile(el, text);
    // The dry run describes the copy and writes nothing; it only read, so it never says "Saved".
    expect(saveStatus(el).state).to.equal('ready');
    const preview = q(el, '[part="preview"]')!.textContent!.replace(/\s+/g, ' ');
    expect(preview).to.include(myDataStrings.preview(4, 0, 0));
    expect(announced(el)).to.equal(myDataStrings.preview(4, 0, 0));
    expect(focusedId(el)).to.equal('copy-file');
    expect(await everything(store)).to.have.length(1);
    expect(imported).to.equal(0);
    await expect(el).to.be.accessible();

    const done = new Promise<ImportReport>((resolve) =>
      el.addEventListener('rk-data-imported', (e) => resolve(e.detail), { once: true }),
    );
    await press(q(el, '#import-confirm'));
    const report = await done;
    expect(report).to.deep.include({ ok: true, dryRun: false, mode: 'merge', added: 4 });
    expect(report).to.deep.include({ replaced: 0, kept: 0, removed: 0 });

    // Every record came back exactly (ids, dates, revisions), and what was here stayed.
    const now = await everything(store);
    expect(now.filter((record) => record.id !== own.id)).to.deep.equal(await everything(source));
    expect(now.find((record) => record.id === own.id)).to.deep.equal(own);

    await el.updateComplete;
    expect(shown(el, '[part="preview"]')).to.equal(false);
    const message = myDataStrings.imported(4, 0);
    expect(q(el, '[part="import"] [part="result"]')!.textContent).to.equal(message);
    expect(announced(el)).to.equal(message);
    expect(focusedId(el)).to.equal('copy-file');
    expect(q<HTMLInputElement>(el, '#copy-file')!.value).to.equal('');
    await expect(el).to.be.accessible();

    // The goal tracker on the same store refreshed itself through the change feed.
    await waitUntil(() => goalTitles(goals).length === 3, 'the tracker never refreshed', {
      timeout: 5000,
    });
    expect(goalTitles(goals)).to.have.members([
      'Learn three songs on the ukulele',
      'Walk to the park on Saturday',
      'Phone my sister',
    ]);

    // Another tab (a fresh element and tracker on the same database) sees the same.
    const again = await openSecondTab(store);
    const fresh = await tracker(again);
    expect(goalTitles(fresh)).to.have.length(3);
    expect(await everything(again)).to.deep.equal(now);
    expect(imported).to.equal(1);
  });

  it('says when a copy holds nothing new, and offers nothing to confirm', async () => {
    const store = await createTestStore('my-data-same');
    await seed(store);
    const el = await myData(store);
    const { text } = await saveCopy(el, downloads);
    const before = await everything(store);

    await chooseFile(el, text);
    expect(q(el, '[part="preview"]')!.textContent!.trim()).to.equal(myDataStrings.nothingNew);
    expect(shown(el, '#import-confirm')).to.equal(false);
    expect(announced(el)).to.equal(myDataStrings.nothingNew);
    expect(await everything(store)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('lets the person change their mind about a copy: "Not now" writes nothing', async () => {
    const source = await createTestStore('my-data-source');
    await seed(source);
    const { text } = await saveCopy(await myData(source), downloads);
    const store = await createTestStore('my-data-not-now');
    const el = await myData(store);
    let imported = 0;
    el.addEventListener('rk-data-imported', () => (imported += 1));

    await chooseFile(el, text);
    const notNow = [...el.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === myDataStrings.importCancel,
    )!;
    await press(notNow);
    await el.updateComplete;
    expect(shown(el, '[part="preview"]')).to.equal(false);
    expect(focusedId(el)).to.equal('copy-file');
    expect(await everything(store)).to.deep.equal([]);
    expect(imported).to.equal(0);
  });

  it('refuses a damaged, wrong or newer-format file calmly, next to the field, writing nothing', async () => {
    const source = await createTestStore('my-data-source');
    await seed(source);
    const { text } = await saveCopy(await myData(source), downloads);
    const newer = JSON.stringify({ ...JSON.parse(text), formatVersion: 99 });

    const store = await createTestStore('my-data-refuse');
    await store
      .collection(goalModel)
      .create(createGoal({ title: 'Already here', chime: ['hope'] }));
    const before = await everything(store);
    const el = await myData(store);
    let imported = 0;
    el.addEventListener('rk-data-imported', () => (imported += 1));

    const cases: [string, string][] = [
      [text.replace('Phone my sister', 'Phone my brother'), myDataStrings.damagedCopy],
      ['this is not a copy at all', myDataStrings.damagedCopy],
      [JSON.stringify({ shopping: ['milk', 'bread'] }), myDataStrings.notACopy],
      [newer, myDataStrings.newerCopy],
    ];
    for (const [content, message] of cases) {
      await chooseFile(el, content);
      const input = q<HTMLInputElement>(el, '#copy-file')!;
      expect(q(el, '#copy-file-error')!.textContent!.trim()).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('copy-file-error');
      expect(announced(el)).to.equal(message);
      expect(shown(el, '[part="preview"]')).to.equal(false);
      expect(shown(el, '#import-confirm')).to.equal(false);
      expect(await everything(store)).to.deep.equal(before);
      await expect(el).to.be.accessible();
    }
    expect(imported).to.equal(0);

    // A good copy afterwards clears the message.
    await chooseFile(el, text);
    expect(shown(el, '#copy-file-error')).to.equal(false);
    expect(q(el, '#copy-file')!.getAttribute('aria-invalid')).to.equal('false');
  });
});
