/**
 * put() resolves only once its transaction has committed (RELIABILITY 6, 10), proved
 * with a real failure at commit: the browser's quota for the origin, set low through
 * the DevTools protocol. The request itself succeeds; the transaction then aborts.
 *
 * A file of its own: the browser reads an origin's quota when IndexedDB is first used
 * there, so the override must come before any other test opens a database.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { draft, rejectionOf } from './conformance-harness.js';

/** Random text (about 400 kB), which the database cannot compress below the quota. */
const big = () =>
  Array.from({ length: 200_000 }, () => Math.random().toString(36).slice(2, 4)).join('');

describe('IndexedDbAdapter at commit', () => {
  const namespace = uniqueNamespace('idb-commit');
  before(() => executeServerCommand('override-quota', { bytes: 200 * 1024 }));
  after(async () => {
    await executeServerCommand('override-quota', { bytes: null });
    await deleteDatabase(`recovery-kit:${namespace}`);
  });

  it('rejects a put, a create and an import that fail at commit, and keeps what was stored', async () => {
    const adapter = new IndexedDbAdapter({ namespace });
    const stored = await adapter.put(draft('a'), null);
    const outcomes = await Promise.allSettled([
      adapter.put(draft('a', 1, big()), stored.rev),
      adapter.put(draft('b', 1, big()), null),
      adapter.importAll([{ ...draft('c', 1, big()), rev: '1-x' }], { mode: 'merge' }),
    ]);
    expect(
      outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'saved')),
    ).to.deep.equal(['quota-exceeded', 'quota-exceeded', 'quota-exceeded']);
    expect(await adapter.exportAll()).to.deep.equal([stored]);
    const fits = await adapter.put(draft('a', 1, 'fits'), stored.rev);
    const reloaded = new IndexedDbAdapter({ namespace });
    expect(await reloaded.get('note', 'a')).to.deep.equal(fits);
    await reloaded.close();
    expect((await rejectionOf(adapter.remove('note', 'a', stored.rev))).code).to.equal('conflict');
    await adapter.close();
  });
});
