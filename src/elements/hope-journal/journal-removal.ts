import { html, type TemplateResult } from 'lit';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { ShownEntry } from './journal-entries.js';
import { entryName } from './journal-entry-list.js';
import type { JournalEntryWrites, RemovedEntry } from './journal-entry-writes.js';

/** What removing an entry needs from the journal. */
export interface JournalRemovalHost {
  /** Where the journal's `<rk-undo-notice>` is (its shadow root). */
  root(): ParentNode;
  strings(): HopeJournalStrings;
  writes: JournalEntryWrites;
  /** Puts focus on entry `id` in the list (after Undo brought it back). */
  focusEntry(id: string): Promise<void>;
}

/**
 * Removing an entry with "Undo": the removal is saved, then the notice says so and takes
 * focus; Undo writes the entry back from its tombstone and focuses it in the list.
 */
export class JournalRemoval {
  #last: RemovedEntry | undefined;
  readonly #host: JournalRemovalHost;

  constructor(host: JournalRemovalHost) {
    this.#host = host;
  }

  /** Removes `item` and offers Undo. */
  async remove(item: ShownEntry): Promise<void> {
    const removed = await this.#host.writes.remove(item);
    if (!removed) return;
    this.#last = removed;
    const notice = this.#notice();
    const strings = this.#host.strings();
    notice?.show(strings.removed(entryName(removed.entry, strings)));
    await notice?.focusUndo();
  }

  /** Brings the last removed entry back ("Undo") and puts focus on it. */
  async undo(): Promise<void> {
    const removed = this.#last;
    const record = removed && (await this.#host.writes.restore(removed));
    if (!record) return;
    this.#last = undefined;
    await this.#host.focusEntry(record.id);
  }

  /** Everything was erased: Undo is no longer offered. */
  erased(): void {
    this.#last = undefined;
    this.#notice()?.hide();
  }

  /** The Undo notice, for the entries section. */
  render(strings: HopeJournalStrings): TemplateResult {
    return html`<rk-undo-notice
      .undoLabel=${strings.undo}
      .dismissLabel=${strings.dismiss}
      @rk-undo-requested=${() => void this.undo()}
    ></rk-undo-notice>`;
  }

  #notice(): RkUndoNotice | null {
    return this.#host.root().querySelector<RkUndoNotice>('rk-undo-notice');
  }
}
