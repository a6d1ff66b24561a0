import type { RecordEnvelope } from '../core/record.js';
import {
  isCorrupt,
  type StorageAdapter,
  type StorageChange,
  type StoredRecord,
} from '../storage/storage-adapter.js';
import type { EraseMarker } from './erasure.js';
import type { Outbox } from './outbox.js';
import { CONFLICT_KIND, type OutboxRecord } from './outbox.js';
import { resolveRemote } from './remote-merge.js';
import { fromRemote, toPushed, type PushedRecord, type RemoteRecord } from './wire.js';
import type { WriteLock } from './write-lock.js';

/** The server's answer to one push (`POST /v1/sync/push`). */
export interface PushAnswer {
  accepted: { kind: string; id: string; rev: string; seq: number }[];
  conflicts: { kind: string; id: string; current: RemoteRecord | null }[];
  /** The person's last erase on the server, if they ever erased. */
  erased?: EraseMarker;
  /** Refused whole: the device had not yet acted on the newer `erased` marker. */
  stale?: true;
}

/** What the replica tells the synced store's listeners and the sync status. */
export interface ReplicaEvents {
  /** A record changed here because of the server (a pull, or a merge after a conflict). */
  changed(change: StorageChange): void;
  /** Both versions of a record were kept (in the record, or the server's aside): the person should look. */
  keptBoth(kind: string, id: string): void;
}

/** Versions of one record kept as sent while answers are outstanding (a long offline run of edits keeps the latest). */
const MAX_SENT = 20;

/** The version of the entry's record that was sent with `rev`, if this device sent it. */
const sentAs = (entry: OutboxRecord, rev: string) =>
  entry.data.sent?.find((sent) => sent.rev === rev);

/** A record's key among the pushes. */
export const pushKey = (record: { kind: string; id: string }) =>
  JSON.stringify([record.kind, record.id]);

const live = (record: StoredRecord | undefined): RecordEnvelope | undefined =>
  record && !isCorrupt(record) ? record : undefined;

/**
 * The sync-facing half of the synced store: which records to push, what the server's
 * answers and pulled records do to the local copy. Every step runs under the store's
 * write lock, so it never races a tool's save in any tab.
 */
export class Replica {
  /** While a pull page is applied: the server versions to store in one write at its end. */
  #taking: { theirs: StoredRecord; entry: OutboxRecord | undefined }[] | undefined;

  constructor(
    private readonly inner: StorageAdapter,
    private readonly outbox: Outbox,
    private readonly lock: WriteLock,
    private readonly events: ReplicaEvents,
    /** Writes records exactly as given without telling this tab's tools (they hear `changed` instead). */
    private readonly importQuietly: (records: StoredRecord[]) => Promise<void>,
  ) {}

  /** The next batch to push (oldest changes first, without the `skip` keys: see {@link pushKey}), each marked as sent. */
  nextPush(limit: number, skip: ReadonlySet<string> = new Set()): Promise<PushedRecord[]> {
    return this.lock.run(async () => {
      const batch: PushedRecord[] = [];
      for (const entry of await this.outbox.pending(limit + skip.size)) {
        if (batch.length === limit) break;
        if (skip.has(pushKey(entry.data))) continue;
        const local = await this.inner.get(entry.data.kind, entry.data.id);
        if (local && isCorrupt(local)) continue;
        // Noted but never written (the write failed or the tab closed first), or already there.
        if (!local || local.rev === entry.data.base?.rev) {
          await this.outbox.done(entry);
          continue;
        }
        const sent = entry.data.sent ?? [];
        if (sent[sent.length - 1]?.rev !== local.rev)
          await this.outbox.update(entry, {
            ...entry.data,
            sent: [...sent, local].slice(-MAX_SENT),
          });
        batch.push(toPushed(local, entry.data.base?.rev ?? null));
      }
      return batch;
    });
  }

  /** Applies the server's answer to a push, unless `applies` (checked in the lock) says an erase came since. */
  answered(answer: PushAnswer, applies?: () => Promise<boolean>): Promise<void> {
    return this.lock.run(async () => {
      if (applies && !(await applies())) return;
      for (const { kind, id, rev } of answer.accepted) {
        const entry = await this.outbox.entry(kind, id);
        if (entry) await this.#serverHas(entry, rev);
      }
      for (const { kind, id, current } of answer.conflicts) await this.#rebase(kind, id, current);
    });
  }

