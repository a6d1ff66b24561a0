import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { entryModel, readableEntry, type Entry } from '../../core/entry.js';
import { revisionGeneration } from '../../core/ids.js';
import { JournalIndex, type JournalItem } from '../../core/journal-search.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordCollection } from '../../storage/record-collection.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { StorageChange } from '../../storage/storage-adapter.js';

/** One entry as the journal shows it: the entry, its stored record, and why it is read-only. */
export interface ShownEntry extends JournalItem {
  /** The stored record (for its revision when editing, pinning or removing). */
  record: RecordEnvelope<Entry>;
  /** Set when the record is read-only: it failed validation or has a newer schema. */
  readonlyReason?: 'invalid' | 'too-new';
}

/** How far the journal has read the store. */
export type LoadState = 'idle' | 'first-page' | 'complete' | 'error';

/** Entries shown on first paint, before the rest is read in the background. */
export const FIRST_PAGE_SIZE = 40;

/** Entries read per page in the background. */
export const BACKGROUND_PAGE_SIZE = 1_000;

/** Resolves when the browser is idle (or soon, where it cannot say). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 16);
  });
}

/** Turns a stored item into what the journal shows, or undefined for an unreadable (corrupt) one. */
export function toShownEntry(item: StoredItem<Entry>): ShownEntry | undefined {
  if (!item.record) return undefined;
  const ok = item.status === 'ok';
  return {
    id: item.id,
    record: item.record,
    entry: ok ? item.record.data : readableEntry(item.record.data),
    readonly: !ok,
    readonlyReason: ok ? undefined : item.status === 'too-new' ? 'too-new' : 'invalid',
  };
}

/**
 * Reads the journal from the store so the first entries appear fast whatever the
 * journal's size: the first page of the store's ordered list (newest first) is shown
 * at once, then every entry is read in the background into an in-memory
 * {@link JournalIndex} that search and filters use. Follows the store's change feed
 * (this tab and others) entry by entry: a change made elsewhere is applied to the index
 * from the record the change carries (read by id when it carries none); the echo of the journal's own writes is skipped.
 */
export class JournalEntries implements ReactiveController {
  /** Entries read so far, newest first. */
  readonly index = new JournalIndex<ShownEntry>();
  /** How far reading has got. */
  state: LoadState = 'idle';
  /** Entries that could not be read at all (kept untouched in the store). */
  corruptCount = 0;
  /** The error that stopped reading, if any. */
  error: unknown;
  /** Goes up whenever the entries held change, so views can cache what they work out. */
  version = 0;

  #collection: RecordCollection<Entry> | undefined;
  #generation = 0;
  #unsubscribe: (() => void) | undefined;
  /** Ids changed while the background read ran; re-read afterwards so no change is lost. */
  #changedWhileLoading = new Set<string>();

  readonly #host: ReactiveControllerHost;
  /** Told when reading failed (the element reports it and offers to try again). */
  readonly #onError: (error: unknown) => void;
  /** True for the echo of a write the journal is making (nothing to read again). */
  readonly #ownEcho: (change: StorageChange) => boolean;

  constructor(
    host: ReactiveControllerHost,
    onError: (error: unknown) => void,
    ownEcho: (change: StorageChange) => boolean = () => false,
  ) {
    this.#host = host;
    this.#onError = onError;
    this.#ownEcho = ownEcho;
    host.addController(this);
  }

  /** True when every entry has been read (so search covers the whole journal). */
  get complete(): boolean {
    return this.state === 'complete';
  }

  /** Starts reading `collection` (again); any earlier read is abandoned. */
  async load(collection: RecordCollection<Entry>, firstPageSize = FIRST_PAGE_SIZE): Promise<void> {
    const generation = ++this.#generation;
    this.#collection = collection;
    this.#unsubscribe?.();
    this.#unsubscribe = collection.subscribe((change) => this.#onChange(change));
    this.#changedWhileLoading.clear();
    this.state = 'idle';
    try {
      const page = await collection.list({ direction: 'desc', limit: firstPageSize });
      if (generation !== this.#generation) return;
      this.#accept(page.items, page.cursor === undefined);
      this.#host.requestUpdate();
      if (page.cursor === undefined) return;
      // Let the first entries reach the screen before reading the rest, then read it in
      // pages, leaving the main thread free between them so the page stays responsive.
      await this.#host.updateComplete;
      await idle();
      const every = [...page.items];
      for (let cursor: string | undefined = page.cursor; cursor !== undefined;) {
        const next = await collection.list({
          direction: 'desc',
          limit: BACKGROUND_PAGE_SIZE,
          cursor,
        });
        if (generation !== this.#generation) return;
        every.push(...next.items);
        cursor = next.cursor;
        await idle();
      }
      this.#accept(every, true);
      await this.#rereadChanged(generation);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.error = error;
      this.state = 'error';
      this.#onError(error);
    }
    this.#host.requestUpdate();
  }

  /** Reads the same collection again (after a failed read). */
  reload(): void {
    if (this.#collection) void this.load(this.#collection);
  }

  /** Puts a saved entry into the index at once (the change feed confirms it later). */
  show(item: ShownEntry): void {
    this.index.upsert(item);
    this.version += 1;
    this.#host.requestUpdate();
  }

  /** Takes an entry out of the index at once. */
  hide(id: string): void {
    if (!this.index.remove(id)) return;
    this.version += 1;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#generation += 1;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostConnected(): void {
    if (this.#collection && !this.#unsubscribe) void this.load(this.#collection);
  }

  #accept(items: StoredItem<Entry>[], complete: boolean): void {
    const shown: ShownEntry[] = [];
    let corrupt = 0;
    for (const item of items) {
      const entry = toShownEntry(item);
      if (entry) shown.push(entry);
      else corrupt += 1;
    }
    this.index.replaceAll(shown);
    this.version += 1;
    this.corruptCount = corrupt;
    this.state = complete ? 'complete' : 'first-page';
  }

  async #rereadChanged(generation: number): Promise<void> {
    const ids = [...this.#changedWhileLoading];
    this.#changedWhileLoading.clear();
    for (const id of ids) {
      if (generation !== this.#generation) return;
      await this.#reread(id);
    }
  }

  /**
   * Applies a change made elsewhere from what it says (a removal, or the record it
   * carries), with no read; a change older than the entry held (two tabs' messages
   * crossing) is checked against the store instead.
   */
  async #apply(change: StorageChange & { id: string }): Promise<void> {
    const held = this.index.get(change.id)?.record.rev;
    if (held && revisionGeneration(held) >= revisionGeneration(change.rev))
      return this.#reread(change.id);
    this.#show(change.id, await this.#collection?.changed(change));
  }

  async #reread(id: string): Promise<void> {
    this.#show(id, await this.#collection?.get(id));
  }

  #show(id: string, item: StoredItem<Entry> | undefined): void {
    const shown = item && toShownEntry(item);
    if (shown) this.index.upsert(shown);
    else this.index.remove(id);
    this.version += 1;
    this.#host.requestUpdate();
  }

  #onChange(change: StorageChange): void {
    if (change.type === 'import' || change.type === 'purge') {
      if (this.#collection) void this.load(this.#collection);
      return;
    }
    if (change.kind !== entryModel.kind || !change.id) return;
    if (this.state !== 'complete') this.#changedWhileLoading.add(change.id);
    const known = this.index.get(change.id);
    if ((known && known.record.rev === change.rev) || this.#ownEcho(change)) return;
    void this.#apply({ ...change, id: change.id }).catch(() => undefined);
  }
}
