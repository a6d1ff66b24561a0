import { expect } from '@open-wc/testing';
import { newId, nextRevision, revisionGeneration } from '../../src/core/ids.js';
import { FaultInjectingAdapter } from '../../src/storage/fault-injecting-adapter.js';
import { MemoryAdapter } from '../../src/storage/memory-adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { draft, rejectionOf } from '../../src/testing/conformance-harness.js';

describe('FaultInjectingAdapter', () => {
  it('fails the chosen operation the chosen number of times, without reaching the wrapped adapter', async () => {
    const inner = new MemoryAdapter();
    const faults = new FaultInjectingAdapter(inner).fail('put', 'quota-exceeded', { times: 2 });
    expect(faults.name).to.equal('memory');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await rejectionOf(faults.put(draft('a'), null));
      expect(error.code).to.equal('quota-exceeded');
      expect(error.retryable).to.equal(true);
    }
    expect(await inner.exportAll()).to.deep.equal([]);
    const stored = await faults.put(draft('a'), null);
    expect(await faults.get('note', 'a')).to.deep.equal(stored);
  });

  it('keeps failing until cleared, one operation or all of them', async () => {
    const faults = new FaultInjectingAdapter(new MemoryAdapter())
      .fail('get', 'unavailable')
      .fail('list', 'locked');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await rejectionOf(faults.get('note', 'a'))).code).to.equal('unavailable');
    }
    faults.clear('get');
    expect(await faults.get('note', 'a')).to.equal(undefined);
    expect((await rejectionOf(faults.list('note'))).code).to.equal('locked');
    faults.clear();
    expect((await faults.list('note')).records).to.deep.equal([]);
  });

  it('passes counting and the change feed through, and can close the connection underneath', async () => {
    const namespace = uniqueNamespace('faults');
    const faults = new FaultInjectingAdapter(new IndexedDbAdapter({ namespace }));
    try {
      const heard: string[] = [];
      faults.subscribe((change) => heard.push(change.type));
      const stored = await faults.put(draft('a'), null);
      expect(await faults.count!('note')).to.equal(1);
      faults.fail('count', 'unavailable', { times: 1 });
      expect((await rejectionOf(faults.count!('note'))).code).to.equal('unavailable');
      await faults.simulateClosedConnection();
      expect(await faults.get('note', 'a')).to.deep.equal(stored);
      expect(heard).to.deep.equal(['put']);
      expect(new FaultInjectingAdapter(new MemoryAdapter()).count).to.equal(undefined);
    } finally {
      await faults.close();
      await deleteDatabase(`recovery-kit:${namespace}`);
    }
  });
});

describe('ids', () => {
  it('makes version-4 UUIDs, with or without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).to.match(uuid);
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = new Set(Array.from({ length: 100 }, newId));
      expect(ids.size).to.equal(100);
      ids.forEach((id) => expect(id).to.match(uuid));
    } finally {
      crypto.randomUUID = original;
    }
  });

  it('counts revisions up and keeps them unique', () => {
    const first = nextRevision();
    const second = nextRevision(first);
    expect(revisionGeneration(first)).to.equal(1);
    expect(revisionGeneration(second)).to.equal(2);
    expect(nextRevision(first)).to.not.equal(second);
    expect(revisionGeneration('imported')).to.equal(0);
    expect(revisionGeneration(undefined)).to.equal(0);
  });
});
