import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ENTRY_DRAFT_ID,
  entryDraftModel,
  isBlankDraft,
  type EntryDraft,
} from '../../core/entry-draft.js';
import { newId } from '../../core/ids.js';
import { DraftRecord } from '../../storage/draft-record.js';
import type { KeptTyping } from '../../storage/leave-journal.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StoreController } from '../controllers/store-controller.js';
import { holdDraft, rememberForTab, tabDraftIds } from './journal-draft-owner.js';

/** The leave-journal slot of a draft: prefix + draft id. */
const SLOT = 'entry-draft:';
/** The one slot of older versions, which kept one draft per store under {@link ENTRY_DRAFT_ID}. */
const OLD_SLOT = 'entry-draft';

/** A draft found when the journal opens: as stored, or newer typing left in the leave journal. */
interface Found {
  id: string;
  draft: EntryDraft;
  at: number;
  /** Leave-journal entries of it (settled once it is taken over). */
  left: KeptTyping<EntryDraft>[];
  /** True when the newest text is only in the leave journal (it is written through the store). */
  unstored: boolean;
}

/**
 * Where the entry being written is kept: at once in the store's synchronous leave
 * journal as it is typed (`typed`), and in the store as an `entry-draft` record once
 * typing pauses (`keep`; a blank draft removes it). Each journal keeps its draft of a new
 * entry under an id of its own (see `journal-draft-owner.ts`), so two tabs writing new
 * entries never share one. `read` takes over one that no open journal holds (an orphan)
 * when the journal opens or its form empties: this tab's own from before a reload first,
 * else one left by a tab that closed, oldest first; every other orphan left only in the
 * leave journal is written through the store, to be taken over later.
 */
export class JournalDraftKeeper implements ReactiveController {
  #id = newId();
  #release: (() => void) | undefined;
  #connected = false;
  /** True once this tab's sessionStorage names the draft id. */
  #remembered = false;
  #record: DraftRecord<EntryDraft> | undefined;
  readonly #storage: StoreController;
  readonly #readonly: () => boolean;

  constructor(host: ReactiveControllerHost, storage: StoreController, readonly: () => boolean) {
    this.#storage = storage;
    this.#readonly = readonly;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    void this.#hold();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release?.();
    this.#release = undefined;
  }

  /** The store opened (or changed). */
  open(store: RecordStore): void {
    this.#record = new DraftRecord(store, entryDraftModel, this.#id);
  }

  /** The stored data went away under the page: the next `keep` creates the draft again. */
  lost(): void {
    this.#record?.lost();
  }

  /** The draft changed: kept in the leave journal now (synchronous). */
  typed(draft: EntryDraft): void {
    this.#storage.typing.keep(SLOT + this.#id, draft);
    if (this.#remembered) return;
    this.#remembered = true;
    rememberForTab(this.#id); // a reload of this tab takes it back first
  }

  /** Keeps `draft` in the store (a blank draft removes the kept one). Rejects when it failed. */
  keep(draft: EntryDraft): Promise<void> {
    if (this.#readonly()) return Promise.resolve();
    const [record, slot] = [this.#record, SLOT + this.#id];
    return this.#storage.save('save-draft', async () => {
      if (!record) return;
      await (isBlankDraft(draft) ? record.remove() : record.write(draft));
      this.#storage.typing.committed(slot, draft);
    });
  }

  /**
   * Takes over a draft no open journal holds and resolves with it, while `blank()` says
   * the person has not started typing here; orphans it does not take are kept in the store.
   */
  async read(blank: () => boolean): Promise<EntryDraft | undefined> {
    const store = await this.#storage.whenReady();
    if (this.#readonly()) return undefined;
    await this.#hold();
    const mine = tabDraftIds();
    const found = (await this.#found(store))
      .filter((each) => each.id !== this.#id)
      .sort((a, b) => rank(mine, a) - rank(mine, b) || a.at - b.at);
    let taken: Found | undefined;
    for (const each of found) {
      if (!this.#connected) break; // gone meanwhile: left for a journal still open
      const release = await holdDraft(each.id, mine.includes(each.id));
      if (!release) continue; // the draft of a journal open now
      if (!this.#connected) {
        release();
        break;
      }
      if (!taken && !isBlankDraft(each.draft) && blank()) {
        taken = each;
        this.#takeOver(store, each, release);
        continue;
      }
      if (each.unstored) await this.#writeThrough(store, each);
      release();
    }
    return taken?.draft;
  }

  #takeOver(store: RecordStore, found: Found, release: () => void): void {
    this.#release?.();
    this.#release = release;
    this.#id = found.id;
    this.#record = new DraftRecord(store, entryDraftModel, found.id);
    this.#remembered = false;
    for (const kept of found.left) this.#storage.typing.settle(kept);
    if (!found.unstored) return;
    this.typed(found.draft); // newer than the stored draft: written through the store
    void this.keep(found.draft).catch(() => undefined);
  }

  /** Writes an orphan's newest text, found only in the leave journal, through the store. */
  async #writeThrough(store: RecordStore, found: Found): Promise<void> {
    const record = new DraftRecord(store, entryDraftModel, found.id);
    try {
      await (isBlankDraft(found.draft) ? record.remove() : record.write(found.draft));
    } catch {
      return; // left in the leave journal for the next visit
    }
    for (const kept of found.left) this.#storage.typing.settle(kept);
  }

  /** Every draft kept in the store or the leave journal, the newest text of each. */
  async #found(store: RecordStore): Promise<Found[]> {
    const byId = new Map<string, Found>();
    for (const item of await store.collection(entryDraftModel).all()) {
      if (item.status !== 'ok' || !item.record) continue;
      const at = Date.parse(item.record.updatedAt);
      byId.set(item.id, { id: item.id, draft: item.record.data, at, left: [], unstored: false });
    }
    const typing = this.#storage.typing;
    const left = [
      ...(await typing.left<EntryDraft>(OLD_SLOT)),
      ...(await typing.left<EntryDraft>(SLOT)),
    ];
    for (const kept of left) {
      const id = kept.slot === OLD_SLOT ? ENTRY_DRAFT_ID : kept.slot.slice(SLOT.length);
      const known = byId.get(id);
      const newer = !known || kept.at > known.at;
      const found = newer
        ? { id, draft: kept.value, at: kept.at, left: known?.left ?? [], unstored: true }
        : known;
      found.left.push(kept);
      byId.set(id, found);
    }
    return [...byId.values()];
  }

  /** Holds this journal's own draft id (so no other journal takes it over). */
  async #hold(): Promise<void> {
    if (this.#release) return;
    const id = this.#id;
    const release = await holdDraft(id, true);
    if (this.#connected && this.#id === id && !this.#release) this.#release = release;
    else release?.();
  }
}

/** This tab's own drafts (from before a reload) come before those of other tabs. */
const rank = (mine: string[], found: Found): number => (mine.includes(found.id) ? 0 : 1);
