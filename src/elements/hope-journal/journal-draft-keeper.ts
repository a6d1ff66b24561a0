import {
  ENTRY_DRAFT_ID,
  entryDraftModel,
  isBlankDraft,
  type EntryDraft,
} from '../../core/entry-draft.js';
import { DraftRecord } from '../../storage/draft-record.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StoreController } from '../controllers/store-controller.js';

/** The leave-journal slot of the entry being written. */
const DRAFT_SLOT = 'entry-draft';

/**
 * Where the entry being written is kept: at once in the store's synchronous leave
 * journal as it is typed (`typed`), and in the store as an `entry-draft` record once
 * typing pauses (`keep`; a blank draft removes it). `read` brings it back when the
 * journal opens: typing left in the leave journal from an earlier visit (then written
 * through the store), else the stored draft.
 */
export class JournalDraftKeeper {
  #record: DraftRecord<EntryDraft> | undefined;
  readonly #storage: StoreController;
  readonly #readonly: () => boolean;

  constructor(storage: StoreController, readonly: () => boolean) {
    this.#storage = storage;
    this.#readonly = readonly;
  }

  /** The store opened (or changed). */
  open(store: RecordStore): void {
    this.#record = new DraftRecord(store, entryDraftModel, ENTRY_DRAFT_ID);
  }

  /** The stored data went away under the page: the next `keep` creates the draft again. */
  lost(): void {
    this.#record?.lost();
  }

  /** The draft changed: kept in the leave journal now (synchronous). */
  typed(draft: EntryDraft): void {
    this.#storage.typing.keep(DRAFT_SLOT, draft);
  }

  /** Keeps `draft` in the store (a blank draft removes the kept one). Rejects when it failed. */
  keep(draft: EntryDraft): Promise<void> {
    if (this.#readonly()) return Promise.resolve();
    return this.#storage.save('save-draft', async () => {
      const record = this.#record;
      if (!record) return;
      await (isBlankDraft(draft) ? record.remove() : record.write(draft));
      this.#storage.typing.committed(DRAFT_SLOT, draft);
    });
  }

  /** The draft to bring back, if any. */
  async read(): Promise<EntryDraft | undefined> {
    await this.#storage.whenReady();
    const typing = this.#storage.typing;
    const left = (await typing.left<EntryDraft>(DRAFT_SLOT)).at(-1);
    if (!left || isBlankDraft(left.value)) {
      if (left) typing.settle(left);
      return this.#record?.read();
    }
    typing.settle(left);
    typing.keep(DRAFT_SLOT, left.value);
    void this.keep(left.value).catch(() => undefined);
    return left.value;
  }
}
