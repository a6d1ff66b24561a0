import { toolStyles } from '../../styles/tool-styles.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { newId } from '../../core/ids.js';
import {
  checkAreaSet,
  DEFAULT_AREA_SET,
  type AreaSet,
  type AreaSetCheck,
  type AreaSetInput,
} from '../../core/life-areas.js';
import { ValidationError, type ValidationProblem } from '../../core/model.js';
import type { RecordEnvelope } from '../../core/record.js';
import { formatDay, localDay } from '../../core/reading-dates.js';
import {
  areasForReading,
  emptyReading,
  readingModel,
  tidyReading,
  type Reading,
  type ReadingAuthor,
} from '../../core/reading.js';
import { commonStrings } from '../../i18n/common.strings.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { ChartController } from '../chart/chart-controller.js';
import { chartStyles } from '../chart/chart.styles.js';
import { saveShownAgain } from '../controllers/save-again.js';
import { StoreController } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import type {} from '../../events/reading-events.js';
import { radarSpec, type RadarSeries } from './radar-spec.js';
import { ratingForm } from './rating-form.js';
import {
  legend,
  readingDetails,
  readingEntries,
  readingPicker,
  shownEntries,
  type HistoryContext,
  type ReadingEntry,
} from './reading-history.js';
import { readingTable } from './reading-table.js';
import { initialShown, MAX_SHOWN_READINGS } from './shown-readings.js';
import { areaSetProblem } from './area-set-messages.js';
import { chartStatus, downloadButton } from './chart-panel.js';
import { starAssessmentStyles } from './star-assessment.styles.js';
import { starAssessmentStrings, type StarAssessmentStrings } from './star-assessment.strings.js';
import { renderHeading } from '../heading.js';

/** The leave-journal slot of the reading being taken. */
const DRAFT_SLOT = 'reading';

/** The reading being taken, as the leave journal keeps it: its id-to-be and the reading. */
interface KeptReading {
  id: string;
  reading: Reading;
}

/**
 * A life-areas ("star chart") self-assessment: the person rates each area of their life
 * from 1 to 10, sees it as a radar chart, saves readings over time, compares up to three,
 * and can record a supporter's view beside their own. Areas and scale words are the
 * host's to set (`areas`), and so is which readings the chart shows first (`show`, for
 * example `show="latest first"`); the default set is recovery-kit's own.
 *
 * @summary Rate life areas 1-10, see them on a radar chart and compare readings over time.
 *
 * @fires rk-reading-saved - A reading was saved. `detail: { reading, created }` (a copy of the stored record).
 * @fires rk-reading-removed - A reading was removed. `detail: { reading }` (a copy of the record as it was).
 * @fires rk-storage-error - Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen.
 *
 * @csspart heading - The tool's heading.
 * @csspart message - The line announcing saves and removals.
 * @csspart form - The rating form.
 * @csspart whose - The "whose view is this" choice.
 * @csspart area - One area's fieldset (label, 1-10 choice, note).
 * @csspart scale - The row of 1-10 choices of one area.
 * @csspart focus - The focus-areas choice.
 * @csspart save-button - The save button.
 * @csspart chart - A chart's container (the canvas is inside).
 * @csspart legend - The list naming each reading on the history chart.
 * @csspart table - A table with the same scores as the chart beside it.
 * @csspart table-frame - The scrolling frame around a table.
 * @csspart picker - The choice of readings to show.
 * @csspart supporter-badge - The "Supporter’s view" label on a supporter's reading.
 * @csspart reading-details - Change since the previous reading, focus areas and notes of one shown reading.
 * @csspart problem - The message shown instead of the tool when the host's area set has a problem.
 * @csspart limit - The line under a limited field saying how many characters are left.
 *
 * @cssprop --rk-color-series-1 - The first reading on a chart (the person's own view, newest first).
 * @cssprop --rk-color-series-2 - The second reading on a chart.
 * @cssprop --rk-color-series-3 - The third reading on a chart.
 * @cssprop --rk-chart-inline-size - Largest width of each chart (default 40rem); the height follows at 3:4.
 */
export class RkStarAssessment extends RkTool {
  static override styles = [RkElement.styles, toolStyles, chartStyles, starAssessmentStyles];

  static override properties: PropertyDeclarations = {
    areas: { attribute: false },
    show: {},
    strings: { attribute: false },
    items: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    shownIds: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    formError: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    confirmingRemoveId: { state: true, attribute: false },
  };

  /**
   * The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
   * `{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
   * A set with problems (no areas, empty or repeated keys) shows a message instead.
   */
  areas: AreaSetInput = DEFAULT_AREA_SET;

