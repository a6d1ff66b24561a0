import type { StorageAdapter } from '../../src/storage/storage-adapter.js';

/** The tools' records of a device, without revisions' bookkeeping: what a person would see. */
export async function contents(adapter: StorageAdapter): Promise<Record<string, unknown>> {
  const all = await adapter.exportAll();
  return Object.fromEntries(
    all
      .filter((record) => !('corrupt' in record))
      .map((record) => [
        `${record.kind}/${record.id}`,
        'deleted' in record && record.deleted ? 'deleted' : (record as { data: unknown }).data,
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}
