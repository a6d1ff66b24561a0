// Two devices of one person that each set their own passphrase before they first synced:
// finding the other devices' keys, and bringing this device's records over to them
// (`EncryptedAdapter.joinOtherDevices`).
import type { RecordEnvelope } from '../core/record.js';
import { isWrappedKeys, type WrappedKeys } from './data-key.js';
import { isOtherDataKey, KEYS_KIND } from './key-identity.js';
import { isSealedData, SEALED_FORMAT } from './sealed-data.js';
import { openStored, sealDraft } from './sealed-record.js';
import { isCorrupt, type StorageAdapter, type StoredRecord } from './storage-adapter.js';

/** Merges this device's version of a record with one made apart on another device; `undefined` keeps this device's. */
export type JoinVersions = (mine: RecordEnvelope, theirs: RecordEnvelope) => unknown;

/** The newest keys of another data key among the versions the sync kept aside, or `undefined`. */
export function otherDevicesKeys(
  mine: WrappedKeys | undefined,
  aside: RecordEnvelope[],
): WrappedKeys | undefined {
  return aside
    .filter((record) => record.kind === KEYS_KIND && isWrappedKeys(record.data))
    .filter((record) => isOtherDataKey(mine, record.data))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((record) => record.data as WrappedKeys)
    .at(-1);
}

/** What {@link resealForJoin} works with. */
export interface Join {
  /** The adapter that stores the encrypted records. */
  inner: StorageAdapter;
  namespace: string;
  /** Opens a record stored under this device's key. */
  reveal(stored: StoredRecord): Promise<StoredRecord>;
  /** The other devices' data key and keys. */
  theirKey: CryptoKey;
  theirs: WrappedKeys;
  /** The server's versions the sync kept aside. */
  aside: RecordEnvelope[];
  merge?: JoinVersions;
}

const recordKey = (record: { kind: string; id: string }) =>
  JSON.stringify([record.kind, record.id]);

/** The kept-aside versions the other devices' key opens (their writes of a record this device also wrote), by record, oldest first. */
async function theirVersions(join: Join): Promise<Map<string, RecordEnvelope[]>> {
  const allowed = { plain: false, formerFormat: join.theirs.recordFormat !== SEALED_FORMAT };
  const byRecord = new Map<string, RecordEnvelope[]>();
  const sorted = [...join.aside].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  for (const aside of sorted) {
    if (aside.kind === KEYS_KIND || aside.deleted || !isSealedData(aside.data)) continue;
    const opened = await openStored(join.theirKey, join.namespace, aside, allowed);
    if (isCorrupt(opened) || opened.deleted) continue;
    byRecord.set(recordKey(opened), [...(byRecord.get(recordKey(opened)) ?? []), opened]);
  }
  return byRecord;
}

/**
 * Seals every record this device's key opens again under the other devices' key, as a new
 * revision that syncs over the earlier one. A record both sides wrote (a fixed one such as
 * the plan: this device's version went over theirs, which the sync kept aside) is first
 * merged with their version, so what either side wrote stays; what cannot be merged keeps
 * this device's version, and theirs stays kept aside, now readable here too. The other
 * devices' records, and records that do not open, are left as they are.
 */
export async function resealForJoin(join: Join): Promise<void> {
  const theirs = await theirVersions(join);
  for (const stored of await join.inner.exportAll()) {
    if (isCorrupt(stored) || stored.kind === KEYS_KIND || !isSealedData(stored.data)) continue;
    let readable = await join.reveal(stored);
    if (isCorrupt(readable)) continue;
    for (const other of theirs.get(recordKey(readable)) ?? []) {
      const merged: unknown = join.merge?.(readable, other);
      if (merged !== undefined)
        readable = { ...readable, data: merged, updatedAt: new Date().toISOString() };
    }
    const sealed = await sealDraft(join.theirKey, join.namespace, readable, stored.rev);
    await join.inner.put(sealed, stored.rev, { rev: sealed.rev });
  }
}
