import { expect } from '@open-wc/testing';
import { draft } from '../../src/testing/conformance-harness.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { SyncClient } from '../../src/sync/sync-client.js';
import { SyncedAdapter } from '../../src/sync/synced-adapter.js';
import { toPushed } from '../../src/sync/wire.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { closeDevices, contents, device, newPerson, syncServer } from './sync-devices.js';

/** How many IndexedDB transactions `work` opens (every adapter call opens at least one). */
async function transactionsOf(work: () => Promise<unknown>): Promise<number> {
  const original = IDBDatabase.prototype.transaction;
  let opened = 0;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    opened += 1;
    return original.apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    IDBDatabase.prototype.transaction = original;
  }
  return opened;
}

const notes = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => draft(`n${from + i}`, 1, `note ${from + i}`));

describe('the synced store works a batch at a time (real IndexedDB, real server)', () => {
  afterEach(closeDevices);

  it('a save writes its record and outbox entry in one transaction, after one read', async () => {
    const phone = await device(newPerson());
    const created = await phone.adapter.put(draft('a'), null);
    expect(
      await transactionsOf(() => phone.adapter.put({ ...created, data: {} }, created.rev)),
    ).to.equal(2);
    expect(await phone.adapter.outbox.count()).to.equal(1);
  });

  it('pushing 300 records and pulling them on a fresh device take a few transactions per batch, not several per record', async () => {
    const person = newPerson();
    const phone = await device(person);
    for (const note of notes(300)) await phone.adapter.put(note, null);
    const pushing = await transactionsOf(() => phone.client.syncNow());
    expect(phone.client.status).to.include({ state: 'synced', pending: 0 });
    // 3 pushes of 100 (the outbox, the records, marking them sent, the answer's read and
    // write, the count: 6 each) and 4 reads each of the erase state (before the batch, and
    // in the lock when the answer comes), the pull back, the counts: about 50, under 60,
    // where one per record would be 300.
    expect(pushing).to.be.below(60);
    const laptop = await device(person, { pullLimit: 100 });
    const pulling = await transactionsOf(() => laptop.client.syncNow());
    expect(await laptop.adapter.count('note')).to.equal(300);
    // About 11 a page (4 of them reads of the erase state), 4 pages: about 42, where one per record would be 300.
    expect(pulling, '3 pages of 100').to.be.below(50);
    expect(await contents(laptop.adapter)).to.deep.equal(await contents(phone.adapter));
  });

  it('a page naming a record twice is applied in two steps, so its entry is dropped once', async () => {
    const phone = await device(newPerson());
    const stored = await phone.adapter.put(draft('a'), null);
    const { body } = toPushed(stored, null);
    const remote = { ...stored, seq: 1, deleted: false, body, updatedAt: stored.updatedAt };
    let moved = false;
    await phone.adapter.replica.pulled([remote, remote], async () => void (moved = true));
    expect(moved).to.equal(true);
    expect(await phone.adapter.outbox.count()).to.equal(0);
  });

  it('syncs the same way over an adapter without getMany and writeMany (one write at a time)', async () => {
    const person = newPerson();
    const namespace = uniqueNamespace('sync-plain');
    const plain = new IndexedDbAdapter({ namespace });
    Object.defineProperties(plain, {
      getMany: { value: undefined },
      writeMany: { value: undefined },
    });
    const adapter = new SyncedAdapter(plain);
    const client = new SyncClient(adapter, {
      url: await syncServer(),
      auth: () => `dev:${person}`,
      live: false,
    });
    try {
      for (const note of notes(120)) await adapter.put(note, null);
      await client.syncNow();
      expect(client.status).to.include({ state: 'synced', pending: 0 });
      const laptop = await device(person, { pullLimit: 50 });
      await laptop.client.syncNow();
      expect(await contents(laptop.adapter)).to.deep.equal(await contents(adapter));
      expect(Object.keys(await contents(laptop.adapter))).to.have.length(120);
    } finally {
      client.stop();
      await adapter.close();
      await deleteDatabase(`recovery-kit:${namespace}`);
    }
  });
});
