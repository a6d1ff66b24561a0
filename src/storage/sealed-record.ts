import { nextRevision, revisionGeneration } from '../core/ids.js';
import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { open, seal } from './record-cipher.js';
import { isSealedData, SEALED_FORMAT, type SealedData } from './sealed-data.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/** True for data sealed in the format every write makes now. */
export function isSealedNow(data: unknown): boolean {
  return isSealedData(data) && data.sealed === SEALED_FORMAT;
}

/**
 * What a record's ciphertext is bound to: the namespace, kind, id and the whole revision
 * it was written as. Moved to another record, or shown as any other revision (an older
 * one put back, or another device's with the same write counter), it no longer opens.
 */
function contextOf(namespace: string, record: RecordEnvelope, format: 1 | 2): string[] {
  if (format === 1)
    return [
      'recovery-kit record 1',
      namespace,
      record.kind,
      record.id,
      String(revisionGeneration(record.rev)),
      record.updatedAt,
    ];
  return ['recovery-kit record 2', namespace, record.kind, record.id, record.rev];
}

/**
 * A draft to write in place of `previousRev` (`null` for a new record): it gets its
 * revision here, before the write, so the ciphertext can be bound to it. The wrapped
 * adapter must store that revision (`put(draft, previousRev, { rev })`).
 */
export function sealDraft(
  key: CryptoKey,
  namespace: string,
  draft: RecordDraft,
  previousRev: string | null,
): Promise<RecordEnvelope> {
  return sealEnvelope(key, namespace, {
    ...draft,
    rev: nextRevision(previousRev ?? undefined),
  } as RecordEnvelope);
}

/** An envelope with its `data` encrypted for its own revision (tombstones carry no data and stay as they are). */
export async function sealEnvelope(
  key: CryptoKey,
  namespace: string,
  record: RecordEnvelope,
): Promise<RecordEnvelope> {
  if (record.deleted) return record;
  const context = contextOf(namespace, record, SEALED_FORMAT);
  const sealed = await seal(key, context, JSON.stringify(record.data));
  return { ...record, data: { sealed: SEALED_FORMAT, ...sealed } satisfies SealedData };
}

/** What {@link openStored} may accept besides data sealed as format 2. */
export interface OpenAllowance {
  /** Plain (never encrypted) data: only while encryption is being turned on or off. */
  plain: boolean;
  /** Format 1: only until every record was sealed again as format 2. */
  formerFormat: boolean;
}

/**
 * The record as the person wrote it. Data that does not open is reported as corrupt,
 * with the stored envelope as its raw value.
 */
export async function openStored(
  key: CryptoKey,
  namespace: string,
  stored: StoredRecord,
  allowed: OpenAllowance,
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
    return allowed.plain ? stored : corrupt('This record is not encrypted, in an encrypted store.');
  const format = stored.data.sealed;
  if (format === 1 && !allowed.formerFormat)
    return corrupt('This record was sealed in a former format, after the store had moved on.');
  try {
    const text = await open(key, contextOf(namespace, stored, format), stored.data);
    return { ...stored, data: JSON.parse(text) as unknown };
  } catch {
    return corrupt('The encrypted data does not open: it was changed, moved or replayed.');
  }
}
