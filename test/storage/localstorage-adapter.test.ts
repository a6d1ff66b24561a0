import { expect } from '@open-wc/testing';
import { LocalStorageAdapter } from '../../src/storage/localstorage-adapter.js';
import { uniqueNamespace } from '../helpers/stores.js';
import { runAdapterConformance } from '../../src/testing/index.js';
import { draft, rejectionOf, replaceGlobal } from '../../src/testing/conformance-harness.js';
import { recordOfAnotherId } from './record-of-another-id.js';

function removeKeys(prefix: string): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .forEach((key) => localStorage.removeItem(key));
}

/** The adapter's key for kind/id, to reach under it. */
const keyIn = (namespace: string, kind: string, id: string) =>
  new LocalStorageAdapter({ namespace }).keyOf(kind, id);

runAdapterConformance('localstorage', (namespace) => new LocalStorageAdapter({ namespace }), {
  corruptValues: [
    '{"id": "bad", "kind": "note", ',
    '{"id":"bad","kind":"note","data":"no revision"}',
    'null',
    JSON.stringify(recordOfAnotherId),
  ],
  async writeRaw(namespace, kind, id, value) {
    localStorage.setItem(keyIn(namespace, kind, id), value as string);
  },
  async readRaw(namespace, kind, id) {
    return localStorage.getItem(keyIn(namespace, kind, id)) ?? undefined;
  },
  async destroy(namespace) {
    removeKeys(new LocalStorageAdapter({ namespace }).prefix);
  },
  removeStorage: () =>
    replaceGlobal('localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
});

describe('LocalStorageAdapter', () => {
  const namespace = uniqueNamespace('ls-specific');
  const big = 'x'.repeat(6 * 1024 * 1024);
  const adapters: LocalStorageAdapter[] = [];
  /** An adapter on this describe's namespace, closed after the test (releasing its locks). */
  const connect = () => {
    const adapter = new LocalStorageAdapter({ namespace });
    adapters.push(adapter);
    return adapter;
  };
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((adapter) => adapter.close()));
    removeKeys(`recovery-kit:${namespace}:`);
  });

  it('keeps one JSON value per record under the namespace prefix', async () => {
    const adapter = connect();
    const stored = await adapter.put(draft('a'), null);
    expect(JSON.parse(localStorage.getItem(`recovery-kit:${namespace}:note:a`)!)).to.deep.equal(
      stored,
    );
  });

  it('rejects a write that does not fit with quota-exceeded and stores nothing of it', async () => {
    const adapter = connect();
    const stored = await adapter.put(draft('a'), null);
    const error = await rejectionOf(adapter.put(draft('a', 1, big), stored.rev));
    expect(error.code).to.equal('quota-exceeded');
    expect(await adapter.get('note', 'a')).to.deep.equal(stored);
    expect((await rejectionOf(adapter.put(draft('b', 1, big), null))).code).to.equal(
      'quota-exceeded',
    );
    expect(await adapter.get('note', 'b')).to.equal(undefined);
  });

  it('undoes a whole import that runs out of room part-way', async () => {
    const adapter = connect();
    await adapter.put(draft('kept'), null);
    const before = await adapter.exportAll();
    const records = ['a', 'b', 'c'].map((id) => ({
      ...draft(id, 1, 'y'.repeat(3 * 1024 * 1024)),
      rev: '1-x',
    }));
    for (const mode of ['merge', 'replace'] as const) {
      expect((await rejectionOf(adapter.importAll(records, { mode }))).code).to.equal(
        'quota-exceeded',
      );
      expect(await adapter.exportAll()).to.deep.equal(before);
    }
  });
});
