/** Reaching under IndexedDbAdapter in tests: raw requests, and a connection the browser closes. */
import { recordOfAnotherId } from './record-of-another-id.js';
import type { AdapterConformanceOptions } from '../../src/testing/index.js';
import { replaceGlobal } from '../../src/testing/conformance-harness.js';
import { deleteDatabase } from '../helpers/stores.js';

/** Runs one request against the raw database, bypassing the adapter. */
export function rawRequest<T>(
  name: string,
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('records', mode);
      const pending = request(transaction.objectStore('records'));
      transaction.oncomplete = () => {
        db.close();
        resolve(pending.result);
      };
      transaction.onabort = () => {
        db.close();
        reject(transaction.error);
      };
    };
  });
}

/** Makes the browser close the connection behind the adapter's back, as Safari does: the next transaction() throws InvalidStateError. */
export function closeOnNextTransaction(): void {
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    IDBDatabase.prototype.transaction = original;
    this.close();
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
}

/** How the conformance suite reaches under an adapter that keeps records in `recovery-kit:<namespace>`. */
export const indexedDbConformance: AdapterConformanceOptions = {
  corruptValues: [
    'garbage',
    { r: { id: 'bad', kind: 'note', data: 'no revision' } },
    { r: null },
    { r: recordOfAnotherId },
  ],
  async writeRaw(namespace, kind, id, value) {
    await rawRequest(`recovery-kit:${namespace}`, 'readwrite', (store) =>
      store.put(value, `${kind}\u0000${id}`),
    );
  },
  readRaw(namespace, kind, id) {
    return rawRequest(`recovery-kit:${namespace}`, 'readonly', (store) =>
      store.get(`${kind}\u0000${id}`),
    );
  },
  destroy: (namespace) => deleteDatabase(`recovery-kit:${namespace}`),
  removeStorage: () => replaceGlobal('indexedDB', { value: undefined }),
  async closeUnderneath() {
    closeOnNextTransaction();
  },
};
