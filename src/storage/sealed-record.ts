import { revisionGeneration } from '../core/ids.js';
import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { open, seal, type Sealed } from './record-cipher.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/** What an encrypted record's `data` holds in the wrapped adapter. */
export interface SealedData extends Sealed {
  /** Marks sealed data (format 1), so plain records can be told apart while migrating. */
  sealed: 1;
}

export function isSealedData(data: unknown): data is SealedData {
  const value = data as Partial<SealedData> | null;
  return value?.sealed === 1 && typeof value.iv === 'string' && typeof value.ct === 'string';
}

/**
 * What a record's ciphertext is bound to: the namespace, kind, id, the revision's write
 * counter (`3` of `3-9f1c2a7b`) and the update time. Moved to another record, or put back
 * over a later revision, it no longer opens. The random part of a revision is chosen by
 * the wrapped adapter inside its own compare-and-set step, after encryption, so it cannot
 * be bound; the wrapped adapter must count revisions as `nextRevision()` does.
 */
function contextOf(namespace: string, record: RecordDraft, generation: number): string[] {
  return [
    'recovery-kit record 1',
    namespace,
    record.kind,
    record.id,
    String(generation),
    record.updatedAt,
  ];
}

/**
 * The draft to hand the wrapped adapter: `data` encrypted, everything else as it was.
 * `previousRev` is the revision being replaced (`null` for a new record); the write
 * makes the next one. Tombstones carry no data and stay as they are.
 */
export function sealDraft(
  key: CryptoKey,
  namespace: string,
  draft: RecordDraft,
  previousRev: string | null,
): Promise<RecordDraft> {
  return sealAt(key, namespace, draft, revisionGeneration(previousRev ?? undefined) + 1);
}

/** An envelope to import exactly as it is (revision kept): `data` encrypted for that revision. */
export function sealEnvelope(
  key: CryptoKey,
  namespace: string,
  record: RecordEnvelope,
): Promise<RecordEnvelope> {
  return sealAt(key, namespace, record, revisionGeneration(record.rev));
}

async function sealAt<T extends RecordDraft>(
  key: CryptoKey,
  namespace: string,
  record: T,
  generation: number,
): Promise<T> {
  if (record.deleted) return record;
  const context = contextOf(namespace, record, generation);
  const sealed = await seal(key, context, JSON.stringify(record.data));
  return { ...record, data: { sealed: 1, ...sealed } satisfies SealedData };
}

/**
 * The record as the person wrote it. Data that does not open is reported as corrupt,
 * with the stored envelope as its raw value. Plain (never encrypted) data is accepted
 * only while `plainAllowed` (a migration is running).
 */
export async function openStored(
  key: CryptoKey,
  namespace: string,
  stored: StoredRecord,
  plainAllowed: boolean,
): Promise<StoredRecord> {
  if (isCorrupt(stored) || stored.deleted) return stored;
  const corrupt = (reason: string) => ({
    corrupt: true as const,
    kind: stored.kind,
    id: stored.id,
    raw: stored,
    reason,
  });
  if (!isSealedData(stored.data))
    return plainAllowed ? stored : corrupt('This record is not encrypted, in an encrypted store.');
  try {
    const text = await open(
      key,
      contextOf(namespace, stored, revisionGeneration(stored.rev)),
      stored.data,
    );
    return { ...stored, data: JSON.parse(text) as unknown };
  } catch {
    return corrupt('The encrypted data does not open: it was changed, moved or replayed.');
  }
}
