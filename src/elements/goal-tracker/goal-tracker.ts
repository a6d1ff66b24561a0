import { toolStyles } from '../../styles/tool-styles.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { goalModel, validateGoal, type Goal, type GoalDraft } from '../../core/goal.js';
import type { ChimeKey } from '../../core/chime.js';
import type { NewGoalDraft } from '../../core/goal-draft.js';
import { DEFAULT_GOAL_IDEAS, type GoalIdeas } from '../../core/goal-ideas.js';
import type { ChimeTally, GoalFilter } from '../../core/goal-operations.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { commonStrings } from '../../i18n/common.strings.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import { RecordDrafts } from '../controllers/record-drafts.js';
import { StoreController } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { RkTool } from '../rk-tool.js';
import { toolHeader } from '../tool-header.js';
import { addGoalForm, goalIntro } from './goal-start.js';
import { LazyPart } from '../lazy-part.js';
import type { OverviewChartToggle } from './overview-chart.js';
import { emitGoalSaved } from './goal-changes.js';
import type * as ListView from './goal-list-view.js';
import type { PrintController } from './print-controller.js';
import { goalTrackerStyles } from './goal-tracker.styles.js';
import type { GoalTrackerStrings } from './goal-tracker.strings.js';
import { goalFirstViewStrings } from './goal-first-view.strings.js';
import { GoalEditing } from './goal-editing.js';
import { NewGoalForm } from './new-goal-form.js';
import { NewSteps } from './new-steps.js';
import { GoalProblems } from './goal-problems.js';
import { GoalRemoval } from './goal-removal.js';
import { GoalAdding } from './goal-adding.js';
import '../../events/goal-events.js';

/** Goals rendered before the first paint; a long list's rest follows one frame later. */
const FIRST_PASS = 30;

/** The list, overview and printed goals: loaded once there is a goal to show. */
const listView = new LazyPart(() => import('./goal-list-view.js'), 'the goal list');

/**
 * A place for a person's recovery goals, in their own words, each linked to the CHIME
 * processes it serves, with steps, strengths, what might get in the way, who can help
 * and a review date. Goals are saved on the person's device as they go.
 *
 * @summary Recovery goals with steps, CHIME links, review dates and an overview.
 * @fires rk-goal-created - A new goal was saved. `detail: { goal, record }`.
 * @fires rk-goal-updated - A goal's changes were saved. `detail: { goal, record }`.
 * @fires rk-goal-removed - A goal was removed (it can be brought back with Undo). `detail: { goal, record }`.
 * @fires rk-goal-restored - A removed goal was brought back. `detail: { goal, record }`.
 * @fires rk-goal-status-changed - A new status was saved. `detail: { goal, record, from, to }`.
 * @fires rk-step-completed - A step was ticked off and saved. `detail: { goal, record, step }`.
 * @fires rk-storage-error - Saving or loading failed; the person's text stays on screen and a retry is offered.
 * @csspart intro - The welcome shown when there are no goals yet, with example ideas.
 * @csspart add-form - The "add a goal" form.
 * @csspart filters - The CHIME and status filters.
 * @csspart goal-list - The list of goals.
 * @csspart goal - One goal in the list.
 * @csspart goal-toggle - The button (the goal's title) that opens and closes a goal.
 * @csspart goal-editor - An open goal's fields.
 * @csspart goal-summary - A goal shown as text (printing, read-only).
 * @csspart steps - A goal's steps.
 * @csspart step - One step.
 * @csspart review-due - The gentle "review date reached" marks.
 * @csspart overview - The overview section; `overview-table` is its table.
 * @csspart print-button - The "Print my goals" button.
 * @csspart table-frame - The frame a wide table scrolls in on narrow screens.
 * @cssprop --rk-color-accent - Buttons, links and the open goal's edge.
 * @cssprop --rk-color-surface-raised - Background of each goal.
 * @cssprop --rk-color-notice - The "review date reached" marks.
 * @cssprop --rk-radius - Corners of each goal.
 */

export class RkGoalTracker extends RkTool {
  static override styles = [RkElement.styles, toolStyles, goalTrackerStyles];

  static override properties: PropertyDeclarations = {
    ideas: { attribute: false },
    strings: { attribute: false },
    filter: { state: true, attribute: false },
    stepBeingEdited: { state: true, attribute: false },
    message: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    renderAll: { state: true, attribute: false },
  };