  /**
   * Stores pulled records (each as one step), then `after` (moving the checkpoint) in the
   * same lock; nothing when `applies` (checked in the lock) says an erase came since.
   */
  pulled(
    records: RemoteRecord[],
    after: () => Promise<void>,
    applies?: () => Promise<boolean>,
  ): Promise<void> {
    return this.lock.run(async () => {
      if (applies && !(await applies())) return;
      this.#taking = [];
      try {
        for (const remote of records) await this.#rebase(remote.kind, remote.id, remote);
        await this.#store(this.#taking);
      } finally {
        this.#taking = undefined;
      }
      await after();
    });
  }

  /** The server now holds `rev` of the entry's record. */
  async #serverHas(entry: OutboxRecord, rev: string): Promise<void> {
    const local = live(await this.inner.get(entry.data.kind, entry.data.id));
    if (!local || local.rev === rev) return this.outbox.done(entry);
    const sent = entry.data.sent ?? [];
    const at = sent.findIndex((version) => version.rev === rev);
    const { kind, id, base } = entry.data;
    // Versions sent after this one may still arrive; earlier ones can no longer win.
    await this.outbox.update(entry, { kind, id, base: sent[at] ?? base, sent: sent.slice(at + 1) });
  }

  /** Brings the server's version of a record (`null`: the server has none) into the local copy. */
  async #rebase(kind: string, id: string, remote: RemoteRecord | null): Promise<void> {
    const stored = await this.inner.get(kind, id);
    if (stored && isCorrupt(stored)) return; // never written over; shown read-only here
    const entry = await this.outbox.entry(kind, id);
    if (remote && stored?.rev === remote.rev) return entry ? this.outbox.done(entry) : undefined;
    if (!remote) {
      if (entry) await this.outbox.update(entry, { kind, id, base: null });
      return;
    }
    if (entry && sentAs(entry, remote.rev)) return this.#serverHas(entry, remote.rev);
    const theirs = fromRemote(remote, stored);
    if (!entry || !stored || stored.rev === entry.data.base?.rev || isCorrupt(theirs))
      return this.#take(theirs, entry);
    const resolution = resolveRemote(entry.data.base, stored, theirs);
    if (resolution.take === 'theirs') return this.#take(theirs, entry);
    let mine = stored;
    if (resolution.take === 'merged') {
      mine = await this.inner.put(
        { ...stored, data: resolution.data, updatedAt: new Date().toISOString() },
        stored.rev,
      );
      this.events.changed({ type: 'put', kind, id, rev: mine.rev, origin: 'other-tab' });
    }
    if (resolution.take === 'mine' && resolution.aside) await this.#keepAside(theirs);
    if (
      (resolution.take === 'merged' && resolution.keptBoth) ||
      (resolution.take === 'mine' && resolution.aside)
    )
      this.events.keptBoth(kind, id);
    await this.outbox.update(entry, { kind, id, base: theirs, sent: undefined });
  }

  /** Stores the server's version exactly (its revision kept) and drops the record's entry. */
  async #take(theirs: StoredRecord, entry: OutboxRecord | undefined): Promise<void> {
    if (this.#taking) {
      this.#taking.push({ theirs, entry });
      return;
    }
    await this.#store([{ theirs, entry }]);
  }

  /** Stores server versions exactly (one write for a whole pull page), then drops their entries and tells the tools. */
  async #store(taken: { theirs: StoredRecord; entry: OutboxRecord | undefined }[]): Promise<void> {
    if (taken.length === 0) return;
    await this.importQuietly(taken.map(({ theirs }) => theirs));
    for (const { theirs, entry } of taken) {
      if (entry) await this.outbox.done(entry);
      const rev = isCorrupt(theirs) ? undefined : theirs.rev;
      const type = !isCorrupt(theirs) && theirs.deleted ? 'remove' : 'put';
      this.events.changed({ type, kind: theirs.kind, id: theirs.id, rev, origin: 'other-tab' });
    }
  }

  /** Keeps the server's version of a record that could not be merged, exactly as it was. */
  async #keepAside(theirs: RecordEnvelope): Promise<void> {
    const now = new Date().toISOString();
    await this.importQuietly([
      {
        kind: CONFLICT_KIND,
        id: JSON.stringify([theirs.kind, theirs.id, theirs.rev]),
        schemaVersion: 1,
        createdAt: now,
        updatedAt: now,
        rev: '1-aside',
        data: theirs,
      },
    ]);
  }
}
