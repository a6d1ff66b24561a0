import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import {
  isCorrupt,
  type BatchWrite,
  type DraftSealer,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type PutOptions,
  type StorageAdapter,
  type StorageChange,
  type StorageChangeListener,
  type StoredRecord,
} from '../storage/storage-adapter.js';
import { tellListeners } from '../storage/change-feed.js';
import { Erasure, type EraseMarker } from './erasure.js';
import { CONFLICT_KIND, isOwnKind, isSyncKind, Outbox, STATE_KIND } from './outbox.js';
import { readMany, writeMany } from './batch-io.js';
import { PlainEraNote } from './plain-era-note.js';
import { joinVersions } from './remote-merge.js';
import { Replica, type ReplicaEvents } from './replica.js';
import { WriteLock } from './write-lock.js';

/** Options for {@link SyncedAdapter}. */
export interface SyncedAdapterOptions {
  /** Names the write lock shared by the tabs on the same local database. Default: from the wrapped adapter's database or namespace. */
  lockName?: string;
}

let unnamed = 0;

/** The lock name for a wrapped adapter: its database (or namespace), through wrappers. */
function lockNameOf(adapter: StorageAdapter): string {
  const { databaseName, namespace } = adapter as { databaseName?: unknown; namespace?: unknown };
  const place =
    typeof databaseName === 'string'
      ? databaseName
      : typeof namespace === 'string'
        ? namespace
        : `page-${++unnamed}`;
  return `recovery-kit:sync:${adapter.name}:${place}`;
}

/**
 * The local store of a device that syncs: every read and write goes to the wrapped local
 * adapter at once (tools never wait for the network), and each change is noted in an
 * outbox in the same local database for {@link SyncClient} to push. The outbox entry is
 * written in the same transaction as the record when the wrapped adapter has `writeMany`
 * (IndexedDB does), otherwise just before it, so a crash in between leaves an entry for an
 * unchanged record, which the next push finds already on the server and drops: a change
 * is never lost. Records pulled from
 * the server arrive in the change feed as changes from elsewhere (`other-tab`).
 */
export class SyncedAdapter implements StorageAdapter {
  readonly name: string;
  readonly outbox: Outbox;
  /** What the sync client drives: pushes, answers and pulls against the local copy. */
  readonly replica: Replica;
  /** What this device knows of erasing everywhere (see {@link SyncedAdapter.purgeAll}). */
  readonly erasure: Erasure;
  readonly #lock: WriteLock;
  /** Sends an erase to the server once, whichever tab gets there first. */
  readonly #eraseLock: WriteLock;
  readonly #plainEra: PlainEraNote;
  #listeners = new Set<StorageChangeListener>();
  #keptBoth = new Set<(kind: string, id: string) => void>();
  #quiet = 0;

  constructor(
    /** The local adapter that holds the records, the outbox and the checkpoint. */
    readonly inner: StorageAdapter,
    options: SyncedAdapterOptions = {},
  ) {
    this.name = inner.name;
    this.outbox = new Outbox(inner);
    this.erasure = new Erasure(inner);
    this.#plainEra = new PlainEraNote(inner);
    this.#lock = new WriteLock(options.lockName ?? lockNameOf(inner));
    this.#eraseLock = new WriteLock(`${this.#lock.name}:erase`);
    const events: ReplicaEvents = {
      changed: (change) => this.#tell(change),
      keptBoth: (kind, id) => this.#keptBoth.forEach((listener) => listener(kind, id)),
    };
    this.replica = new Replica(inner, this.outbox, this.#lock, events, (records) =>
      this.#importQuietly(records),
    );
  }

  get draftSealing(): 'off' | DraftSealer | undefined {
    return this.inner.draftSealing;
  }

  /** As the local adapter: a revision the caller chose is stored (what `EncryptedAdapter` needs). */
  get storesChosenRevision(): boolean | undefined {
    return this.inner.storesChosenRevision;
  }

  open(): Promise<OpenReport> {
    return this.inner.open();
  }

