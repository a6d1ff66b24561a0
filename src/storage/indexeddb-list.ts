import { ORDER_INDEX } from './indexeddb-connection.js';
import { keyOf, kindRange, listEntry, SEPARATOR, type ListEntry } from './indexeddb-rows.js';
import type { ListOptions } from './storage-adapter.js';

/** A request's result as a promise (inside a transaction, which stays active across its callbacks). */
function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The live entries of `kind` for one `list()` call, in list order: up to `limit + 1`
 * after `cursor` (one more than asked, to know whether there is a next page), or all.
 * Rows in the order index are read a page at a time; rows missing from it (damaged ones,
 * which sort first) are found by comparing the store's keys with the index's, and only
 * when the page reaches where they sit.
 */
export async function listEntries(
  store: IDBObjectStore,
  kind: string,
  options: ListOptions,
): Promise<ListEntry[]> {
  const { limit, direction = 'asc', cursor: after } = options;
  const { lower, upper } = kindRange(kind);
  const range =
    direction === 'asc'
      ? IDBKeyRange.bound(after ?? lower, upper, after !== undefined, true)
      : IDBKeyRange.bound(lower, after ?? upper, false, true);
  if (limit === undefined && after === undefined) {
    // A whole kind: reading its rows in key order and sorting here is quicker than walking the index.
    const [keys, rows] = await Promise.all([
      result(store.getAllKeys(range)),
      result(store.getAll(range)),
    ]);
    return inOrder(
      keys.flatMap((key, index) => listEntry(kind, key as string, rows[index])),
      direction,
    );
  }
  const wanted = limit === undefined ? undefined : limit + 1;
  const indexed = await fromIndex(store, kind, range, direction, wanted);
  const beforeIndexed = after !== undefined && after.startsWith(keyOf(kind, SEPARATOR));
  const reachesStart =
    direction === 'asc'
      ? after === undefined || beforeIndexed
      : wanted === undefined || indexed.length < wanted || beforeIndexed;
  if (!reachesStart) return indexed;
  const unlisted = (await unindexedEntries(store, kind)).filter(
    ({ position }) =>
      after === undefined || (direction === 'asc' ? position > after : position < after),
  );
  return inOrder([...indexed, ...unlisted], direction).slice(0, wanted);
}

/** How many live rows of `kind` there are, damaged ones without a list position included. */
export async function countEntries(store: IDBObjectStore, kind: string): Promise<number> {
  const indexed = await result(store.index(ORDER_INDEX).count(kindRange(kind)));
  return indexed + (await unindexedEntries(store, kind)).length;
}

/** Entries of `kind` from the order index, in `direction`, `wanted` at most. */
async function fromIndex(
  store: IDBObjectStore,
  kind: string,
  range: IDBKeyRange,
  direction: 'asc' | 'desc',
  wanted: number | undefined,
): Promise<ListEntry[]> {
  const index = store.index(ORDER_INDEX);
  let keys: IDBValidKey[];
  let rows: unknown[];
  if (direction === 'asc' || wanted === undefined) {
    [keys, rows] = await Promise.all([
      result(index.getAllKeys(range, wanted)),
      result(index.getAll(range, wanted)),
    ]);
    if (direction === 'desc') [keys, rows] = [keys.reverse(), rows.reverse()];
  } else {
    keys = [];
    rows = [];
    const cursors = index.openCursor(range, 'prev');
    await new Promise<void>((resolve, reject) => {
      cursors.onerror = () => reject(cursors.error);
      cursors.onsuccess = () => {
        const cursor = cursors.result;
        if (!cursor) return resolve();
        keys.push(cursor.primaryKey);
        rows.push(cursor.value);
        if (keys.length < wanted) cursor.continue();
        else resolve();
      };
    });
  }
  // A position of this kind on another kind's row belongs to that kind's list.
  return keys.flatMap((key, index) =>
    kindRange(kind).includes(key) ? listEntry(kind, key as string, rows[index]) : [],
  );
}

/** The live rows of `kind` that are not in the order index: none, unless something damaged them. */
async function unindexedEntries(store: IDBObjectStore, kind: string): Promise<ListEntry[]> {
  const range = kindRange(kind);
  const index = store.index(ORDER_INDEX);
  const [stored, indexed] = await Promise.all([
    result(store.count(range)),
    result(index.count(range)),
  ]);
  if (stored === indexed) return [];
  const [keys, indexedKeys] = await Promise.all([
    result(store.getAllKeys(range)),
    result(index.getAllKeys(range)),
  ]);
  const inIndex = new Set(indexedKeys);
  const missing = keys.filter((key) => !inIndex.has(key)) as string[];
  const rows = await Promise.all(missing.map((key) => result(store.get(key))));
  return missing.flatMap((key, at) => listEntry(kind, key, rows[at]));
}

function inOrder(entries: ListEntry[], direction: 'asc' | 'desc'): ListEntry[] {
  const sign = direction === 'asc' ? 1 : -1;
  return entries.sort((a, b) => (a.position < b.position ? -sign : sign));
}