  /**
   * Which saved readings the history chart shows first: up to three words or reading ids,
   * separated by spaces (`show="latest first"`, or `el.show = \`${id} latest\``).
   * `latest` is the person's newest own reading, `previous` the one before it, `first`
   * their first, `supporter` the newest supporter's reading; any other word is the id of
   * a saved reading. Default `latest supporter`, which is also shown when none of the
   * readings named is saved. Once the person ticks readings (or saves one), their choice
   * wins while the element is on the page; it is a way of looking rather than something
   * they wrote, so it is not stored, and a new element starts from `show` again. A value
   * it cannot use warns once and shows the default; more than three warns and shows the
   * first three.
   */
  show?: string;

  /** Overrides of any of the element's words. */
  strings?: StringOverrides<StarAssessmentStrings>;

  private items: StoredItem<Reading>[] = [];
  private loaded = false;
  private loadFailed = false;
  private draft: Reading = emptyReading(DEFAULT_AREA_SET, localDay());
  private shownIds: string[] = [];
  private problems: ValidationProblem[] = [];
  private formError = '';
  private announcement = '';
  private confirmingRemoveId: string | undefined;

  #areaCheck: AreaSetCheck = checkAreaSet(DEFAULT_AREA_SET);
  #draftId = newId();
  #shownChosen = false;
  #loadGeneration = 0;
  #entries: ReadingEntry[] = [];
  #historyAreas: AreaSet['areas'] = DEFAULT_AREA_SET.areas;
  #historySeries: RadarSeries[] = [];
  #entriesKey: unknown[] = [];
  #historyKey: unknown[] = [];
  /** The last warning about `show`, so each is given once. */
  #warned: string | undefined;

