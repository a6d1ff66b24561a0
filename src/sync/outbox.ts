import { nextRevision } from '../core/ids.js';
import type { RecordEnvelope } from '../core/record.js';
import {
  isCorrupt,
  type BatchWrite,
  type RecordKey,
  type StorageAdapter,
  type StoredRecord,
} from '../storage/storage-adapter.js';
import { writeMany } from './batch-io.js';

/** Kinds the synced store keeps for itself next to the records, hidden from tools. */
export const OUTBOX_KIND = 'sync:outbox';
export const STATE_KIND = 'sync:state';
/** The server's version of a record that could not be merged, kept for the person (exported with backups). */
export const CONFLICT_KIND = 'sync:conflict';

/** Whether a kind is the synced store's own bookkeeping (never exported, imported or pushed). */
export function isSyncKind(kind: string | undefined): boolean {
  return kind === OUTBOX_KIND || kind === STATE_KIND;
}

/** Whether a kind belongs to the synced store rather than to a tool (never pushed, not in the tools' change feed). */
export function isOwnKind(kind: string | undefined): boolean {
  return isSyncKind(kind) || kind === CONFLICT_KIND;
}

/** The pending entry in what was read at {@link Outbox.keyOf}, if there is one. */
export function asEntry(stored: StoredRecord | undefined): OutboxRecord | undefined {
  return stored && !isCorrupt(stored) && !stored.deleted ? (stored as OutboxRecord) : undefined;
}

/** A record changed here and not yet on the server. */
export interface OutboxEntry {
  kind: string;
  id: string;
  /** The version the server is known to hold (`null`: none); the push's expected revision and the merge base. */
  base: RecordEnvelope | null;
  /**
   * The versions sent since `base`, newest last, until the server's answer arrives: an
   * answer that was lost is recognised by them later (as the server's version of the
   * record), so a device never takes its own earlier edit for someone else's.
   */
  sent?: RecordEnvelope[];
}

export type OutboxRecord = RecordEnvelope<OutboxEntry>;

const outboxId = (kind: string, id: string) => JSON.stringify([kind, id]);
let created = 0;

/**
 * The synced store's outbox and checkpoint, kept as records of its own kinds in the same
 * local database as the records, so they survive reloads with them. One entry per changed
 * record (the push sends the record as it is then), listed in the order the records were
 * first changed. Callers hold the store's {@link WriteLock}.
 */
export class Outbox {
  constructor(private readonly inner: StorageAdapter) {}

  /** The pending entry for a record, if it has one. */
  async entry(kind: string, id: string): Promise<OutboxRecord | undefined> {
    const key = Outbox.keyOf(kind, id);
    return asEntry(await this.inner.get(key.kind, key.id));
  }

  /** Where a record's entry is kept (read it with the record in one {@link readMany}). */
  static keyOf(kind: string, id: string): RecordKey {
    return { kind: OUTBOX_KIND, id: outboxId(kind, id) };
  }

  /**
   * The write that notes a record is about to change here, given its entry as stored now
   * (`stored`, read at {@link Outbox.keyOf}) and `current`, the record's version now (the
   * server's, if it had no entry); none when it already has an entry.
   */
  noting(
    kind: string,
    id: string,
    current: StoredRecord | undefined,
    stored: StoredRecord | undefined,
  ): BatchWrite | undefined {
    if (current && isCorrupt(current)) return undefined;
    if (stored && (isCorrupt(stored) || !stored.deleted)) return undefined;
    const record = this.#draft(outboxId(kind, id), { kind, id, base: current ?? null });
    return { type: 'put', record, expectedRev: stored?.rev ?? null };
  }

  /** Notes that a record is about to change here (see {@link Outbox.noting}). */
  async note(kind: string, id: string, current: StoredRecord | undefined): Promise<void> {
    const key = Outbox.keyOf(kind, id);
    const write = this.noting(kind, id, current, await this.inner.get(key.kind, key.id));
    if (write) await writeMany(this.inner, [write]);
  }

  /** The entry as it would be created for a record imported over `before` (for `importAll`). */
  async imported(
    kind: string,
    id: string,
    before: RecordEnvelope | undefined,
  ): Promise<OutboxRecord> {
    const key = outboxId(kind, id);
    const stored = await this.inner.get(OUTBOX_KIND, key);
    const draft = this.#draft(key, { kind, id, base: before ?? null });
    return { ...draft, rev: nextRevision(stored && !isCorrupt(stored) ? stored.rev : undefined) };
  }

  /** The write that replaces an entry's bookkeeping. */
  updating(entry: OutboxRecord, data: OutboxEntry): BatchWrite {
    const record = { ...entry, data, updatedAt: new Date().toISOString() };
    return { type: 'put', record, expectedRev: entry.rev };
  }

  /** The write that drops an entry once the server holds the record. */
  dropping(entry: OutboxRecord): BatchWrite {
    return { type: 'remove', kind: OUTBOX_KIND, id: entry.id, expectedRev: entry.rev };
  }

  /** The oldest pending entries, up to `limit`. */
  async pending(limit: number): Promise<OutboxRecord[]> {
    const page = await this.inner.list(OUTBOX_KIND, { limit });
    return page.records.filter((record) => !isCorrupt(record)) as OutboxRecord[];
  }

  /** How many records wait to be pushed. */
  async count(): Promise<number> {
    if (this.inner.count) return this.inner.count(OUTBOX_KIND);
    return (await this.inner.list(OUTBOX_KIND)).records.length;
  }

  /** The sequence number pulled up to (0 before the first pull). */
  async checkpoint(): Promise<number> {
    const stored = await this.inner.get(STATE_KIND, 'checkpoint');
    const seq = stored && !isCorrupt(stored) ? (stored.data as { seq?: unknown })?.seq : 0;
    return typeof seq === 'number' ? seq : 0;
  }

  /** Moves the checkpoint on, once the pulled records are stored. */
  async setCheckpoint(seq: number): Promise<void> {
    const stored = await this.inner.get(STATE_KIND, 'checkpoint');
    const rev = stored && !isCorrupt(stored) ? stored.rev : null;
    const now = new Date().toISOString();
    await this.inner.put(
      {
        kind: STATE_KIND,
        id: 'checkpoint',
        schemaVersion: 1,
        createdAt: now,
        updatedAt: now,
        data: { seq },
      },
      rev,
    );
  }

  #draft(key: string, data: OutboxEntry): Omit<OutboxRecord, 'rev'> {
    const now = new Date().toISOString();
    // Entries made in the same millisecond keep their order too.
    const sortKey = `${now}#${String((created = (created + 1) % 1e6)).padStart(6, '0')}`;
    return {
      kind: OUTBOX_KIND,
      id: key,
      schemaVersion: 1,
      createdAt: now,
      updatedAt: now,
      sortKey,
      data,
    };
  }
}