  /** Example goal ideas per CHIME process for the empty tracker (default: ours). */
  ideas: GoalIdeas = DEFAULT_GOAL_IDEAS;
  /** Overrides for any of the tracker's words. */
  strings?: StringOverrides<GoalTrackerStrings>;

  private filter: GoalFilter = {};
  private stepBeingEdited: string | null = null;

  private readonly t = new LocalizeController(
    this,
    'goal-tracker',
    goalFirstViewStrings as GoalTrackerStrings,
    () => this.strings,
  );
  private readonly common = new LocalizeController(this, 'common', commonStrings);
  /** Knows when the page prints (for the printed goals): made with the list view. */
  private printer: PrintController | undefined;
  private tallies: ChimeTally[] = [];
  /** The overview's chart toggle, made once the list view has loaded. */
  private chart: OverviewChartToggle | undefined;
  private readonly data = new StoreController(this, {
    onReady: (store) => {
      void this.newGoal.restore(store);
      return this.load(store);
    },
    onChange: (change) => {
      this.goals.onChange(change);
      if (change.type === 'purge') this.erased();
      if (change.type === 'lost') this.newGoal.lost();
    },
  });
  /** The goals shown and the person's drafts of them (saved as they type, merged when changed elsewhere). */
  private readonly goals = new RecordDrafts<Goal>(this, this.data, {
    model: goalModel,
    slot: 'goal:',
    loadMerge: () =>
      import('../../core/goal-merge.js').then(({ mergeGoals }) => (base, mine, theirs) => {
        const { goal, keptBoth } = mergeGoals(base, mine, theirs);
        return { data: goal, keptBoth };
      }),
    valid: (goal) => validateGoal(goal).length === 0,
    onChanged: () => this.requestUpdate(),
    onKeptBoth: (id) => (this.notice = this.s.keptBoth(this.goals.shown(id)?.title ?? '')),
    onSaved: ({ before, record, broughtBack }) => {
      emitGoalSaved(this, before, record);
      if (broughtBack) this.notice = this.s.broughtBack(record.data.title);
    },
  });
  private readonly problems = new GoalProblems();
  private expanded = new Set<string>();
  /** The "add a goal" form, kept as it is typed so closing the page loses nothing. */
  private readonly newGoal = new NewGoalForm(this, this.data);
  /** Steps typed and not yet added, per goal (kept in the leave journal until added). */
  private readonly newSteps = new NewSteps(this.data);
  private readonly removal = new GoalRemoval(this, this.data, this.goals);
  /** The `GoalUi` the templates call to change a goal (see goal-editing.ts). */
  private readonly ui = new GoalEditing({
    host: this,
    goals: this.goals,
    newSteps: this.newSteps,
    problems: this.problems,
    words: () => ({ s: this.t.strings, common: this.common.strings, locale: this.t.locale }),
    goalLevel: () => this.effectiveHeadingLevel + 1,
    editingStep: () => this.stepBeingEdited,
    setEditingStep: (stepId) => (this.stepBeingEdited = stepId),
    announce: (message) => this.announce(message),
  });
  private readonly adding = new GoalAdding(this.ui, this.data, this.goals, this.newGoal);
  private message = '';
  /** A visible note about a change made elsewhere (both texts kept, a goal brought back). */
  private notice = '';
  /** False until the first goals have been painted; then the rest of a long list follows. */
  private renderAll = false;

  /** @internal The tracker's words (also for the goal removal). */
  get s(): GoalTrackerStrings {
    return this.t.strings;
  }

  /** The goals now stored (valid ones), in the order they were created. */
  get goalRecords(): RecordEnvelope<Goal>[] {
    return (this.goals.items ?? [])
      .filter((item) => item.status === 'ok')
      .map((item) => item.record!);
  }

  private async load(store: RecordStore): Promise<void> {
    await this.goals.load(store);
    const restored = await this.newSteps.restore((id) => this.goals.shown(id) !== undefined);
    for (const id of restored) this.expanded.add(id);
    if (!this.renderAll) {
      // Two frames: the first goals are painted before the rest of the list is built.
      requestAnimationFrame(() => requestAnimationFrame(() => (this.renderAll = true)));
    }
  }

  /** Everything was erased (here or in another tab): no draft stays on screen. */
  private erased(): void {
    this.newGoal.erased();
    this.newSteps.erased();
    this.problems.clear();
    this.removal.forget();
  }

  // ---- Public methods -------------------------------------------------------------

