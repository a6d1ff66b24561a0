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
import { StoreController } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import { hopeJournalStyles } from './hope-journal.styles.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import { journalFirstViewStrings } from './journal-first-view.strings.js';
import { JournalComposer } from './journal-composer.js';
import { JournalDraftKeeper } from './journal-draft-keeper.js';
import { JournalEntries, type ShownEntry } from './journal-entries.js';
import { JournalEntryWrites } from './journal-entry-writes.js';
import { renderListSection } from './journal-list-section.js';
import type { JournalOverTime } from './journal-over-time.js';
import type * as RecordsModule from './journal-records-view.js';
import { JournalRemoval } from './journal-removal.js';
import { commonStrings } from '../../i18n/common.strings.js';
import { LazyPart } from '../lazy-part.js';
import '../../events/entry-events.js';
import { renderHeading } from '../heading.js';

export { FULL_LIST_LIMIT } from './journal-list-section.js';

type RecordsView = typeof RecordsModule;

/** The filters, the list and the look back: loaded once there is an entry to show. */
const recordsView = new LazyPart(() => import('./journal-records-view.js'), 'the journal entries');

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
  static override styles = [RkElement.styles, toolStyles, hopeJournalStyles];

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

  /** Its records view brings the words only it shows (journal-records.strings.ts). */
  readonly #t = new LocalizeController(
    this,
    'hope-journal',
    journalFirstViewStrings as HopeJournalStrings,
    () => this.strings,
  );
  readonly #common = new LocalizeController(this, 'common', commonStrings);
  #checkedPrompts: readonly JournalPrompt[] = usablePrompts(undefined);

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

  readonly #removal = new JournalRemoval({
    element: this,
    root: () => this.renderRoot,
    strings: () => this.#t.strings,
    writes: this.#writes,
    focusEntry: (id) => this.#focusEntry(id),
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

  /** The look back over time, made once the records view has loaded. */
  #overTime: JournalOverTime | undefined;

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

  /** Puts focus on entry `id` in the list, scrolling it into view. */
  async #focusEntry(id: string): Promise<void> {
    await this.updateComplete;
    const list = this.renderRoot.querySelector<HTMLElement>('[part="list"]');
    const index = this.#visibleEntries().findIndex((each) => each.id === id);
    // A list on screen means the records view has loaded.
    if (list && index >= 0) await recordsView.loaded?.moveFocus(list, index);
  }

  /** Everything was erased (here or in another tab): nothing of it stays on screen. */
  #erased(): void {
    this.#composer.erased();
    this.#removal.erased();
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

  /** The records view once there are entries and it has loaded; it is asked for then. */
  #recordsView(): RecordsView | undefined {
    if (!this.entries.index.size) return undefined;
    return recordsView.get(this, () => this.requestUpdate());
  }

  #renderList(strings: HopeJournalStrings, records: RecordsView | undefined): TemplateResult {
    return renderListSection({
      records,
      loadingNote: recordsView.waitingNote(this.#common.strings),
      strings,
      entries: this.entries,
      shown: this.#visibleEntries(),
      query: this.query,
      readonly: this.readonly,
      expanded: this.expanded,
      locale: this.#t.locale,
      heading: (text) => renderHeading(this, text, 1, 'section-heading'),
      monthHeading: (text) => renderHeading(this, text, 2, 'month-heading'),
      undoNotice: this.#removal.render(strings),
      onQuery: (query) => {
        this.query = query;
      },
      onPin: (item) => void this.#writes.togglePin(item),
      onEdit: (item) => this.#edit(item),
      onRemove: (item) => void this.#removal.remove(item),
      onExpand: (item) => {
        this.expanded = new Set([...this.expanded, item.id]);
      },
    });
  }

  override render(): TemplateResult {
    const strings = this.#t.strings;
    const records = this.#recordsView();
    return html`<div class="journal stack">
      ${this.#renderHeader(strings)}
      ${this.readonly ? nothing : this.#composer.render((text) => renderHeading(this, text, 1, 'section-heading'))}
      ${this.#renderList(strings, records)} ${this.#renderOverTime(records)}
    </div>`;
  }

  /** The look back over time, when there are entries (and the records view has loaded). */
  #renderOverTime(records: RecordsView | undefined): TemplateResult | typeof nothing {
    if (!records) return nothing;
    this.#overTime ??= new records.JournalOverTime(
      this,
      () => this.#t.strings,
      () => this.#t.locale,
    );
    this.#overTime.update(this.entries.index.summary);
    return this.#overTime.render(
      (text) => renderHeading(this, text, 1, 'section-heading'),
      (text) => renderHeading(this, text, 2, 'subheading'),
    );
  }

  #renderHeader(strings: HopeJournalStrings): TemplateResult {
    return html`${toolHeader(this, { title: strings.heading, storage: this.#storage })}
      <p class="intro">${strings.intro}</p>`;
  }
}
