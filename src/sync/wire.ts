import type { RecordEnvelope } from '../core/record.js';
import { toStoredRecord } from '../storage/stored-record.js';
import type { StoredRecord } from '../storage/storage-adapter.js';

/** A record as the sync server keeps it (`GET /v1/sync/pull`). */
export interface RemoteRecord {
  kind: string;
  id: string;
  rev: string;
  seq: number;
  deleted: boolean;
  /** The envelope without kind, id, rev and deleted; `null` for a removal. */
  body: unknown;
  updatedAt: string;
}

/** One record of `POST /v1/sync/push`. */
export interface PushedRecord {
  kind: string;
  id: string;
  expectedRev: string | null;
  rev: string;
  deleted: boolean;
  body?: unknown;
}

/** What the server keeps of a local record: the envelope without what the push names anyway. */
export function toPushed(record: RecordEnvelope, expectedRev: string | null): PushedRecord {
  const { kind, id, rev, deleted, ...body } = record;
  return deleted
    ? { kind, id, expectedRev, rev, deleted: true }
    : { kind, id, expectedRev, rev, deleted: false, body };
}

/**
 * The local record for a pulled one, revision kept. A removal keeps the dates and order of
 * the local copy (the server keeps no body for it). A body that is not an envelope is
 * kept as an unreadable record, shown read-only and exported, never dropped.
 */
export function fromRemote(remote: RemoteRecord, local?: RecordEnvelope): StoredRecord {
  const { kind, id, rev } = remote;
  if (remote.deleted) {
    const at = remote.updatedAt;
    return {
      schemaVersion: 1,
      createdAt: at,
      ...(local ?? {}),
      kind,
      id,
      rev,
      updatedAt: at,
      deleted: true,
      data: null,
    } as RecordEnvelope;
  }
  const body = typeof remote.body === 'object' && remote.body !== null ? remote.body : {};
  return toStoredRecord(kind, id, { ...body, kind, id, rev });
}
