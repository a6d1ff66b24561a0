import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LeaveJournal } from '../../src/storage/leave-journal.js';
import type { DraftSealer } from '../../src/storage/storage-adapter.js';
import { StorageError } from '../../src/storage/storage-error.js';

/** A sealer that reverses and base64-encodes, and can be locked. */
function fakeSealer(): DraftSealer & { locked: boolean } {
  return {
    locked: false,
    seal: (text) => Promise.resolve(btoa(encodeURIComponent([...text].reverse().join('')))),
    open(sealed) {
      if (this.locked) return Promise.reject(new StorageError('locked', 'Locked.'));
      return Promise.resolve([...decodeURIComponent(atob(sealed))].reverse().join(''));
    },
  };
}

const ours = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('recovery-kit-unsaved|'));
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('LeaveJournal', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('writes synchronously, reads back by slot or by prefix, and settles exactly what was read', async () => {
    const journal = new LeaveJournal('indexeddb:j1');
    journal.keep('goal:a', { why: 'air' }, 'rev-1');
    journal.keep('goal:b', { why: 'sea' });
    journal.keep('goal-new', { title: 'Walk' });
    expect(ours()).to.have.length(3); // already in localStorage, no await
    const goals = await journal.read<{ why: string }>('goal:');
    expect(goals.map((each) => [each.slot, each.value.why, each.base]).sort()).to.deep.equal([
      ['goal:a', 'air', 'rev-1'],
      ['goal:b', 'sea', undefined],
    ]);
    expect((await journal.read('goal-new')).map((each) => each.slot)).to.deep.equal(['goal-new']);
    expect(await journal.read('goal')).to.deep.equal([]);
    journal.keep('goal:a', { why: 'air and sun' }); // typed again after the read
    goals.forEach((each) => journal.settle(each));
    expect(
      (await journal.read<{ why: string }>('goal:')).map((each) => each.value.why),
    ).to.deep.equal(['air and sun']);
  });

  it('keeps stores apart, drops one slot, and clear() erases only its own store', async () => {
    const one = new LeaveJournal('indexeddb:one');
    const two = new LeaveJournal('indexeddb:two');
    one.keep('plan', 'mine');
    one.keep('reading', 'r');
    two.keep('plan', 'theirs');
    one.drop('reading');
    expect((await one.read('reading')).length).to.equal(0);
    expect((await two.read<string>('plan'))[0].value).to.equal('theirs');
    one.clear();
    expect(await one.read('plan')).to.deep.equal([]);
    expect((await two.read<string>('plan'))[0].value).to.equal('theirs');
  });

  it('with a sealer, keeps no plain text and reads back after opening; locked entries stay', async () => {
    const sealer = fakeSealer();
    const journal = new LeaveJournal('indexeddb:sealed', sealer);
    journal.keep('plan', { notes: 'MARKER private words' });
    await until(() => ours().length === 1);
    const raw = localStorage.getItem(ours()[0])!;
    expect(raw).to.not.contain('MARKER');
    expect(raw).to.not.contain('notes');
    expect((await journal.read<{ notes: string }>('plan'))[0].value.notes).to.equal(
      'MARKER private words',
    );
    sealer.locked = true;
    expect(await journal.read('plan')).to.deep.equal([]);
    expect(ours()).to.have.length(1);
  });

  it('with a sealer, a late seal of older typing never replaces newer typing', async () => {
    const sealer = fakeSealer();
    let release!: () => void;
    const slow: DraftSealer = {
      seal: (text) =>
        text.includes('old')
          ? new Promise((resolve) => (release = () => resolve(sealer.seal(text))))
          : sealer.seal(text),
      open: (text) => sealer.open(text),
    };
    const journal = new LeaveJournal('indexeddb:late', slow);
    journal.keep('plan', 'old');
    journal.keep('plan', 'new');
    await until(() => ours().length === 1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await journal.read<string>('plan'))[0].value).to.equal('new');
  });

  it("'off' keeps nothing", async () => {
    const journal = new LeaveJournal('indexeddb:off', 'off');
    journal.keep('plan', 'words');
    expect(journal.enabled).to.equal(false);
    expect(ours()).to.deep.equal([]);
    expect(await journal.read('plan')).to.deep.equal([]);
  });

  it('without a store name lives in memory only', async () => {
    const journal = new LeaveJournal(undefined);
    journal.keep('plan', 'words');
    expect(ours()).to.deep.equal([]);
    expect((await journal.read<string>('plan'))[0].value).to.equal('words');
  });

  it('writes its own entries back when localStorage is cleared under the page, never what was dropped or erased', async () => {
    const journal = new LeaveJournal('indexeddb:cleared');
    const other = new LeaveJournal('indexeddb:cleared-erased');
    journal.keep('goal-new', { title: 'Walk' });
    journal.keep('reading', 'r');
    journal.drop('reading');
    other.keep('plan', 'erased soon');
    localStorage.clear(); // the page's own clear: no event here, so nothing is written back yet
    other.clear(); // erase-all, after its entries were already gone
    const mine = () => ours().filter((key) => key.includes('cleared'));
    expect(mine()).to.deep.equal([]);
    let cleared = 0;
    const count = (event: StorageEvent) => (cleared += event.key === null ? 1 : 0);
    addEventListener('storage', count);
    // As the browser's "clear site data" does, possibly after the page already wrote again.
    await executeServerCommand('clear-site-data', { storageTypes: 'local_storage' });
    await until(() => cleared > 0);
    removeEventListener('storage', count);
    expect(mine()).to.have.length(1);
    expect((await journal.read<{ title: string }>('goal-new'))[0].value.title).to.equal('Walk');
    expect(await other.read('plan')).to.deep.equal([]);
  });

  it('leaves gone what another tab removed by name (its erase): that is not a clear', async () => {
    const journal = new LeaveJournal('indexeddb:removed');
    journal.keep('plan', 'words');
    const [key] = ours();
    localStorage.removeItem(key);
    dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
    expect(ours()).to.deep.equal([]);
  });
});
