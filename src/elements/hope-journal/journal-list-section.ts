import { html, nothing, type TemplateResult } from 'lit';
import type { JournalQuery } from '../../core/journal-search.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { JournalEntries, ShownEntry } from './journal-entries.js';
import type { EntryListView } from './journal-entry-list.js';
import type * as RecordsView from './journal-records-view.js';

/** Lists up to this long are rendered whole; longer ones render only what is on screen. */
export const FULL_LIST_LIMIT = 60;

/** What the "your entries" section shows, and what it reports back to the journal. */
export interface ListSectionView extends Omit<EntryListView, 'entries' | 'virtual'> {
  entries: JournalEntries;
  /** The entries matching `query`, newest first. */
  shown: ShownEntry[];
  query: JournalQuery;
  /** The section's heading, at the journal's level for sections. */
  heading: (text: string) => TemplateResult;
  /** The removal's Undo notice, shown above the list. */
  undoNotice: TemplateResult;
  onQuery: (query: JournalQuery) => void;
  /** The filters and the list (journal-records-view.ts) once loaded; absent before. */
  records: typeof RecordsView | undefined;
  /** What to say in the list's place while it loads, or when it could not be loaded. */
  loadingNote: string;
}

/** The line saying how many entries are shown, of how many, or that there are none. */
export function listStatus(
  strings: HopeJournalStrings,
  shown: number,
  total: number,
  complete: boolean,
): string {
  const count =
    total === 0 && complete
      ? strings.noEntries
      : shown === 0 && complete
        ? strings.noMatches
        : shown === total
          ? strings.showingAll(total)
          : strings.showing(shown, total);
  return complete || total === 0 ? count : `${count} ${strings.loadingMore}`;
}

/**
 * The journal's entries section: its heading, search and filters (once loaded), the
 * polite count of what is shown, notes when an entry cannot be read or reading failed
 * (with "Try again"), the Undo notice, and the list itself (whole up to {@link FULL_LIST_LIMIT} entries,
 * virtual beyond, or while the rest is still being read).
 */
export function renderListSection(view: ListSectionView): TemplateResult {
  const { strings, entries, shown, records } = view;
  return html`<section class="entries stack" aria-labelledby="list-heading">
    <div id="list-heading">${view.heading(strings.listHeading)}</div>
    ${
      records
        ? records.renderFilters({
            strings,
            query: view.query,
            tags: entries.index.summary.tags,
            onChange: view.onQuery,
          })
        : nothing
    }
    <p class="result-count" role="status" part="result-count">
      ${listStatus(strings, shown.length, entries.index.size, entries.complete)}
    </p>
    ${entries.corruptCount ? html`<p class="note">${strings.corruptEntry}</p>` : nothing}
    ${
      entries.state === 'error'
        ? html`<p class="note" role="alert">
            ${strings.readFailed}
            <button type="button" class="secondary" @click=${() => entries.reload()}>
              ${strings.tryAgain}
            </button>
          </p>`
        : nothing
    }
    ${view.undoNotice}
    ${
      !shown.length
        ? nothing
        : records
          ? records.renderEntryList({
              ...view,
              entries: shown,
              virtual: !entries.complete || shown.length > FULL_LIST_LIMIT,
            })
          : html`<p class="note">${view.loadingNote}</p>`
    }
  </section>`;
}