  get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.inner.get(kind, id);
  }

  list(kind: string, options?: ListOptions): Promise<ListPage> {
    return this.inner.list(kind, options);
  }

  async count(kind: string): Promise<number> {
    if (this.inner.count) return this.inner.count(kind);
    return (await this.inner.list(kind)).records.length;
  }

  put(
    record: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    if (isOwnKind(record.kind)) return this.inner.put(record, expectedRev, options);
    return this.#noted({ type: 'put', record, expectedRev, options });
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    if (isOwnKind(kind)) return this.inner.remove(kind, id, expectedRev);
    return this.#noted({ type: 'remove', kind, id, expectedRev });
  }

  /** Changes to the tools' records: local ones, other tabs', and the server's (as `other-tab`). */
  subscribe(listener: StorageChangeListener): () => void {
    this.#listeners.add(listener);
    const stop = this.inner.subscribe((change) => {
      if (isOwnKind(change.kind)) return;
      if (change.type === 'import' && change.origin === 'local' && this.#quiet > 0) return;
      listener(change);
    });
    return () => {
      stop();
      this.#listeners.delete(listener);
    };
  }

  /** Calls `listener` when a record was changed both here and elsewhere and both versions were kept. */
  onKeptBoth(listener: (kind: string, id: string) => void): () => void {
    this.#keptBoth.add(listener);
    return () => this.#keptBoth.delete(listener);
  }

  /** The server's versions kept aside because they could not be merged (see `resolveRemote`). */
  async keptAside(): Promise<RecordEnvelope[]> {
    const { records } = await this.inner.list(CONFLICT_KIND);
    return records.flatMap((record) => (isCorrupt(record) ? [] : [record.data as RecordEnvelope]));
  }

  /** Merges this device's version of a record with one made apart on another device (see `joinVersions` in remote-merge.ts); `undefined`: keep this device's. For `EncryptedAdapter.joinOtherDevices`. */
  joinVersions(mine: RecordEnvelope, theirs: RecordEnvelope): unknown {
    return joinVersions(mine, theirs);
  }

  /** Whether this device noted that it kept its records plain (see {@link SyncedAdapter.noteKeptPlain}). */
  keptPlain(): Promise<boolean> {
    return this.#plainEra.noted();
  }

  /** Notes, on this device only (never pushed), that its records are kept plain by the person's choice, or clears the note: for `EncryptedAdapter`'s `plainEra`. */
  noteKeptPlain(plain: boolean): Promise<void> {
    return this.#plainEra.note(plain);
  }

  /** Every record, without the outbox and checkpoint. */
  async exportAll(): Promise<StoredRecord[]> {
    return (await this.inner.exportAll()).filter((record) => !isSyncKind(record.kind));
  }

  /**
   * Imports like the wrapped adapter and notes every imported record for the next push.
   * `replace` keeps the outbox and starts pulling from the beginning again, so records on
   * the server that the import did not bring back return rather than being lost.
   */
  importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    return this.#lock.run(async () => {
      const before = new Map(
        (await this.inner.exportAll()).map((record) => [
          JSON.stringify([record.kind, record.id]),
          record,
        ]),
      );
      const entries = [];
      for (const record of records) {
        if (isCorrupt(record) || isOwnKind(record.kind)) continue;
        if (await this.outbox.entry(record.kind, record.id)) continue;
        const previous = before.get(JSON.stringify([record.kind, record.id]));
        entries.push(
          await this.outbox.imported(
            record.kind,
            record.id,
            previous && !isCorrupt(previous) ? previous : undefined,
          ),
        );
      }
      const kept =
        options.mode === 'replace'
          ? [...before.values()].filter(
              (record) =>
                isSyncKind(record.kind) && (record.kind !== STATE_KIND || record.id === 'erase'),
            )
          : [];
      await this.inner.importAll([...records, ...kept, ...entries], options);
    });
  }

  /**
   * Erases everything on this device at once (records, outbox, checkpoint, kept-aside
   * versions; every tab is told) and notes an erase for the server, which
   * {@link SyncClient} sends before it pushes anything: the person's records then go from
   * the server and from their other devices too.
   */
  purgeAll(): Promise<void> {
    return this.#lock.run(async () => {
      const seen = (await this.erasure.state())?.seen ?? 0;
      await this.inner.purgeAll();
      await this.erasure.set({ seen, pending: true });
    });
  }

  /** Sends an erase noted here with `send` (once across tabs), then pulls from its marker on. */
  eraseOnServer(send: () => Promise<EraseMarker>): Promise<void> {
    return this.#eraseLock.run(async () => {
      // Read in the lock purgeAll holds: the round its purge starts waits for the note.
      if (!(await this.#lock.run(() => this.erasure.state()))?.pending) return;
      const marker = await send();
      await this.#lock.run(async () => {
        await this.erasure.set({ seen: marker.seq, pending: false });
        await this.outbox.setCheckpoint(marker.seq);
      });
    });
  }

  /**
   * The server's erase marker (`undefined`: the person never erased). Newer than the one
   * this device acted on, it erases everything here as an erase here would (edits not yet
   * pushed included: erase wins) and pulls from the marker on; resolves whether it did.
   * A device that never synced takes the marker as it is and keeps its records.
   */
  erasedElsewhere(marker: EraseMarker | undefined): Promise<boolean> {
    return this.#lock.run(async () => {
      const state = await this.erasure.state();
      if (!state) await this.erasure.set({ seen: marker?.seq ?? 0, pending: false });
      if (!state || !marker || state.pending || marker.seq <= state.seen) return false;
      await this.inner.purgeAll();
      await this.erasure.set({ seen: marker.seq, pending: false });
      await this.outbox.setCheckpoint(marker.seq);
      return true;
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /**
   * A tool's write with its outbox entry, when it will go ahead: both read in one step and
   * written in one transaction where the wrapped adapter can (`writeMany`), else the entry
   * just before the record.
   */
  #noted(write: BatchWrite): Promise<RecordEnvelope> {
    const { kind, id } = write.type === 'put' ? write.record : write;
    return this.#lock.run(async () => {
      const [current, stored] = await readMany(this.inner, [{ kind, id }, Outbox.keyOf(kind, id)]);
      const goesAhead = current
        ? !isCorrupt(current) && current.rev === write.expectedRev
        : write.expectedRev === null;
      const note = goesAhead ? this.outbox.noting(kind, id, current, stored) : undefined;
      const written = await writeMany(this.inner, note ? [note, write] : [write]);
      return written[written.length - 1]!;
    });
  }

  async #importQuietly(records: StoredRecord[]): Promise<void> {
    this.#quiet += 1;
    try {
      await this.inner.importAll(records, { mode: 'merge' });
    } finally {
      this.#quiet -= 1;
    }
  }

  #tell(change: StorageChange): void {
    tellListeners(this.#listeners, change);
  }
}
