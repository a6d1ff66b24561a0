import { toolStyles } from '../../styles/tool-styles.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  ENTRY_DRAFT_ID,
  entryDraftModel,
  isBlankDraft,
  type EntryDraft,
} from '../../core/entry-draft.js';
import { ENTRY_LIMITS, entryModel, type Entry } from '../../core/entry.js';
import { mergeEntryEdits, type EntryEdit } from '../../core/entry-merge.js';
import { newId } from '../../core/ids.js';
import { usablePrompts, type JournalPrompt } from '../../core/journal-prompts.js';
import type { JournalQuery } from '../../core/journal-search.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { EntrySavedDetail } from '../../events/entry-events.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { DraftRecord } from '../../storage/draft-record.js';
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
import { JournalEntries, type ShownEntry } from './journal-entries.js';
import { entryName, moveFocus, renderEntryList } from './journal-entry-list.js';
import { renderFilters } from './journal-filters.js';
import { JournalOverTime } from './journal-over-time.js';
import '../../events/entry-events.js';
import { renderHeading } from '../heading.js';

/** The leave-journal slot of the entry being written. */
const DRAFT_SLOT = 'entry-draft';

/** Lists up to this long are rendered whole; longer ones render only what is on screen. */
export const FULL_LIST_LIMIT = 60;

