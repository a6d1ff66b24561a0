import type { StorageAdapter } from '../storage/storage-adapter.js';
import { runConformanceSuite } from './adapter-conformance.js';

/** What {@link runAdapterConformance} needs besides a way to make the adapter. */
export interface AdapterConformanceOptions {
  /** Whether data outlives the adapter instance. Default `true`; `false` for memory-only adapters. */
  durable?: boolean;
  /** Values that are not readable records in this store (cut-off JSON, other shapes), for `writeRaw`. */
  corruptValues: unknown[];
  /** Writes `value` straight into the storage under `database`, bypassing the adapter. */
  writeRaw(database: string, kind: string, id: string, value: unknown): Promise<void>;
  /** The value under kind/id exactly as the storage under `database` holds it (`undefined`: none). */
  readRaw(database: string, kind: string, id: string): Promise<unknown>;
  /** Deletes what a test left under `database` (after its adapters were closed). */
  destroy?(database: string): Promise<void>;
  /** Takes the storage away (as private mode does); returns the undo. Without it that test is skipped. */
  removeStorage?(): () => void;
  /** Closes an adapter's connection the way the browser would. Default: `adapter.close()`. */
  closeUnderneath?(adapter: StorageAdapter): Promise<void>;
}

let databases = 0;

/**
 * Runs the shared storage conformance suite against an adapter: compare-and-set, two
 * tabs, the change feed, damaged data, failures, export, import and erase, then the
 * `RecordStore` behaviour elements rely on over it. Call it at the top level of a test
 * file, in a mocha-style runner with chai installed.
 *
 * `makeAdapter(database)` returns a new adapter on the named database: every test gets a
 * fresh name, and two adapters made with the same name must share their data, as two
 * tabs do.
 *
 * ```ts
 * import { runAdapterConformance } from 'recovery-kit/testing';
 * runAdapterConformance('my-store', (database) => new MyAdapter({ database }), {
 *   corruptValues: ['{"cut off', 42],
 *   writeRaw: (database, kind, id, value) => myRawWrite(database, `${kind}/${id}`, value),
 *   readRaw: (database, kind, id) => myRawRead(database, `${kind}/${id}`),
 * });
 * ```
 */
export function runAdapterConformance(
  name: string,
  makeAdapter: (database: string) => StorageAdapter,
  options: AdapterConformanceOptions,
): void {
  runConformanceSuite({
    name,
    durable: options.durable ?? true,
    corruptValues: options.corruptValues,
    removeStorage: options.removeStorage,
    closeUnderneath: options.closeUnderneath ?? ((adapter) => adapter.close()),
    createDatabase() {
      databases += 1;
      const database = `conformance-${name}-${databases}-${Math.random().toString(36).slice(2, 8)}`;
      const adapters: StorageAdapter[] = [];
      return {
        connect() {
          const adapter = makeAdapter(database);
          adapters.push(adapter);
          return adapter;
        },
        writeRaw: (kind, id, value) => options.writeRaw(database, kind, id, value),
        readRaw: (kind, id) => options.readRaw(database, kind, id),
        async destroy() {
          await Promise.all(adapters.map((adapter) => adapter.close()));
          await options.destroy?.(database);
        },
      };
    },
  });
}
