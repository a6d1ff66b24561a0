import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import { undoNoticeReady } from '../undo/undo-notice-ready.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { ShownEntry } from './journal-entries.js';
import { entryName } from './journal-composer-prompt.js';
import type { JournalEntryWrites, RemovedEntry } from './journal-entry-writes.js';

/** What removing an entry needs from the journal. */
export interface JournalRemovalHost {
  /** The journal, rendered again when the fallback announcement changes. */
  element: ReactiveControllerHost;
  /** Where the journal's `<rk-undo-notice>` is (its shadow root). */
  root(): ParentNode;
  strings(): HopeJournalStrings;
  writes: JournalEntryWrites;
  /** Puts focus on entry `id` in the list (after Undo brought it back). */
  focusEntry(id: string): Promise<void>;
}

/**
 * Removing an entry with "Undo". `<rk-undo-notice>` is not loaded with the journal: the
 * first removal loads it while the entry is removed and saved, then the notice says so
 * (in its live region, already on the page) and takes focus. If it cannot be loaded, the
 * removal is still announced, through a polite live region of the journal's own. Undo
 * writes the entry back from its tombstone and puts focus on it in the list.
 */
export class JournalRemoval {
  #last: RemovedEntry | undefined;
  /** Said through the journal's own live region when the notice could not be loaded. */
  #announcement = '';
  readonly #host: JournalRemovalHost;

  constructor(host: JournalRemovalHost) {
    this.#host = host;
  }

  /** Removes `item` and offers Undo (the notice's element loads meanwhile, on first use). */
  async remove(item: ShownEntry): Promise<void> {
    const ready = undoNoticeReady(() => this.#notice());
    const removed = await this.#host.writes.remove(item);
    if (!removed) return;
    this.#last = removed;
    const strings = this.#host.strings();
    const message = strings.removed(entryName(removed.entry, strings));
    const notice = await ready;
    if (this.#last !== removed) return; // erased, or removed again, meanwhile
    if (!notice) return this.#announce(message);
    notice.show(message);
    await notice.focusUndo();
  }

  /** Brings the last removed entry back ("Undo") and puts focus on it. */
  async undo(): Promise<void> {
    const removed = this.#last;
    const record = removed && (await this.#host.writes.restore(removed));
    if (!record) return;
    this.#last = undefined;
    await this.#host.focusEntry(record.id);
  }

  /** Everything was erased: Undo is no longer offered, and nothing of it is on screen. */
  erased(): void {
    this.#last = undefined;
    this.#notice()?.hide();
    this.#announce('');
  }

  /** The Undo notice and the fallback live region, for the entries section. */
  render(strings: HopeJournalStrings): TemplateResult {
    return html`<rk-undo-notice
        .undoLabel=${strings.undo}
        .dismissLabel=${strings.dismiss}
        @rk-undo-requested=${() => void this.undo()}
      ></rk-undo-notice>
      <p class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  #announce(message: string): void {
    this.#announcement = message;
    this.#host.element.requestUpdate();
  }

  /** The journal's notice, once `<rk-undo-notice>` is defined (an unknown element before). */
  #notice(): RkUndoNotice | null {
    const found = this.#host.root().querySelector('rk-undo-notice');
    return found && 'show' in found ? (found as RkUndoNotice) : null;
  }
}
