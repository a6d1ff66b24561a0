// JournalRemoval on its own, with the writes stubbed: what is said when the undo notice
// cannot be shown, and that an erase while the notice loads leaves nothing on screen.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { Entry } from '../../../src/core/entry.js';
import type { RecordEnvelope } from '../../../src/core/record.js';
import { hopeJournalStrings as strings } from '../../../src/elements/hope-journal/hope-journal.strings.js';
import type { ShownEntry } from '../../../src/elements/hope-journal/journal-entries.js';
import type {
  JournalEntryWrites,
  RemovedEntry,
} from '../../../src/elements/hope-journal/journal-entry-writes.js';
import { JournalRemoval } from '../../../src/elements/hope-journal/journal-removal.js';
import type { RkUndoNotice } from '../../../src/elements/undo/undo-notice.js';
import { sampleEntry } from './journal-fixtures.js';

const entry: Entry = sampleEntry({ body: 'A walk by the river' });
const item = {
  id: 'e1',
  entry,
  record: { id: 'e1', rev: '1', data: entry } as RecordEnvelope<Entry>,
  readonly: false,
} as ShownEntry;
const removedEntry: RemovedEntry = {
  tombstone: { id: 'e1', rev: '2', data: null } as RecordEnvelope<null>,
  entry,
};

/** A removal drawing into `root`, whose writes resolve when `removeDone` is called. */
function removalIn(root: HTMLElement) {
  let removeDone: (removed: RemovedEntry) => void = () => undefined;
  const writes = {
    remove: () => new Promise<RemovedEntry>((resolve) => (removeDone = resolve)),
  } as unknown as JournalEntryWrites;
  const draw = () => render(removal.render(strings), root);
  const removal: JournalRemoval = new JournalRemoval({
    element: {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => draw(),
      updateComplete: Promise.resolve(true),
    },
    root: () => root,
    strings: () => strings,
    writes,
    focusEntry: async () => undefined,
  });
  draw();
  return { removal, removeDone: (removed: RemovedEntry) => removeDone(removed) };
}

const announced = (root: HTMLElement) =>
  root.querySelector('p.visually-hidden[role="status"]')?.textContent ?? '';

describe('JournalRemoval', () => {
  it('announces the removal in its own live region when there is no notice to show', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const { removal, removeDone } = removalIn(root);
    root.querySelector('rk-undo-notice')!.remove(); // the notice is missing: nothing to show
    const removing = removal.remove(item);
    removeDone(removedEntry);
    await removing;
    expect(announced(root)).to.equal('Removed “A walk by the river”.');

    removal.erased();
    expect(announced(root)).to.equal('');
  });

  it('shows nothing when everything was erased while the notice was loading', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const { removal, removeDone } = removalIn(root);
    const removing = removal.remove(item);
    const done = Promise.resolve(removedEntry);
    removeDone(removedEntry);
    await done; // the removal is stored; its notice is still on its way
    removal.erased();
    await removing;
    const notice = root.querySelector<RkUndoNotice>('rk-undo-notice')!;
    await notice.updateComplete;
    expect(notice.open).to.equal(false);
    expect(announced(root)).to.equal('');
  });
});
