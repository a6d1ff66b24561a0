import { toolStyles } from '../../styles/tool-styles.js';
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { DEFAULT_AREA_SET, type AreaSet, type AreaSetInput } from '../../core/life-areas.js';
import type { ValidationProblem } from '../../core/model.js';
import type { Reading } from '../../core/reading.js';
import { commonStrings } from '../../i18n/common.strings.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { StoreController } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import type {} from '../../events/reading-events.js';
import type { RadarSeries } from './radar-spec.js';
import { AreaSetChoice } from './area-set-choice.js';
import { ReadingSaves } from './reading-saves.js';
import { areaSetProblem } from './area-set-messages.js';
import { ShownHistory } from './shown-history.js';
import { savedReadings } from './saved-readings.js';
import { renderTakeSection } from './take-section.js';
import { renderHistorySection, type LoadedCharts } from './history-section.js';
import { ReadingInProgress } from './reading-in-progress.js';
import { starAssessmentStyles } from './star-assessment.styles.js';
import type { StarAssessmentStrings } from './star-assessment.strings.js';
import { starFormStrings } from './star-form.strings.js';
import { renderHeading } from '../heading.js';
import { ChartsPart } from './charts-part.js';

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
  static override styles = [RkElement.styles, toolStyles, starAssessmentStyles];

  static override properties: PropertyDeclarations = {
    areas: { attribute: false },
    show: {},
    strings: { attribute: false },
    loaded: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
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

  private loaded = false;
  private loadFailed = false;
  private problems: ValidationProblem[] = [];
  private formError = '';
  private announcement = '';
  private confirmingRemoveId: string | undefined;

  readonly #areas = new AreaSetChoice();
  /** The readings listed, and those the history chart shows. */
  readonly #history = new ShownHistory(this);

  /** Its charts part brings the words only it shows (star-charts.strings.ts). */
  readonly #t = new LocalizeController(
    this,
    'star-assessment',
    starFormStrings as StarAssessmentStrings,
    () => this.strings,
  );
  readonly #common = new LocalizeController(this, 'common', commonStrings);
  readonly #storage: StoreController = new StoreController(this, {
    onReady: () =>
      this.#load().then(() => this.#draft.restore((id) => this.#items.some((i) => i.id === id))),
    onChange: (change) => {
      if (change.type === 'purge') this.#draft.clear(this.areaSet);
      this.#readings.onChange(change);
    },
  });
  /** The saved readings: one put per save, own echoes ignored, other-tab changes read by id. */
  readonly #readings = savedReadings(this, this.#storage);
  /** The reading being taken (kept in the leave journal until saved). */
  readonly #draft: ReadingInProgress = new ReadingInProgress(
    this,
    DEFAULT_AREA_SET,
    () => this.#storage.typing,
    () => (this.formError = ''),
  );
  readonly #saves = new ReadingSaves({
    storage: this.#storage,
    readings: this.#readings,
    draft: this.#draft,
    history: this.#history,
    strings: () => this.#t.strings,
    locale: () => this.#t.locale,
    areaSet: () => this.areaSet,
    emit: (type, detail) => this.emit(type, detail),
    showProblems: (problems, formError) => {
      this.problems = problems;
      this.formError = formError;
    },
    announce: (message) => (this.announcement = message),
    closeConfirmation: () => (this.confirmingRemoveId = undefined),
    focusFirst: (selector) => this.#focusFirst(selector),
  });
  private readonly chartsPart = new ChartsPart(this, {
    strings: () => this.#t.strings,
    areaSet: () => this.areaSet,
    draftSeries: () => this.#draftSeries(),
    draft: this.#draft,
    history: this.#history,
  });
  /** The charts part and the charts, once there is something to chart. */
  #charts: LoadedCharts | undefined;

  /** The area set in use: the host's when it is valid, else the default in the locale's words. */
  get areaSet(): AreaSet {
    return this.#areas.inUse(this.#t.content.areas);
  }

  /** The reading being taken, not saved yet (a copy). */
  get currentDraft(): Reading {
    return structuredClone(this.#draft.reading);
  }

  get #items(): StoredItem<Reading>[] {
    return this.#readings.items ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = changed.has('areas') ? this.#areas.choose(this.areas, this.areaSet) : undefined;
    if (next) this.#draft.useAreas(next);
    this.#history.refresh({
      items: this.#items,
      strings: this.#t.strings,
      locale: this.#t.locale,
      show: this.show,
      showChanged: changed.has('show'),
      ready: this.loaded && !this.loadFailed,
      readyChanged: (changed as PropertyValues).has('loaded'),
      set: this.areaSet,
    });
    this.#charts = this.chartsPart.whenNeeded(
      this.#draft.rated || this.#history.entries.length > 0,
    );
  }

  #draftSeries(): RadarSeries {
    return { key: 'draft', name: this.#t.strings.thisReading, reading: this.#draft.reading };
  }

  /** Reads every saved reading (once the store is open). */
  async #load(): Promise<void> {
    const store = this.#storage.store;
    if (!store) return;
    try {
      await this.#readings.load(store);
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
    this.loaded = true;
  }

  /** Saves the reading being taken. Resolves once saved; on failure the reading stays on screen. */
  saveReading(): Promise<void> {
    return this.#saves.save();
  }

  /** Removes a saved reading (a tombstone in the store). */
  removeReading(id: string): Promise<void> {
    return this.#saves.remove(id);
  }

  async #focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render(): TemplateResult {
    const s = this.#t.strings;
    const check = this.#areas.check;
    return html`${toolHeader(this, { title: s.heading, storage: this.#storage })}
    ${
      check.ok
        ? html`<p class="intro">${s.intro}</p>
            <p class="message" part="message" role="status">${this.announcement}</p>
            ${this.readonly ? nothing : this.#renderTake()} ${this.#renderHistory()}`
        : areaSetProblem(check.problems, s)
    }`;
  }

  #renderTake(): TemplateResult {
    const s = this.#t.strings;
    const draft = this.#draft;
    return renderTakeSection({
      form: {
        draft: draft.reading,
        set: this.areaSet,
        s,
        common: this.#common.strings,
        problems: this.problems,
        formError: this.formError,
        busy: this.#storage.state === 'saving',
        onScore: (key, score) => draft.setScore(key, score),
        onNote: (key, note) => draft.setNote(key, note),
        onFocus: (key, chosen) => draft.setFocus(key, chosen),
        onDate: (takenAt) => draft.edit({ takenAt }),
        onAuthor: (by) => draft.edit({ by }),
        onSave: () => void this.saveReading(),
      },
      heading: renderHeading(this, s.newReadingHeading, 1, 'section-heading'),
      rated: draft.rated,
      series: this.#draftSeries(),
      charts: this.#charts,
      loadingNote: this.chartsPart.liveNote(s, this.#common.strings),
    });
  }

  #renderHistory(): TemplateResult {
    const s = this.#t.strings;
    return renderHistorySection({
      ctx: {
        entries: this.#history.entries,
        shownIds: this.#history.ids,
        set: this.areaSet,
        s,
        locale: this.#t.locale,
        readonly: this.readonly,
        confirmingRemoveId: this.confirmingRemoveId,
        onToggleShown: (id, shown) => this.#history.choose(id, shown),
        onAskRemove: (id) => (this.confirmingRemoveId = id),
        onRemove: (id) => void this.removeReading(id),
      },
      history: this.#history,
      heading: renderHeading(this, s.historyHeading, 1, 'section-heading'),
      loaded: this.loaded,
      loadFailed: this.loadFailed,
      onRetry: () => void this.#load(),
      charts: this.#charts,
      loadingNote: this.chartsPart.historyNote(this.#common.strings),
    });
  }
}
