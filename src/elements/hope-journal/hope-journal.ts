import { toolStyles } from '../../styles/tool-styles.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { entryModel } from '../../core/entry.js';
import { usablePrompts, type JournalPrompt } from '../../core/journal-prompts.js';
import type { JournalQuery } from '../../core/journal-search.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { RecordStore } from '../../storage/record-store.js';
import { StorageError, isStorageError } from '../../storage/storage-error.js';
import { chartStyles } from '../chart/chart.styles.js';
import { StoreController } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import type { RkUndoNotice } from '../undo/undo-notice.js';
import { hopeJournalStyles } from './hope-journal.styles.js';
import { hopeJournalStrings, type HopeJournalStrings } from './hope-journal.strings.js';
import { JournalComposer } from './journal-composer.js';
import { JournalDraftKeeper } from './journal-draft-keeper.js';
import { JournalEntries, type ShownEntry } from './journal-entries.js';
import { JournalEntryWrites, type RemovedEntry } from './journal-entry-writes.js';
import { entryName, moveFocus, renderEntryList } from './journal-entry-list.js';
import { renderFilters } from './journal-filters.js';
import { JournalOverTime } from './journal-over-time.js';
import '../../events/entry-events.js';
import { renderHeading } from '../heading.js';

/** Lists up to this long are rendered whole; longer ones render only what is on screen. */
export const FULL_LIST_LIMIT = 60;

/**
 * A hope journal: short entries about what gives the person hope, written freely or
 * from a rotating prompt (a "three good things" form included), with an optional
 * personal hope check-in (0-10, not a measure), CHIME processes and own tags. Drafts
 * are kept in the store while typing; each tab's draft of a new entry is its own, and one
 * left by a tab that closed comes back in the next journal opened, oldest first. When
 * the browser clears the stored data under an open journal, the entries and the draft
 * on screen are saved again. Entries read back newest first by month, with
 * search, filters, pinning, editing and removal with undo, and a look back at the hope
 * check-in over time (chart and table) and how often each CHIME process comes up.
 * Only the entries on screen are rendered, so years of entries stay fast, and a change
 * made in another tab updates the list, tags, search results and the look back by that
 * one entry. An edit saved after the same entry was changed somewhere else (another tab)
 * is merged with that change rather than written over it (both texts kept when both
 * changed the text), and an entry removed meanwhile comes back with the edit; the person
 * is told in either case. Erasing everything, here or in another tab, clears the list,
 * the form and any Undo at once.
 *
 * @summary A private hope journal with prompts, search and a look back over time.
 *
 * @fires rk-entry-saved - An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id.
 * @fires rk-entry-removed - An entry was removed. `detail: { entry, record }`.
 * @fires rk-storage-error - Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`.
 *
 * @csspart header - The tool header (title, "Need help now?", save status).
 * @csspart heading - The journal's heading.
 * @csspart save-status - The line saying whether and where entries are kept.
 * @csspart crisis-toggle - The "Need help now?" button.
 * @csspart crisis-panel - The crisis contacts panel.
 * @csspart section-heading - The headings of the journal's sections.
 * @csspart composer - The "write an entry" section.
 * @csspart prompt - The offered or chosen prompt.
 * @csspart good-thing - One of the "three good things" groups.
 * @csspart hope - The hope check-in group.
 * @csspart chime - The CHIME process choices.
 * @csspart confirm - The "discard this draft?" confirmation.
 * @csspart field - A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
 * @csspart filters - The search box and filters.
 * @csspart list - The list of entries.
 * @csspart entry - One entry in the list.
 * @csspart entry-body - An entry's text.
 * @csspart readonly-note - The note on an entry that cannot be changed.
 * @csspart over-time - The "looking back" section.
 * @csspart chart - The hope check-in chart.
 * @csspart hope-table - The table with the chart's numbers.
 * @csspart chime-frequency - How often each CHIME process comes up.
 * @csspart table-frame - The frame a wide table scrolls in on narrow screens.
 * @csspart limit - The line under a limited field saying how many characters are left.
 *
 * @cssprop --rk-color-accent - Buttons, links, pinned marks, chart line.
 * @cssprop --rk-color-surface-raised - Entry cards and panels.
 * @cssprop --rk-color-border - Card and field borders.
 * @cssprop --rk-journal-list-gap - Space between entries.
 * @cssprop --rk-journal-list-block-size - Height of the scrolling list of a long journal (default min(75vh, 40rem)).
 * @cssprop --rk-chart-block-size - Height of the hope chart.
 */
