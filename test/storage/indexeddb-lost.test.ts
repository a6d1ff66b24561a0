import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import type { StorageChange } from '../../src/storage/storage-adapter.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { closeOnNextTransaction } from './indexeddb-raw.js';

/** An adapter on a fresh database, with every change it hears. */
async function watched(namespace = uniqueNamespace('lost')) {
  const adapter = new IndexedDbAdapter({ namespace });
  const heard: StorageChange[] = [];
  adapter.subscribe((change) => heard.push(change));
  await adapter.put(draft('a'), null);
  const lost = () => heard.filter((change) => change.type === 'lost');
  return { adapter, heard, lost, namespace };
}

describe('IndexedDbAdapter when the stored data goes away under the page', () => {
  const adapters: IndexedDbAdapter[] = [];
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.close()));
  });

  it('hears `lost` when its database is deleted, in this instance and in another one (each tab notices itself)', async () => {
    const here = await watched();
    const there = new IndexedDbAdapter({ namespace: here.namespace });
    const heardThere: StorageChange[] = [];
    there.subscribe((change) => heardThere.push(change));
    await there.get('note', 'a'); // its own connection is open
    adapters.push(here.adapter, there);
    await deleteDatabase(here.adapter.databaseName);
    await waitUntil(() => here.lost().length === 1 && heardThere.some((c) => c.type === 'lost'));
    expect(here.lost()).to.deep.equal([{ type: 'lost', origin: 'local' }]);
    // The next operation opens a new, empty database: the record is gone, writing works.
    expect(await here.adapter.get('note', 'a')).to.equal(undefined);
    const again = await here.adapter.put(draft('a'), null);
    expect(await there.get('note', 'a')).to.deep.equal(again);
    expect(heardThere.filter((c) => c.type === 'lost')).to.have.length(1);
  });

  it('hears `lost` when the browser clears the site data (Chromium closes the connection)', async () => {
    const here = await watched();
    adapters.push(here.adapter);
    await executeServerCommand('clear-site-data', { storageTypes: 'indexeddb' });
    await waitUntil(() => here.lost().length === 1, 'clearing site data went unnoticed');
    expect(await here.adapter.exportAll()).to.deep.equal([]);
  });

  it('hears `lost` once when a transaction finds the connection closed before its close event', async () => {
    const here = await watched();
    adapters.push(here.adapter);
    closeOnNextTransaction();
    await here.adapter.get('note', 'a');
    expect(here.lost()).to.have.length(1);
  });

  it('says nothing when it closes itself, or when a newer version upgrades the database', async () => {
    const here = await watched();
    adapters.push(here.adapter);
    await here.adapter.close();
    await here.adapter.get('note', 'a'); // reopened
    await new Promise<void>((resolve, reject) => {
      const upgrade = indexedDB.open(here.adapter.databaseName, 2);
      upgrade.onsuccess = () => {
        upgrade.result.close();
        resolve();
      };
      upgrade.onerror = () => reject(upgrade.error);
    });
    expect(here.lost()).to.deep.equal([]);
    await deleteDatabase(here.adapter.databaseName);
  });
});