/**
 * A hope journal: short entries about what gives the person hope, written freely or
 * from a rotating prompt (a "three good things" form included), with an optional
 * personal hope check-in (0-10, not a measure), CHIME processes and own tags. Drafts
 * are kept in the store while typing. Entries read back newest first by month, with
 * search, filters, pinning, editing and removal with undo, and a look back at the hope
 * check-in over time (chart and table) and how often each CHIME process comes up.
 * Only the entries on screen are rendered, so years of entries stay fast. An edit saved
 * after the same entry was changed somewhere else (another tab) is merged with that
 * change rather than written over it, and an edit of an entry removed meanwhile is saved
 * again as a new entry; the person is told in either case.
 *
 * @summary A private hope journal with prompts, search and a look back over time.
 *
 * @fires rk-entry-saved - An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile comes as `change: 'created'` with a new id.
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
  #drafts: DraftRecord<EntryDraft> | undefined;
  #checkedPrompts: readonly JournalPrompt[] = usablePrompts(undefined);
  #lastRemoved: { tombstone: RecordEnvelope<null>; entry: Entry } | undefined;

  /** Reads the store; exposed for tests and benchmarks (`entries.state`, `entries.index`). */
  readonly entries = new JournalEntries(this, (error) =>
    this.emit('rk-storage-error', {
      error: isStorageError(error)
        ? error
        : new StorageError('unavailable', String(error), { cause: error }),
      operation: 'read-entries',
      retryable: true,
    }),
  );

  readonly #storage = new StoreController(this, {
    onReady: (store) => this.#connectStore(store),
    onChange: (change) => {
      if (change.type === 'purge') this.#composer.erased();
    },
  });

  readonly #composer = new JournalComposer(this, {
    strings: () => this.#t.strings,
    prompts: () =>
      this.prompts ? this.#checkedPrompts : (this.#t.content.prompts ?? this.#checkedPrompts),
    readDraft: () => this.#readDraft(),
    keepDraft: (draft) => this.#keepDraft(draft),
    typed: (draft) => this.#storage.typing.keep(DRAFT_SLOT, draft),
    saveEntry: (input, editing, afterSaved) => this.#saveEntry(input, editing, afterSaved),
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
    this.#drafts = new DraftRecord(store, entryDraftModel, ENTRY_DRAFT_ID);
    void this.entries.load(store.collection(entryModel));
    void this.#composer.restore();
  }

  #keepDraft(draft: EntryDraft): Promise<void> {
    if (this.readonly) return Promise.resolve();
    return this.#storage.save('save-draft', async () => {
      const drafts = this.#drafts;
      if (!drafts) return;
      await (isBlankDraft(draft) ? drafts.remove() : drafts.write(draft));
      this.#storage.typing.committed(DRAFT_SLOT, draft);
    });
  }

  /** The draft to bring back: typing left in the leave journal (then written through the store), else the stored draft. */
  async #readDraft(): Promise<EntryDraft | undefined> {
    await this.#storage.whenReady();
    const left = (await this.#storage.typing.left<EntryDraft>(DRAFT_SLOT)).at(-1);
    if (!left || isBlankDraft(left.value)) {
      if (left) this.#storage.typing.settle(left);
      return this.#drafts?.read();
    }
    this.#storage.typing.settle(left);
    this.#storage.typing.keep(DRAFT_SLOT, left.value);
    void this.#keepDraft(left.value).catch(() => undefined);
    return left.value;
  }

  #emitSaved(record: RecordEnvelope<Entry>, change: EntrySavedDetail['change']): void {
    this.entries.show({ id: record.id, record, entry: record.data, readonly: false });
    this.emit('rk-entry-saved', {
      entry: structuredClone(record.data),
      record: structuredClone(record),
      change,
    });
  }

  /**
   * Saves the composer's entry: a new one, or an edit of `editing`. An edit is written
   * over the stored revision (compare-and-set, read inside the operation so a retry is
   * right too). When the stored revision moved on since the edit started (changed in
   * another tab meanwhile), the two are merged field by field ({@link mergeEntryEdits}:
   * the person's changes win, changes made only elsewhere are kept, and when both changed
   * the text the other text is kept below theirs) and the person is told. When both texts
   * together would be too long for one entry, nothing is written: the save fails as a
   * `conflict`, the person's text stays on screen and the stored entry as it was. When the
   * entry was removed meanwhile (or can no longer be changed here), the edit is saved as
   * a new entry in the same place in the list (same day, time written and pin), so what
   * the person wrote is never dropped; it fires `rk-entry-saved` with `change: 'created'`.
   */
  async #saveEntry(
    input: EntryEdit,
    editing: EntryDraft['editing'],
    afterSaved: (note?: string) => Promise<void>,
  ): Promise<boolean> {
    const id = newId();
    const strings = this.#t.strings;
    try {
      await this.#storage.save('save-entry', async (store) => {
        const entries = store.collection(entryModel);
        const stored = editing && (await entries.get(editing.id));
        const theirs = stored && !stored.readonly ? stored.record : undefined;
        const base = editing?.base;
        let record: RecordEnvelope<Entry>;
        let note: string | undefined;
        if (editing && theirs) {
          const merge = mergeEntryEdits(
            theirs.rev === editing.rev ? theirs.data : base,
            input,
            theirs.data,
            strings.otherVersion,
          );
          if (merge.entry.body.length > ENTRY_LIMITS.body)
            throw new StorageError('conflict', 'Too long to merge.', {
              current: theirs,
            });
          record = await entries.update(theirs.id, merge.entry, theirs.rev);
          if (merge.changedElsewhere)
            note = merge.keptBoth ? strings.keptBoth : strings.changedElsewhere;
        } else {
          record = await entries.create(
            {
              ...input,
              pinned: base?.pinned ?? false,
              writtenAt: base?.writtenAt ?? new Date().toISOString(),
            },
            { id },
          );
          if (editing) note = strings.savedAsNew;
        }
        this.#emitSaved(record, theirs ? 'updated' : 'created');
        await afterSaved(note);
      });
      return true;
    } catch {
      return false;
    }
  }

  async #togglePin(item: ShownEntry): Promise<void> {
    await this.#storage
      .save('pin-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = await entries.get(item.id);
        if (!current?.record || current.readonly) return;
        const data = current.record.data;
        this.#emitSaved(
          await entries.update(item.id, { ...data, pinned: !data.pinned }, current.record.rev),
          'updated',
        );
      })
      .catch(() => undefined);
  }

  async #removeEntry(item: ShownEntry): Promise<void> {
    await this.#storage
      .save('remove-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = await entries.get(item.id);
        if (!current?.record || current.readonly) return;
        const tombstone = await entries.remove(item.id, current.record.rev);
        const entry = current.record.data;
        this.#lastRemoved = { tombstone, entry };
        this.entries.hide(item.id);
        this.emit('rk-entry-removed', {
          entry: structuredClone(entry),
          record: structuredClone(current.record),
        });
        const notice = this.renderRoot.querySelector<RkUndoNotice>('rk-undo-notice');
        notice?.show(this.#t.strings.removed(entryName(entry, this.#t.strings)));
        await notice?.focusUndo();
      })
      .catch(() => undefined);
  }

  async #undoRemove(): Promise<void> {
    const removed = this.#lastRemoved;
    if (!removed) return;
    await this.#storage
      .save('restore-entry', async (store) => {
        const record = await store.collection(entryModel).restore(removed.tombstone, removed.entry);
        this.#lastRemoved = undefined;
        this.#emitSaved(record, 'restored');
        // The Undo button is gone: put focus on the entry that came back.
        await this.updateComplete;
        const list = this.renderRoot.querySelector<HTMLElement>('[part="list"]');
        const index = this.#visibleEntries().findIndex((item) => item.id === record.id);
        if (list && index >= 0) await moveFocus(list, index);
      })
      .catch(() => undefined);
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
              onPin: (item) => void this.#togglePin(item),
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