export class RkHopeJournal extends RkTool {
  static override styles = [RkElement.styles, toolStyles, chartStyles, hopeJournalStyles];

  static override properties: PropertyDeclarations = {
    prompts: { attribute: false },
    strings: { attribute: false },
    query: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
  };

  /** Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). */
  prompts?: readonly JournalPrompt[];

  /** Host overrides of any of the journal's strings. */
  strings?: StringOverrides<HopeJournalStrings>;

  private query: JournalQuery = {};
  private expanded = new Set<string>();

  readonly #t = new LocalizeController(
    this,
    'hope-journal',
    hopeJournalStrings,
    () => this.strings,
  );
  #checkedPrompts: readonly JournalPrompt[] = usablePrompts(undefined);
  #lastRemoved: RemovedEntry | undefined;

  /** Reads the store; exposed for tests and benchmarks (`entries.state`, `entries.index`). */
  readonly entries: JournalEntries = new JournalEntries(
    this,
    (error) =>
      this.emit('rk-storage-error', {
        error: isStorageError(error)
          ? error
          : new StorageError('unavailable', String(error), { cause: error }),
        operation: 'read-entries',
        retryable: true,
      }),
    (change): boolean => this.#writes.isOwnEcho(change),
  );

  readonly #storage = new StoreController(this, {
    onReady: (store) => this.#connectStore(store),
    onChange: (change) => {
      this.#writes.onChange(change);
      if (change.type === 'purge') this.#erased();
      if (change.type === 'lost') this.#lost();
    },
  });

  readonly #writes: JournalEntryWrites = new JournalEntryWrites({
    element: this,
    storage: this.#storage,
    entries: this.entries,
    strings: () => this.#t.strings,
  });

  readonly #draft = new JournalDraftKeeper(this, this.#storage, () => this.readonly);

  readonly #composer = new JournalComposer(this, {
    strings: () => this.#t.strings,
    prompts: () =>
      this.prompts ? this.#checkedPrompts : (this.#t.content.prompts ?? this.#checkedPrompts),
    readDraft: (blank) => this.#draft.read(blank),
    keepDraft: (draft) => this.#draft.keep(draft),
    typed: (draft) => this.#draft.typed(draft),
    saveEntry: (input, editing, afterSaved) => this.#writes.save(input, editing, afterSaved),
  });

  readonly #overTime = new JournalOverTime(
    this,
    () => this.#t.strings,
    () => this.#t.locale,
  );

  /** The store's current state: `connecting`, `ready`, `saving`, `saved` or `error`. */
  get saveState(): string {
    return this.#storage.state;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('prompts')) {
      this.#checkedPrompts = usablePrompts(this.prompts, (message) =>
        console.warn(`recovery-kit: <rk-hope-journal> ${message}`),
      );
    }
  }

  #connectStore(store: RecordStore): void {
    this.#draft.open(store);
    void this.entries.load(store.collection(entryModel));
    void this.#writes.open(store);
    void this.#composer.restore();
  }

  async #removeEntry(item: ShownEntry): Promise<void> {
    const removed = await this.#writes.remove(item);
    if (!removed) return;
    this.#lastRemoved = removed;
    const notice = this.#undoNotice;
    notice?.show(this.#t.strings.removed(entryName(removed.entry, this.#t.strings)));
    await notice?.focusUndo();
  }

  async #undoRemove(): Promise<void> {
    const removed = this.#lastRemoved;
    const record = removed && (await this.#writes.restore(removed));
    if (!record) return;
    this.#lastRemoved = undefined;
    // The Undo button is gone: put focus on the entry that came back.
    await this.updateComplete;
    const list = this.renderRoot.querySelector<HTMLElement>('[part="list"]');
    const index = this.#visibleEntries().findIndex((each) => each.id === record.id);
    if (list && index >= 0) await moveFocus(list, index);
  }

  get #undoNotice(): RkUndoNotice | null {
    return this.renderRoot.querySelector<RkUndoNotice>('rk-undo-notice');
  }

  /** Everything was erased (here or in another tab): nothing of it stays on screen. */
  #erased(): void {
    this.#composer.erased();
    this.#lastRemoved = undefined;
    this.#undoNotice?.hide();
    this.query = {};
    this.expanded = new Set();
  }

  /** The store went away under the page: the draft on screen is saved again (the entries by `#writes`). */
  #lost(): void {
    this.#draft.lost();
    this.#composer.lost();
  }

  #edit(item: ShownEntry): void {
    this.#composer.edit(item.id, item.record.rev, item.entry);
  }

  /** The entries matching the current search and filters, newest first (kept up to date entry by entry). */
  #visibleEntries(): ShownEntry[] {
    return this.entries.index.results(this.query);
  }

  #renderList(strings: HopeJournalStrings): TemplateResult {
    const shown = this.#visibleEntries();
    const total = this.entries.index.size;
    const status =
      total === 0 && this.entries.complete
        ? strings.noEntries
        : shown.length === 0 && this.entries.complete
          ? strings.noMatches
          : shown.length === total
            ? strings.showingAll(total)
            : strings.showing(shown.length, total);
    return html`<section class="entries stack" aria-labelledby="list-heading">
      <div id="list-heading">${renderHeading(this, strings.listHeading, 1, 'section-heading')}</div>
      ${renderFilters({
        strings,
        query: this.query,
        tags: this.entries.index.summary.tags,
        onChange: (query) => {
          this.query = query;
        },
      })}
      <p class="result-count" role="status" part="result-count">
        ${status}${this.entries.complete || total === 0 ? '' : ` ${strings.loadingMore}`}
      </p>
      ${this.entries.corruptCount ? html`<p class="note">${strings.corruptEntry}</p>` : nothing}
      ${
        this.entries.state === 'error'
          ? html`<p class="note" role="alert">
              ${strings.readFailed}
              <button type="button" class="secondary" @click=${() => this.entries.reload()}>
                ${strings.tryAgain}
              </button>
            </p>`
          : nothing
      }
      <rk-undo-notice
        .undoLabel=${strings.undo}
        .dismissLabel=${strings.dismiss}
        @rk-undo-requested=${() => void this.#undoRemove()}
      ></rk-undo-notice>
      ${
        shown.length
          ? renderEntryList({
              strings,
              entries: shown,
              virtual: !this.entries.complete || shown.length > FULL_LIST_LIMIT,
              readonly: this.readonly,
              expanded: this.expanded,
              locale: this.#t.locale,
              monthHeading: (text) => renderHeading(this, text, 2, 'month-heading'),
              onPin: (item) => void this.#writes.togglePin(item),
              onEdit: (item) => this.#edit(item),
              onRemove: (item) => void this.#removeEntry(item),
              onExpand: (item) => {
                this.expanded = new Set([...this.expanded, item.id]);
              },
            })
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const strings = this.#t.strings;
    this.#overTime.update(this.entries.index.summary);
    return html`<div class="journal stack">
      ${this.#renderHeader(strings)}
      ${this.readonly ? nothing : this.#composer.render((text) => renderHeading(this, text, 1, 'section-heading'))}
      ${this.#renderList(strings)}
      ${this.#overTime.render(
        (text) => renderHeading(this, text, 1, 'section-heading'),
        (text) => renderHeading(this, text, 2, 'subheading'),
      )}
    </div>`;
  }

  #renderHeader(strings: HopeJournalStrings): TemplateResult {
    return html`${toolHeader(this, { title: strings.heading, storage: this.#storage })}
      <p class="intro">${strings.intro}</p>`;
  }
}