  /**
   * Saves a new goal. Rejects with `ValidationError` (nothing saved) when the draft is
   * not valid, or with the store's error when saving fails.
   */
  addGoal(draft: GoalDraft): Promise<RecordEnvelope<Goal>> {
    return this.adding.create(draft);
  }

  /** Opens a goal, scrolls to it and moves focus to its title. */
  async focusGoal(id: string): Promise<void> {
    this.filter = {};
    this.renderAll = true;
    this.expanded.add(id);
    this.requestUpdate();
    await this.updateComplete;
    const toggle = this.shadowRoot!.getElementById(`toggle-${id}`);
    toggle?.scrollIntoView({ block: 'nearest' });
    toggle?.focus();
  }

  /** Removes a goal; the person can bring it back with Undo. */
  removeGoal(id: string): Promise<void> {
    return this.removal.remove(id);
  }

  /** @internal Says something through the polite live region (also for the goal removal). */
  announce(message: string): void {
    this.message = message;
  }

  // ---- The add form --------------------------------------------------------------

  /** Starts the "add a goal" form from an example idea, ready to be reworded. */
  private readonly useIdea = (idea: string, key: ChimeKey): void => {
    this.newGoal.edit(() => ({ title: idea, chime: [key] }));
    this.ui.focusLater('title-new');
  };

  private readonly submitNew = (event: Event): Promise<void> => this.adding.submit(event);

  private readonly editNewGoal = (update: (draft: NewGoalDraft) => NewGoalDraft): void =>
    this.newGoal.edit(update);

  // ---- Rendering ------------------------------------------------------------------

  /** The goal as on screen: its draft, else as saved; undefined for read-only items. */
  private shownGoal(item: StoredItem<Goal>): Goal | undefined {
    return this.goals.shown(item.id);
  }

  private readonly toggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.goal!;
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.requestUpdate();
  };

  override render(): TemplateResult {
    const s = this.s;
    const items = this.goals.items ?? [];
    const view = items.length ? listView.get(this, () => this.requestUpdate()) : undefined;
    return html`${toolHeader(this, { title: s.heading, storage: this.data })}
      <div class="stack screen">
        ${this.notice ? html`<p class="due" part="notice" role="status">${this.notice}</p>` : nothing}
        ${this.goals.items && !items.length ? goalIntro(s, this.ui.goalLevel, this.ideas === DEFAULT_GOAL_IDEAS ? (this.t.content.goalIdeas ?? this.ideas) : this.ideas, this.readonly ? undefined : this.useIdea) : nothing}
        ${
          this.readonly
            ? nothing
            : addGoalForm(this.ui, this.newGoal.draft, this.editNewGoal, this.submitNew)
        }
        ${items.length ? this.renderList(items, view) : nothing}
        <rk-undo-notice
          .undoLabel=${s.undo}
          .dismissLabel=${s.dismiss}
          @rk-undo-requested=${() => void this.removal.undo().catch(() => undefined)}
          @rk-undo-expired=${() => this.removal.forget()}
        ></rk-undo-notice>
        <p class="visually-hidden" role="status">${this.message}</p>
      </div>
      ${view && this.printer?.printing ? view.printedGoals(this.ui, items, (item) => this.shownGoal(item)) : nothing}`;
  }

  /** The goals with their filters and overview, or a line while the list view loads. */
  private renderList(
    items: readonly StoredItem<Goal>[],
    view: typeof ListView | undefined,
  ): TemplateResult {
    if (!view) return html`<p role="status">${listView.waitingNote(this.common.strings)}</p>`;
    this.printer ??= new view.PrintController(this, () => this.performUpdate());
    this.chart ??= new view.OverviewChartToggle(
      this,
      () => this.s,
      () => this.tallies,
    );
    const { shown, due, tallies } = view.listOf(items, (item) => this.shownGoal(item), this.filter);
    this.tallies = tallies;
    return view.goalListSection(this.ui, {
      items,
      shown,
      rendered: this.renderAll ? shown : shown.slice(0, FIRST_PASS),
      filter: this.filter,
      onFilter: (update) => (this.filter = update(this.filter)),
      goalOf: (item) => this.shownGoal(item),
      isOpen: (id) => this.expanded.has(id) && !this.readonly,
      due,
      readonly: this.readonly,
      onToggle: this.toggle,
      onRemove: (id) => void this.removeGoal(id).catch(() => undefined),
      overview: view.goalOverview(this.s, this.ui.goalLevel, this.tallies, this.chart),
      onPrint: () => void this.printer?.print(),
    });
  }
}
