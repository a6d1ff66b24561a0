/** Reaching under IndexedDbAdapter in tests: raw requests, and a connection the browser closes. */
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