  readonly #t = new LocalizeController(
    this,
    'star-assessment',
    starAssessmentStrings,
    () => this.strings,
  );
  readonly #common = new LocalizeController(this, 'common', commonStrings);
  readonly #storage = new StoreController(this, {
    onReady: () => this.#load().then(() => this.#restoreDraft()),
    onChange: (change) => {
      if (change.type === 'purge') this.#blankDraft();
      if (change.type === 'lost')
        return void saveShownAgain(this.#storage, readingModel, this.items);
      // Our own save's echo: the reading is read back once that save is done.
      if (change.id === undefined || !this.#writing.has(change.id)) void this.#load();
    },
  });
  /** Readings this element is writing, so their echo in the change feed costs no second read. */
  #writing = new Set<string>();
  private readonly liveChart = new ChartController(this, {
    kind: 'radar',
    label: () => this.#t.strings.liveChartLabel,
    build: (theme) => radarSpec(this.areaSet.areas, [this.#draftSeries()], theme),
    deps: () => [this.draft.scores, this.areaSet, this.#t.strings],
  });
  private readonly historyChart = new ChartController(this, {
    kind: 'radar',
    label: () => this.#t.strings.historyChartLabel(this.#historySeries.length),
    build: (theme) => radarSpec(this.#historyAreas, this.#historySeries, theme),
    deps: () => [this.#historySeries, this.#historyAreas],
  });

  /** The area set in use: the host's when it is valid, else the default in the locale's words. */
  get areaSet(): AreaSet {
    if (this.areas === DEFAULT_AREA_SET) return this.#t.content.areas ?? DEFAULT_AREA_SET;
    return this.#areaCheck.ok ? this.#areaCheck.set : DEFAULT_AREA_SET;
  }

  /** The reading being taken, not saved yet (a copy). */
  get currentDraft(): Reading {
    return structuredClone(this.draft);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('areas')) this.#applyAreas();
    const s = this.#t.strings;
    const locale = this.#t.locale;
    const entriesKey = [this.items, s, locale];
    const fresh = !sameItems(entriesKey, this.#entriesKey);
    if (fresh) {
      this.#entriesKey = entriesKey;
      this.#entries = readingEntries(this.items, s, locale);
      // Forget shown readings that are gone (removed here or in another tab).
      this.shownIds = this.shownIds.filter((id) =>
        this.#entries.some((entry) => entry.id === id && entry.reading),
      );
    }
    // Until the person picks readings themselves, show those the host names in `show`.
    if ((fresh || changed.has('show')) && (!this.#shownChosen || this.shownIds.length === 0)) {
      const { ids, warning } = initialShown(
        this.#entries,
        this.show,
        this.loaded && !this.loadFailed,
      );
      if (warning && warning !== this.#warned)
        console.warn(`recovery-kit: <rk-star-assessment> ${warning}`);
      this.#warned = warning;
      this.shownIds = ids;
    }
    const historyKey = [this.#entries, this.shownIds, this.areaSet];
    if (!sameItems(historyKey, this.#historyKey)) {
      this.#historyKey = historyKey;
      const shown = shownEntries({ entries: this.#entries, shownIds: this.shownIds });
      this.#historySeries = shown.map((entry) => ({
        key: entry.id,
        name: entry.name,
        reading: entry.reading as Reading,
      }));
      this.#historyAreas = shown[0]?.reading
        ? areasForReading(shown[0].reading, this.areaSet)
        : this.areaSet.areas;
    }
  }

  #applyAreas(): void {
    const previous = this.areaSet;
    this.#areaCheck = checkAreaSet(this.areas);
    if (!this.#areaCheck.ok) {
      console.warn(
        'recovery-kit: <rk-star-assessment> cannot use the `areas` it was given:',
        this.#areaCheck.problems,
      );
      return;
    }
    const set = this.#areaCheck.set;
    if (set.id === previous.id && this.draft.areaSetId === set.id) return;
    // Keep what was already rated for areas the new set still has.
    const keys = new Set(set.areas.map((area) => area.key));
    const keep = <V>(values: Record<string, V>) =>
      Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
    this.draft = {
      ...emptyReading(set, this.draft.takenAt, this.draft.by),
      scores: keep(this.draft.scores),
      notes: keep(this.draft.notes),
      focusAreas: this.draft.focusAreas.filter((key) => keys.has(key)),
    };
  }

  #draftSeries(): RadarSeries {
    return { key: 'draft', name: this.#t.strings.thisReading, reading: this.draft };
  }

  /** Reads every saved reading again (after the store opened or stored data changed). */
  async #load(): Promise<void> {
    const store = this.#storage.store;
    if (!store) return;
    const generation = ++this.#loadGeneration;
    try {
      const items = await store.collection(readingModel).all();
      if (generation !== this.#loadGeneration) return;
      this.items = items;
      this.loadFailed = false;
    } catch {
      if (generation !== this.#loadGeneration) return;
      this.loadFailed = true;
    }
    this.loaded = true;
  }

  #edit(change: Partial<Reading>): void {
    this.draft = { ...this.draft, ...change };
    this.formError = '';
    this.#storage.typing.keep(
      DRAFT_SLOT,
      { id: this.#draftId, reading: this.draft },
      { wait: 'person' },
    );
  }

  /** Brings back a reading rated and not saved on an earlier visit (unless already saved). */
  async #restoreDraft(): Promise<void> {
    const kept = (await this.#storage.typing.left<KeptReading>(DRAFT_SLOT)).at(-1);
    if (!kept) return;
    this.#storage.typing.settle(kept);
    const saved = this.items.some((item) => item.id === kept.value.id);
    if (saved || Object.keys(this.draft.scores).length) return;
    this.#draftId = kept.value.id;
    this.#edit(kept.value.reading);
  }

  /** A blank form for the next reading (after saving it, or after everything was erased). */
  #blankDraft(): void {
    this.#storage.typing.committed(DRAFT_SLOT);
    this.#draftId = newId();
    this.draft = emptyReading(this.areaSet, localDay());
  }

  #setScore(key: string, score: number | undefined): void {
    const scores = { ...this.draft.scores };
    if (score === undefined) delete scores[key];
    else scores[key] = score;
    this.#edit({ scores });
  }

  #setFocus(key: string, chosen: boolean): void {
    const rest = this.draft.focusAreas.filter((k) => k !== key);
    this.#edit({ focusAreas: chosen ? [...rest, key] : rest });
  }

  /** Saves the reading being taken. Resolves once saved; on failure the reading stays on screen. */
  async saveReading(): Promise<void> {
    const s = this.#t.strings;
    this.problems = [];
    if (Object.keys(this.draft.scores).length === 0) {
      this.formError = s.rateOneFirst;
      await this.#focusFirst('input[name="score-0"]');
      return;
    }
    const draftId = this.#draftId;
    try {
      await this.#storage.save('save-reading', async (store) => {
        this.#writing.add(draftId);
        const record = await store
          .collection(readingModel)
          .create(tidyReading(this.draft), { id: draftId })
          .finally(() => this.#writing.delete(draftId));
        this.#afterSaved(record, draftId);
        return record;
      });
    } catch (error) {
      if (error instanceof ValidationError) {
        this.problems = error.problems;
        this.formError = s.fixProblems;
        await this.#focusFirst('[aria-invalid="true"], #form-error');
      }
      // Storage failures are shown by the save status, which offers a retry; the reading stays.
    }
  }

  #afterSaved(record: RecordEnvelope<Reading>, draftId: string): void {
    if (this.#draftId !== draftId) return;
    this.emit('rk-reading-saved', { reading: structuredClone(record), created: true });
    // Show the new reading; its details say how it changed since the one before.
    this.shownIds = [record.id];
    this.#shownChosen = true;
    this.announcement = this.#t.strings.readingSaved(
      formatDay(record.data.takenAt, this.#t.locale),
    );
    this.#blankDraft();
    void this.#load();
  }

  /** Removes a saved reading (a tombstone in the store). */
  async removeReading(id: string): Promise<void> {
    const name = this.#entries.find((entry) => entry.id === id)?.name ?? '';
    try {
      await this.#storage.save('remove-reading', async (store) => {
        const collection = store.collection(readingModel);
        const current = await collection.get(id);
        if (!current?.record || current.readonly) return;
        this.#writing.add(id);
        await collection.remove(id, current.record.rev).finally(() => this.#writing.delete(id));
        this.emit('rk-reading-removed', { reading: structuredClone(current.record) });
        this.confirmingRemoveId = undefined;
        this.shownIds = this.shownIds.filter((shown) => shown !== id);
        this.announcement = this.#t.strings.readingRemoved(name);
        void this.#load();
      });
      await this.#focusFirst('#history-start');
    } catch {
      // Shown by the save status, with a retry.
    }
  }

  #toggleShown(id: string, shown: boolean): void {
    this.#shownChosen = true;
    const rest = this.shownIds.filter((other) => other !== id);
    this.shownIds = shown ? [...rest, id].slice(-MAX_SHOWN_READINGS) : rest;
  }

  async #focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render(): TemplateResult {
    const s = this.#t.strings;
    return html`${toolHeader(this, { title: s.heading, storage: this.#storage })}
    ${
      this.#areaCheck.ok
        ? html`<p class="intro">${s.intro}</p>
            <p class="message" part="message" role="status">${this.announcement}</p>
            ${this.readonly ? nothing : this.#renderTake()} ${this.#renderHistory()}`
        : areaSetProblem(this.#areaCheck.problems, s)
    }`;
  }

  #renderTake(): TemplateResult {
    const s = this.#t.strings;
    return html`<section class="take">
      ${renderHeading(this, s.newReadingHeading, 1, 'section-heading')}
      <div class="take-layout">
        ${ratingForm({
          draft: this.draft,
          set: this.areaSet,
          s,
          common: this.#common.strings,
          problems: this.problems,
          formError: this.formError,
          busy: this.#storage.state === 'saving',
          onScore: (key, score) => this.#setScore(key, score),
          onNote: (key, note) => this.#edit({ notes: { ...this.draft.notes, [key]: note } }),
          onFocus: (key, chosen) => this.#setFocus(key, chosen),
          onDate: (takenAt) => this.#edit({ takenAt }),
          onAuthor: (by: ReadingAuthor) => this.#edit({ by }),
          onSave: () => void this.saveReading(),
        })}
        <div class="live" data-chart="live">
          ${this.liveChart.render()} ${chartStatus(this.liveChart, s)}
          ${readingTable(this.areaSet.areas, [this.#draftSeries()], s)}
          ${downloadButton(this.liveChart, s, this.draft.takenAt)}
        </div>
      </div>
    </section>`;
  }

  #renderHistory(): TemplateResult {
    const s = this.#t.strings;
    const ctx: HistoryContext = {
      entries: this.#entries,
      shownIds: this.shownIds,
      set: this.areaSet,
      s,
      locale: this.#t.locale,
      readonly: this.readonly,
      confirmingRemoveId: this.confirmingRemoveId,
      onToggleShown: (id, shown) => this.#toggleShown(id, shown),
      onAskRemove: (id) => (this.confirmingRemoveId = id),
      onRemove: (id) => void this.removeReading(id),
    };
    const shown = shownEntries(ctx);
    return html`<section class="history" data-chart="history">
      <div id="history-start" tabindex="-1">
        ${renderHeading(this, s.historyHeading, 1, 'section-heading')}
      </div>
      ${
        this.loadFailed
          ? html`<p class="field-error">${s.loadFailed}</p>
              <button type="button" class="secondary" @click=${() => void this.#load()}>
                ${s.tryAgain}
              </button>`
          : nothing
      }
      ${!this.loaded ? html`<p class="hint">${s.loading}</p>` : this.#entries.length === 0 ? html`<p>${s.noReadings}</p>` : this.#renderReadings(ctx, shown)}
    </section>`;
  }

  #renderReadings(ctx: HistoryContext, shown: ReadingEntry[]): TemplateResult {
    const s = this.#t.strings;
    return html`${readingPicker(ctx)}
    ${
      shown.length === 0
        ? html`<p class="hint">${s.chooseReadings}</p>`
        : html`${legend(this.#historySeries)} ${this.historyChart.render()}
          ${chartStatus(this.historyChart, s)}
          ${downloadButton(this.historyChart, s, shown[0].reading?.takenAt ?? '')}
          ${readingTable(this.#historyAreas, this.#historySeries, s)}
          ${shown.map((entry) => readingDetails(ctx, entry))}`
    }`;
  }
}

/** True when two lists hold the same values, item by item. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
