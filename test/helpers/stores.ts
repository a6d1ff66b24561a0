/**
 * Stores for tests. Test files share one origin and run two at a time, so every test
 * gets a database of its own: call one of the `create...` functions inside the test (or
 * a `beforeEach`) and `cleanupStores()` in an `afterEach`.
 *
 * ```ts
 * afterEach(cleanupStores);
 * it('saves', async () => {
 *   const store = await createTestStore('goals');
 *   const el = await fixture(html`<rk-goal-tracker .store=${store}></rk-goal-tracker>`);
 *   ...
 *   const other = await openSecondTab(store); // the same database, as another tab sees it
 * });
 * ```
 */
import { FaultInjectingAdapter } from '../../src/storage/fault-injecting-adapter.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../../src/storage/record-store.js';

const opened = new Set<RecordStore>();
const databases = new Set<string>();
let counter = 0;

/** A namespace no other test uses: `<prefix>-<time>-<counter>-<random>`. */
export function uniqueNamespace(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

function track(store: RecordStore, namespace: string): RecordStore {
  opened.add(store);
  databases.add(`recovery-kit:${namespace}`);
  return store;
}

/** An opened store on a fresh IndexedDB database (persistence requests off). */
export async function createTestStore(prefix = 'test'): Promise<RecordStore> {
  const namespace = uniqueNamespace(prefix);
  const store = track(
    new RecordStore(new IndexedDbAdapter({ namespace }), { requestPersistence: false }),
    namespace,
  );
  await store.open();
  return store;
}

/**
 * An opened store on a fresh IndexedDB database whose adapter can be told to fail:
 * `faults.fail('put', 'quota-exceeded')`, `faults.fail('get', 'unavailable', { times: 1 })`,
 * `faults.clear()`.
 */
export async function createFaultyStore(
  prefix = 'test',
): Promise<{ store: RecordStore; faults: FaultInjectingAdapter }> {
  const namespace = uniqueNamespace(prefix);
  const faults = new FaultInjectingAdapter(new IndexedDbAdapter({ namespace }));
  const store = track(new RecordStore(faults, { requestPersistence: false }), namespace);
  await store.open();
  return { store, faults };
}

/** A second, opened store on the same IndexedDB database as `store`: what another tab would see. */
export async function openSecondTab(store: RecordStore): Promise<RecordStore> {
  const adapter =
    store.adapter instanceof FaultInjectingAdapter ? store.adapter.inner : store.adapter;
  if (!(adapter instanceof IndexedDbAdapter))
    throw new Error('openSecondTab needs a store made by createTestStore or createFaultyStore.');
  const second = track(
    new RecordStore(new IndexedDbAdapter({ namespace: adapter.namespace }), {
      requestPersistence: false,
    }),
    adapter.namespace,
  );
  await second.open();
  return second;
}

/** Deletes an IndexedDB database, waiting for it to be gone. */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** The IndexedDB database under a store made here (through a fault-injecting wrapper too). */
export function databaseOf(store: RecordStore): string {
  const adapter =
    store.adapter instanceof FaultInjectingAdapter ? store.adapter.inner : store.adapter;
  return (adapter as IndexedDbAdapter).databaseName;
}

/** Closes every store made here and deletes their databases. */
export async function cleanupStores(): Promise<void> {
  const stores = [...opened];
  const names = [...databases];
  opened.clear();
  databases.clear();
  await Promise.all(stores.map((store) => store.close()));
  await Promise.all(names.map(deleteDatabase));
}

/**
 * A store on the same database as `store` whose writes never commit (put, remove and
 * imports stay pending for ever), as when the page goes away before IndexedDB commits.
 * Reads and the change feed work. Pass it to an element, type, then open a second
 * tab (`openSecondTab(store)`) to see what was kept.
 */
export async function createStoreThatNeverCommits(store: RecordStore): Promise<RecordStore> {
  const inner = (await openSecondTab(store)).adapter;
  const held = new Set(['put', 'remove', 'importAll', 'purgeAll']);
  const adapter = new Proxy(inner, {
    get(target, property, receiver) {
      if (typeof property === 'string' && held.has(property)) return () => new Promise(() => {});
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const never = new RecordStore(adapter, { requestPersistence: false });
  opened.add(never);
  await never.open();
  return never;
}

/**
 * A store on the same database as `store` that records the name of every adapter call
 * (`get`, `put`, ...) in `calls`, to see when an element starts a write.
 */
export async function createCountingStore(
  store: RecordStore,
): Promise<{ store: RecordStore; calls: string[] }> {
  const inner = (await openSecondTab(store)).adapter;
  const calls: string[] = [];
  const adapter = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const counted = new RecordStore(adapter, { requestPersistence: false });
  opened.add(counted);
  await counted.open();
  return { store: counted, calls };
}
