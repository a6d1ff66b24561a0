import type { RecordEnvelope } from '../core/record.js';
import {
  isCorrupt,
  type BatchWrite,
  type StorageAdapter,
  type StorageChange,
  type StoredRecord,
} from '../storage/storage-adapter.js';
import { readMany, writeMany } from './batch-io.js';
import type { EraseMarker } from './erasure.js';
import { asEntry, CONFLICT_KIND, Outbox, type OutboxEntry, type OutboxRecord } from './outbox.js';
import { isOtherDataKey, KEYS_KIND } from '../storage/key-identity.js';
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

/** A record's local version and outbox entry, read together for a batch. */
interface Local {
  stored: StoredRecord | undefined;
  entry: OutboxRecord | undefined;
}

/**
 * The sync-facing half of the synced store: which records to push, what the server's
 * answers and pulled records do to the local copy. Every step runs under the store's
 * write lock, so it never races a tool's save in any tab, and works a batch at a time: the
 * batch's records and entries in one read, its bookkeeping in one write (where the local
 * adapter has `getMany` and `writeMany`), not several of each per record.
 */
export class Replica {
  /** While a batch is applied: the server versions to store in one write at its end. */
  #taking: { theirs: StoredRecord; entry: OutboxRecord | undefined }[] = [];
  /** While a batch is applied: its outbox writes, at most one per entry. */
  #writes: BatchWrite[] = [];

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
      const entries = (await this.outbox.pending(limit + skip.size)).filter(
        (entry) => !skip.has(pushKey(entry.data)),
      );
      const locals = await readMany(
        this.inner,
        entries.map((entry) => entry.data),
      );
      const batch: PushedRecord[] = [];
      const writes: BatchWrite[] = [];
      for (const [at, entry] of entries.entries()) {
        if (batch.length === limit) break;
        const local = locals[at];
        if (local && isCorrupt(local)) continue;
        // Noted but never written (the write failed or the tab closed first), or already there.
        if (!local || local.rev === entry.data.base?.rev) {
          writes.push(this.outbox.dropping(entry));
          continue;
        }
        const sent = entry.data.sent ?? [];
        if (sent[sent.length - 1]?.rev !== local.rev)
          writes.push(
            this.outbox.updating(entry, { ...entry.data, sent: [...sent, local].slice(-MAX_SENT) }),
          );
        batch.push(toPushed(local, entry.data.base?.rev ?? null));
      }
      await writeMany(this.inner, writes);
      return batch;
    });
  }

  /** Applies the server's answer to a push, unless `applies` (checked in the lock) says an erase came since. */
  answered(answer: PushAnswer, applies?: () => Promise<boolean>): Promise<void> {
    return this.lock.run(async () => {
      if (applies && !(await applies())) return;
      await this.#apply([
        ...answer.accepted.map(({ kind, id, rev }) => ({ kind, id, accepted: rev })),
        ...answer.conflicts.map(({ kind, id, current }) => ({ kind, id, remote: current })),
      ]);
    });
  }

  /**
   * Stores pulled records (a page at a time), then `after` (moving the checkpoint) in the
   * same lock; nothing when `applies` (checked in the lock) says an erase came since.
   * Resolves with whether the page was applied.
   */
  pulled(
    records: RemoteRecord[],
    after: () => Promise<void>,
    applies?: () => Promise<boolean>,
  ): Promise<boolean> {
    return this.lock.run(async () => {
      if (applies && !(await applies())) return false;
      await this.#apply(records.map((remote) => ({ kind: remote.kind, id: remote.id, remote })));
      await after();
      return true;
    });
  }

  /**
   * What the server said about each record: it holds the `accepted` revision, or its version
   * is `remote` (`null`: none). Reads the records and their entries in one step, stores the
   * server versions taken in one write, then the outbox bookkeeping in one more. A record
   * named twice starts a new batch, so every step sees what the one before it wrote.
   */
  async #apply(
    said: ({ kind: string; id: string } & (
      { accepted: string } | { remote: RemoteRecord | null }
    ))[],
  ): Promise<void> {
    for (const run of distinctRuns(said)) {
      const keys = run.flatMap(({ kind, id }) => [{ kind, id }, Outbox.keyOf(kind, id)]);
      const found = await readMany(this.inner, keys);
      try {
        for (const [at, one] of run.entries()) {
          const local = { stored: found[2 * at], entry: asEntry(found[2 * at + 1]) };
          if ('accepted' in one) {
            if (local.entry) this.#serverHas(local.entry, live(local.stored), one.accepted);
          } else await this.#rebase(one.kind, one.id, one.remote, local);
        }
        await this.#store(this.#taking);
        await writeMany(this.inner, this.#writes);
      } finally {
        this.#taking = [];
        this.#writes = [];
      }
    }
  }

  /** The server now holds `rev` of the entry's record (`local`: the record here). */
  #serverHas(entry: OutboxRecord, local: RecordEnvelope | undefined, rev: string): void {
    if (!local || local.rev === rev) return void this.#writes.push(this.outbox.dropping(entry));
    const sent = entry.data.sent ?? [];
    const at = sent.findIndex((version) => version.rev === rev);
    const { kind, id, base } = entry.data;
    // Versions sent after this one may still arrive; earlier ones can no longer win.
    this.#update(entry, { kind, id, base: sent[at] ?? base, sent: sent.slice(at + 1) });
  }

  /** Brings the server's version of a record (`null`: the server has none) into the local copy. */
  async #rebase(
    kind: string,
    id: string,
    remote: RemoteRecord | null,
    { stored, entry }: Local,
  ): Promise<void> {
    if (stored && isCorrupt(stored)) return; // never written over; shown read-only here
    if (remote && stored?.rev === remote.rev) {
      if (entry) this.#writes.push(this.outbox.dropping(entry));
      return;
    }
    if (!remote) {
      if (entry) this.#update(entry, { kind, id, base: null });
      return;
    }
    if (entry && sentAs(entry, remote.rev)) return this.#serverHas(entry, live(stored), remote.rev);
    const theirs = fromRemote(remote, stored);
    if (kind === KEYS_KIND && stored && !stored.deleted && !isCorrupt(theirs))
      if (!theirs.deleted && isOtherDataKey(stored.data, theirs.data))
        return this.#keepOtherKey(theirs, entry);
    if (!entry || !stored || stored.rev === entry.data.base?.rev || isCorrupt(theirs))
      return void this.#taking.push({ theirs, entry });
    const resolution = resolveRemote(entry.data.base, stored, theirs);
    if (resolution.take === 'theirs') return void this.#taking.push({ theirs, entry });
    if (resolution.take === 'merged') {
      const mine = await this.inner.put(
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
    this.#update(entry, { kind, id, base: theirs, sent: undefined });
  }

  #update(entry: OutboxRecord, data: OutboxEntry): void {
    this.#writes.push(this.outbox.updating(entry, data));
  }

  /** Stores server versions exactly (one write for the batch), drops their entries and tells the tools. */
  async #store(taken: { theirs: StoredRecord; entry: OutboxRecord | undefined }[]): Promise<void> {
    if (taken.length === 0) return;
    await this.importQuietly(taken.map(({ theirs }) => theirs));
    for (const { theirs, entry } of taken) {
      if (entry) this.#writes.push(this.outbox.dropping(entry));
      const rev = isCorrupt(theirs) ? undefined : theirs.rev;
      const type = !isCorrupt(theirs) && theirs.deleted ? 'remove' : 'put';
      this.events.changed({ type, kind: theirs.kind, id: theirs.id, rev, origin: 'other-tab' });
    }
  }

  /**
   * Another device set its own passphrase (another data key) before this one synced: each
   * device's records stay readable with its own key, so neither key is written over. This
   * device keeps its key and does not push it; the server's is kept aside, for
   * `EncryptedAdapter.joinOtherDevices` to bring the two together.
   */
  async #keepOtherKey(theirs: RecordEnvelope, entry: OutboxRecord | undefined): Promise<void> {
    await this.#keepAside(theirs);
    if (entry) this.#writes.push(this.outbox.dropping(entry));
    this.events.keptBoth(theirs.kind, theirs.id);
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

/** `items` cut into runs in which no record is named twice, in order. */
function distinctRuns<T extends { kind: string; id: string }>(items: T[]): T[][] {
  const runs: T[][] = [];
  let seen = new Set<string>();
  for (const item of items) {
    if (runs.length === 0 || seen.has(pushKey(item))) {
      runs.push([]);
      seen = new Set();
    }
    seen.add(pushKey(item));
    runs[runs.length - 1]!.push(item);
  }
  return runs;
}
