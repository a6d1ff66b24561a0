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
import { entryModel, type Entry } from '../../core/entry.js';
import { newId } from '../../core/ids.js';
import { usablePrompts, type JournalPrompt } from '../../core/journal-prompts.js';
import { tagsInUse, type JournalQuery } from '../../core/journal-search.js';
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
import { JournalComposer, excerpt, type EntryInput } from './journal-composer.js';
import { JournalEntries, toShownEntry, type ShownEntry } from './journal-entries.js';
import { moveFocus, renderEntryList } from './journal-entry-list.js';
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
 * are kept in the store while typing. Entries read back newest first by month, with
 * search, filters, pinning, editing and removal with undo, and a look back at the hope
 * check-in over time (chart and table) and how often each CHIME process comes up.
 * Only the entries on screen are rendered, so years of entries stay fast.
 *
 * @summary A private hope journal with prompts, search and a look back over time.
 *
 * @fires rk-entry-saved - An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`.
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

  private readonly t = new LocalizeController(
    this,
    'hope-journal',
    hopeJournalStrings,
    () => this.strings,
  );
  private drafts: DraftRecord<EntryDraft> | undefined;
  private checkedPrompts: readonly JournalPrompt[] = usablePrompts(undefined);
  private lastRemoved: { tombstone: RecordEnvelope<null>; entry: Entry } | undefined;
  private tags: { version: number; tags: string[] } | undefined;
  private results: { version: number; query: JournalQuery; items: ShownEntry[] } | undefined;

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

  private readonly storage = new StoreController(this, {
    onReady: (store) => this.connectStore(store),
  });

  private readonly composer = new JournalComposer(this, {
    strings: () => this.t.strings,
    prompts: () => this.checkedPrompts,
    readDraft: async () => (await this.storage.whenReady(), this.drafts?.read()),
    keepDraft: (draft) => this.keepDraft(draft),
    saveEntry: (input, editing, afterSaved) => this.saveEntry(input, editing, afterSaved),
  });

  private readonly overTime = new JournalOverTime(this, () => this.t.strings);

  /** The store's current state: `connecting`, `ready`, `saving`, `saved` or `error`. */
  get saveState(): string {
    return this.storage.state;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('prompts')) {
      this.checkedPrompts = usablePrompts(this.prompts, (message) =>
        console.warn(`recovery-kit: <rk-hope-journal> ${message}`),
      );
    }
  }

  private connectStore(store: RecordStore): void {
    this.drafts = new DraftRecord(store, entryDraftModel, ENTRY_DRAFT_ID);
    void this.entries.load(store.collection(entryModel));
    void this.composer.restore();
  }

  private keepDraft(draft: EntryDraft): Promise<void> {
    if (this.readonly) return Promise.resolve();
    return this.storage.save('save-draft', async () => {
      const drafts = this.drafts;
      if (!drafts) return;
      await (isBlankDraft(draft) ? drafts.remove() : drafts.write(draft));
    });
  }

  private emitSaved(record: RecordEnvelope<Entry>, change: EntrySavedDetail['change']): void {
    const shown = toShownEntry({
      id: record.id,
      status: 'ok',
      record,
      problems: [],
      readonly: false,
    });
    if (shown) this.entries.show(shown);
    this.emit('rk-entry-saved', {
      entry: structuredClone(record.data),
      record: structuredClone(record),
      change,
    });
  }

  private async saveEntry(
    input: EntryInput,
    editing: EntryDraft['editing'],
    afterSaved: () => Promise<void>,
  ): Promise<boolean> {
    const id = editing?.id ?? newId();
    try {
      await this.storage.save('save-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = editing ? await entries.get(id) : undefined;
        let record: RecordEnvelope<Entry>;
        if (current?.record && current.status === 'ok') {
          const { pinned, writtenAt } = current.record.data;
          record = await entries.update(id, { ...input, pinned, writtenAt }, current.record.rev);
        } else {
          record = await entries.create(
            { ...input, pinned: false, writtenAt: new Date().toISOString() },
            { id },
          );
        }
        this.emitSaved(record, editing ? 'updated' : 'created');
        await afterSaved();
      });
      return true;
    } catch {
      return false;
    }
  }

  private async togglePin(item: ShownEntry): Promise<void> {
    await this.storage
      .save('pin-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = await entries.get(item.id);
        if (!current?.record || current.readonly) return;
        const data = current.record.data;
        this.emitSaved(
          await entries.update(item.id, { ...data, pinned: !data.pinned }, current.record.rev),
          'updated',
        );
      })
      .catch(() => undefined);
  }

  private async removeEntry(item: ShownEntry): Promise<void> {
    await this.storage
      .save('remove-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = await entries.get(item.id);
        if (!current?.record || current.readonly) return;
        const tombstone = await entries.remove(item.id, current.record.rev);
        const entry = current.record.data;
        this.lastRemoved = { tombstone, entry };
        this.entries.hide(item.id);
        this.emit('rk-entry-removed', {
          entry: structuredClone(entry),
          record: structuredClone(current.record),
        });
        const notice = this.renderRoot.querySelector<RkUndoNotice>('rk-undo-notice');
        const name = excerpt(
          entry.body || entry.goodThings.map((thing) => thing.what).join(', '),
          30,
        );
        notice?.show(this.t.strings.removed(name || this.t.strings.untitled));
        await notice?.focusUndo();
      })
      .catch(() => undefined);
  }

  private async undoRemove(): Promise<void> {
    const removed = this.lastRemoved;
    if (!removed) return;
    await this.storage
      .save('restore-entry', async (store) => {
        const record = await store.collection(entryModel).restore(removed.tombstone, removed.entry);
        this.lastRemoved = undefined;
        this.emitSaved(record, 'restored');
        // The Undo button is gone: put focus on the entry that came back.
        await this.updateComplete;
        const list = this.renderRoot.querySelector<HTMLElement>('[part="list"]');
        const index = this.visibleEntries().findIndex((item) => item.id === record.id);
        if (list && index >= 0) await moveFocus(list, index);
      })
      .catch(() => undefined);
  }

  private edit(item: ShownEntry): void {
    this.composer.edit(item.id, item.record.rev, item.entry);
  }

  /** Every tag in the journal, for the tag filter (worked out again only when the journal changed). */
  private tagsInUse(): string[] {
    const version = this.entries.version;
    if (this.tags?.version !== version) {
      this.tags = { version, tags: tagsInUse(this.entries.index.items.map((item) => item.entry)) };
    }
    return this.tags.tags;
  }

  /** The entries matching the current search and filters, newest first (cached per journal version and query). */
  private visibleEntries(): ShownEntry[] {
    const version = this.entries.version;
    if (this.results?.version !== version || this.results.query !== this.query) {
      this.results = { version, query: this.query, items: this.entries.index.search(this.query) };
    }
    return this.results.items;
  }

  private renderList(strings: HopeJournalStrings): TemplateResult {
    const shown = this.visibleEntries();
    const total = this.entries.index.size;
    const status =
      total === 0 && this.entries.complete
        ? strings.noEntries
        : shown.length === 0 && this.entries.complete
          ? strings.noMatches
          : strings.showing(shown.length, total);
    return html`<section class="entries stack" aria-labelledby="list-heading">
      <div id="list-heading">${renderHeading(this, strings.listHeading, 1, 'section-heading')}</div>
      ${renderFilters({
        strings,
        query: this.query,
        tags: this.tagsInUse(),
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
        @rk-undo-requested=${() => void this.undoRemove()}
      ></rk-undo-notice>
      ${
        shown.length
          ? renderEntryList({
              strings,
              entries: shown,
              virtual: !this.entries.complete || shown.length > FULL_LIST_LIMIT,
              readonly: this.readonly,
              expanded: this.expanded,
              monthHeading: (text) => renderHeading(this, text, 2, 'month-heading'),
              onPin: (item) => void this.togglePin(item),
              onEdit: (item) => this.edit(item),
              onRemove: (item) => void this.removeEntry(item),
              onExpand: (item) => {
                this.expanded = new Set([...this.expanded, item.id]);
              },
            })
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const strings = this.t.strings;
    this.overTime.update(this.entries.version, () =>
      this.entries.index.items.map((item) => item.entry),
    );
    return html`<div class="journal stack">
      ${this.renderHeader(strings)}
      ${this.readonly ? nothing : this.composer.render((text) => renderHeading(this, text, 1, 'section-heading'))}
      ${this.renderList(strings)}
      ${this.overTime.render(
        (text) => renderHeading(this, text, 1, 'section-heading'),
        (text) => renderHeading(this, text, 2, 'subheading'),
      )}
    </div>`;
  }

  private renderHeader(strings: HopeJournalStrings): TemplateResult {
    return html`${toolHeader(this, { title: strings.heading, storage: this.storage })}
      <p class="intro">${strings.intro}</p>`;
  }
}
