import type { RecordEnvelope } from '../core/record.js';
import type {
  BatchWrite,
  RecordKey,
  StorageAdapter,
  StoredRecord,
} from '../storage/storage-adapter.js';

/**
 * Several records in one read step when the adapter can (`getMany`: one IndexedDB
 * transaction), otherwise one `get` each.
 */
export function readMany(
  adapter: StorageAdapter,
  keys: readonly RecordKey[],
): Promise<(StoredRecord | undefined)[]> {
  if (adapter.getMany) return adapter.getMany(keys);
  return Promise.all(keys.map(({ kind, id }) => adapter.get(kind, id)));
}

/**
 * Several compare-and-set writes in one all-or-nothing step when the adapter can
 * (`writeMany`), otherwise one after the other in the order given: callers list a
 * record's outbox entry before the record, so a crash between still leaves the entry.
 */
export async function writeMany(
  adapter: StorageAdapter,
  writes: readonly BatchWrite[],
): Promise<RecordEnvelope[]> {
  if (writes.length === 0) return [];
  if (adapter.writeMany) return adapter.writeMany(writes);
  const written: RecordEnvelope[] = [];
  for (const write of writes) {
    written.push(
      write.type === 'put'
        ? await adapter.put(write.record, write.expectedRev, write.options)
        : await adapter.remove(write.kind, write.id, write.expectedRev),
    );
  }
  return written;
}
