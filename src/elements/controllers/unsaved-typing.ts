import type { KeptTyping, LeaveJournal } from '../../storage/leave-journal.js';

/**
 * How a piece of typing waits: `save` - it is being saved for the person (autosave);
 * `person` - it waits for them to press a button (a reading not yet saved, a step not
 * yet added, a contact form).
 */
export type TypingWait = 'save' | 'person';

/** What is waiting, for the save status: nothing, a save, or the person. */
export type TypingState = 'none' | 'saving' | 'unsaved';

/**
 * What the person has typed in one element and not yet seen committed, kept in the
 * store's synchronous {@link LeaveJournal} as it changes, so that closing the page at
 * once loses nothing; and what it means for the save status (`state`). A `StoreController`
 * owns one as `storage.typing`; tools call `keep()` on every change and `committed()`
 * when the store has the value.
 */
export class UnsavedTyping {
  #journal: LeaveJournal | undefined;
  #waiting = new Map<string, { value: unknown; wait: TypingWait; base: string | undefined }>();
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** The journal in use (set by the `StoreController` when its store opens). */
  set journal(journal: LeaveJournal | undefined) {
    this.#journal = journal;
  }

  /** `saving` while an autosave is due, `unsaved` while a form waits for the person. */
  get state(): TypingState {
    let state: TypingState = 'none';
    for (const { wait } of this.#waiting.values()) {
      if (wait === 'person') return 'unsaved';
      state = 'saving';
    }
    return state;
  }

  /** True while `slot` holds typing that is not committed. */
  has(slot: string): boolean {
    return this.#waiting.has(slot);
  }

  /** Keeps `value` for `slot` in the journal now. `base`: the revision an edit started from. */
  keep(slot: string, value: unknown, options: { base?: string; wait?: TypingWait } = {}): void {
    const was = this.state;
    this.#waiting.set(slot, { value, wait: options.wait ?? 'save', base: options.base });
    this.#journal?.keep(slot, value, options.base);
    if (this.state !== was) this.#changed();
  }

  /**
   * The store has `value` for `slot` (or the person threw it away): forget it, unless
   * something newer was typed since (pass the value that was written).
   */
  committed(slot: string, value?: unknown): void {
    const waiting = this.#waiting.get(slot);
    if (!waiting || (value !== undefined && waiting.value !== value)) return;
    this.#waiting.delete(slot);
    this.#journal?.drop(slot);
    this.#changed();
  }

  /**
   * What is left in the journal for `slot` (or, ending in `:`, every slot starting with
   * it) from an earlier visit or another element, oldest first; never the slots this
   * element is typing in now.
   */
  async left<T>(slot: string): Promise<KeptTyping<T>[]> {
    const kept = (await this.#journal?.read<T>(slot)) ?? [];
    return kept.filter((each) => !this.#waiting.has(each.slot));
  }

  /** Removes an entry `left()` gave once it has been written through the store or shown again. */
  settle(kept: KeptTyping): void {
    this.#journal?.settle(kept);
  }

  /** Everything was erased: forget every slot (the journal itself was cleared by the store). */
  forgetAll(): void {
    if (this.#waiting.size === 0) return;
    this.#waiting.clear();
    this.#journal?.clear();
    this.#changed();
  }
}
