import type { DefineComponent } from "vue";

import type { RkCrisisHelp } from "../dist/types/elements/crisis-help/rk-crisis-help.js";
import type { RkGoalTracker } from "../dist/types/elements/goal-tracker/goal-tracker.js";
import type { RkHopeJournal } from "../dist/types/elements/hope-journal/hope-journal.js";
import type { RkLock } from "../dist/types/elements/lock/rk-lock.js";
import type { RkMyData } from "../dist/types/elements/my-data/my-data.js";
import type { RkProvider } from "../dist/types/elements/provider/rk-provider.js";
import type { RkSaveStatus } from "../dist/types/elements/save-status/rk-save-status.js";
import type { RkStarAssessment } from "../dist/types/elements/star-assessment/star-assessment.js";
import type { RkStayingWellPlan } from "../dist/types/elements/staying-well-plan/staying-well-plan.js";
import type { RkUndoNotice } from "../dist/types/elements/undo/undo-notice.js";

type RkCrisisHelpProps = {
  /** Whether the panel is open. */
  open?: RkCrisisHelp["open"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkCrisisHelp["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkCrisisHelp["theme"];
  /** The contacts to show (default: the provider's, else the UK contacts). */
  contacts?: RkCrisisHelp["contacts"];
  /** Overrides of this element's strings. */
  strings?: RkCrisisHelp["strings"];
  /** The contacts in use: `.contacts`, the provider's, or the locale's defaults (Wales for `cy`), else the UK's; an empty list falls back too. */
  effectiveContacts?: RkCrisisHelp["effectiveContacts"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkCrisisHelp["rkConfig"];
};

type RkGoalTrackerProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkGoalTracker["readonly"];
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkGoalTracker["headingLevel"];
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkGoalTracker["namespace"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkGoalTracker["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkGoalTracker["theme"];
  /** Example goal ideas per CHIME process for the empty tracker (default: ours). */
  ideas?: RkGoalTracker["ideas"];
  /** Overrides for any of the tracker's words. */
  strings?: RkGoalTracker["strings"];
  /** The goals now stored (valid ones), in the order they were created. */
  goalRecords?: RkGoalTracker["goalRecords"];
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkGoalTracker["store"];
  /** The heading level in use (the valid `heading-level`, else 2). */
  effectiveHeadingLevel?: RkGoalTracker["effectiveHeadingLevel"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkGoalTracker["rkConfig"];
  /** A new goal was saved. `detail: { goal, record }`. */
  onRkGoalCreated?: (e: CustomEvent<RkEventDetailMap["rk-goal-created"]>) => void;
  /** A goal's changes were saved. `detail: { goal, record }`. */
  onRkGoalUpdated?: (e: CustomEvent<RkEventDetailMap["rk-goal-updated"]>) => void;
  /** A goal was removed (it can be brought back with Undo). `detail: { goal, record }`. */
  onRkGoalRemoved?: (e: CustomEvent<RkEventDetailMap["rk-goal-removed"]>) => void;
  /** A removed goal was brought back. `detail: { goal, record }`. */
  onRkGoalRestored?: (e: CustomEvent<RkEventDetailMap["rk-goal-restored"]>) => void;
  /** A new status was saved. `detail: { goal, record, from, to }`. */
  onRkGoalStatusChanged?: (e: CustomEvent<RkEventDetailMap["rk-goal-status-changed"]>) => void;
  /** A step was ticked off and saved. `detail: { goal, record, step }`. */
  onRkStepCompleted?: (e: CustomEvent<RkEventDetailMap["rk-step-completed"]>) => void;
  /** Saving or loading failed; the person's text stays on screen and a retry is offered. */
  onRkStorageError?: (e: CustomEvent<RkEventDetailMap["rk-storage-error"]>) => void;
};

type RkHopeJournalProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkHopeJournal["readonly"];
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkHopeJournal["headingLevel"];
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkHopeJournal["namespace"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkHopeJournal["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkHopeJournal["theme"];
  /** Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). */
  prompts?: RkHopeJournal["prompts"];
  /** Host overrides of any of the journal's strings. */
  strings?: RkHopeJournal["strings"];
  /** Reads the store; exposed for tests and benchmarks (`entries.state`, `entries.index`). */
  entries?: RkHopeJournal["entries"];
  /** The store's current state: `connecting`, `ready`, `saving`, `saved` or `error`. */
  saveState?: RkHopeJournal["saveState"];
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkHopeJournal["store"];
  /** The heading level in use (the valid `heading-level`, else 2). */
  effectiveHeadingLevel?: RkHopeJournal["effectiveHeadingLevel"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkHopeJournal["rkConfig"];
  /** An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id. */
  onRkEntrySaved?: (e: CustomEvent<RkEventDetailMap["rk-entry-saved"]>) => void;
  /** An entry was removed. `detail: { entry, record }`. */
  onRkEntryRemoved?: (e: CustomEvent<RkEventDetailMap["rk-entry-removed"]>) => void;
  /** Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`. */
  onRkStorageError?: (e: CustomEvent<RkEventDetailMap["rk-storage-error"]>) => void;
};

type RkLockProps = {
  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  lockAfter?: RkLock["lockAfter"];
  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  headingLevel?: RkLock["headingLevel"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkLock["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkLock["theme"];
  /** The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
namespace and storage. */
  adapter?: RkLock["adapter"];
  /** Overrides for any of the element's words. */
  strings?: RkLock["strings"];
  /** The heading level in use. */
  effectiveHeadingLevel?: RkLock["effectiveHeadingLevel"];
  /** The adapter in use: `.adapter`, else the provider's (see `adapter`). */
  effectiveAdapter?: RkLock["effectiveAdapter"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkLock["rkConfig"];
  /** The data was unlocked. `detail: {}`. */
  onRkUnlocked?: (e: CustomEvent<RkEventDetailMap["rk-unlocked"]>) => void;
  /** The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`. */
  onRkLocked?: (e: CustomEvent<RkEventDetailMap["rk-locked"]>) => void;
  /** The person turned the passphrase on or off. `detail: { protected: boolean }`. */
  onRkProtectionChanged?: (e: CustomEvent<RkEventDetailMap["rk-protection-changed"]>) => void;
};

type RkMyDataProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkMyData["readonly"];
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkMyData["headingLevel"];
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkMyData["namespace"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkMyData["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkMyData["theme"];
  /** Overrides for any of the element's words. */
  strings?: RkMyData["strings"];
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkMyData["store"];
  /** The heading level in use (the valid `heading-level`, else 2). */
  effectiveHeadingLevel?: RkMyData["effectiveHeadingLevel"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkMyData["rkConfig"];
  /** A copy was made and downloaded. `detail: { count, fileName }`. */
  onRkDataExported?: (e: CustomEvent<RkEventDetailMap["rk-data-exported"]>) => void;
  /** A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...). */
  onRkDataImported?: (e: CustomEvent<RkEventDetailMap["rk-data-imported"]>) => void;
  /** Everything in the store was erased. `detail: {}`. */
  onRkDataErased?: (e: CustomEvent<RkEventDetailMap["rk-data-erased"]>) => void;
  /** Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`. */
  onRkStorageError?: (e: CustomEvent<RkEventDetailMap["rk-storage-error"]>) => void;
};

type RkProviderProps = {
  /** Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`. */
  storage?: RkProvider["storage"];
  /** Which set of saved data the tools inside use. One store per namespace per page. */
  namespace?: RkProvider["namespace"];
  /** Locale for every element inside. Without it, each follows the page's `lang` (else en-GB). */
  locale?: RkProvider["locale"];
  /** `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page. */
  theme?: RkProvider["theme"];
  /** `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none. */
  encryption?: RkProvider["encryption"];
  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  lockAfter?: RkProvider["lockAfter"];
  /** The sync server's address (https; http only to localhost while developing). With it,
the tools' data is kept on this device and copied to that server, through the sync
code that downloads only then. Without it no request is ever made. */
  syncUrl?: RkProvider["syncUrl"];
  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  syncOrganisation?: RkProvider["syncOrganisation"];
  /** A `RecordStore` to share instead of the one `storage` and `namespace` describe. */
  store?: RkProvider["store"];
  /** Crisis contacts for every "Need help now?" panel inside (default: UK contacts). */
  crisisContacts?: RkProvider["crisisContacts"];
  /** Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. */
  strings?: RkProvider["strings"];
  /** The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. */
  auth?: RkProvider["auth"];
};

type RkSaveStatusProps = {
  /** Where saving stands (from `StoreController.state`). */
  state?: RkSaveStatus["state"];
  /** How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page. */
  durability?: RkSaveStatus["durability"];
  /** True when the page is in a third-party iframe whose storage the browser may clear. */
  partitioned?: RkSaveStatus["partitioned"];
  /** True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again. */
  lost?: RkSaveStatus["lost"];
  /** The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device. */
  adapter?: RkSaveStatus["adapter"];
  /** Why the last save failed, while `state` is `error`. */
  errorCode?: RkSaveStatus["errorCode"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkSaveStatus["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkSaveStatus["theme"];
  /** When the last save succeeded. */
  savedAt?: RkSaveStatus["savedAt"];
  /** Overrides of this element's strings. */
  strings?: RkSaveStatus["strings"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkSaveStatus["rkConfig"];
  /** The person pressed "Try again"; the tool's `StoreController` retries the failed save. */
  onRkRetryRequested?: (e: CustomEvent<RkEventDetailMap["rk-retry-requested"]>) => void;
};

type RkStarAssessmentProps = {
  /** Which saved readings the history chart shows first: up to three words or reading ids,
separated by spaces (`show="latest first"`, or `el.show = \`${id} latest\``).
`latest` is the person's newest own reading, `previous` the one before it, `first`
their first, `supporter` the newest supporter's reading; any other word is the id of
a saved reading. Default `latest supporter`, which is also shown when none of the
readings named is saved. Once the person ticks readings (or saves one), their choice
wins while the element is on the page; it is a way of looking rather than something
they wrote, so it is not stored, and a new element starts from `show` again. A value
it cannot use warns once and shows the default; more than three warns and shows the
first three. */
  show?: RkStarAssessment["show"];
  /** Shows the content without any way to change it. */
  readonly?: RkStarAssessment["readonly"];
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkStarAssessment["headingLevel"];
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkStarAssessment["namespace"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkStarAssessment["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkStarAssessment["theme"];
  /** The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
`{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
A set with problems (no areas, empty or repeated keys) shows a message instead. */
  areas?: RkStarAssessment["areas"];
  /** Overrides of any of the element's words. */
  strings?: RkStarAssessment["strings"];
  /** The area set in use: the host's when it is valid, else the default in the locale's words. */
  areaSet?: RkStarAssessment["areaSet"];
  /** The reading being taken, not saved yet (a copy). */
  currentDraft?: RkStarAssessment["currentDraft"];
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkStarAssessment["store"];
  /** The heading level in use (the valid `heading-level`, else 2). */
  effectiveHeadingLevel?: RkStarAssessment["effectiveHeadingLevel"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkStarAssessment["rkConfig"];
  /** A reading was saved. `detail: { reading, created }` (a copy of the stored record). */
  onRkReadingSaved?: (e: CustomEvent<RkEventDetailMap["rk-reading-saved"]>) => void;
  /** A reading was removed. `detail: { reading }` (a copy of the record as it was). */
  onRkReadingRemoved?: (e: CustomEvent<RkEventDetailMap["rk-reading-removed"]>) => void;
  /** Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen. */
  onRkStorageError?: (e: CustomEvent<RkEventDetailMap["rk-storage-error"]>) => void;
};

type RkStayingWellPlanProps = {
  /** The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan. */
  template?: RkStayingWellPlan["template"];
  /** The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON). */
  sections?: RkStayingWellPlan["sections"];
  /** Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list. */
  crisisContacts?: RkStayingWellPlan["crisisContacts"];
  /** Shows the content without any way to change it. */
  readonly?: RkStayingWellPlan["readonly"];
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkStayingWellPlan["headingLevel"];
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkStayingWellPlan["namespace"];
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkStayingWellPlan["locale"];
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkStayingWellPlan["theme"];
  /** Overrides for any of the plan's words. */
  strings?: RkStayingWellPlan["strings"];
  /** The plan as it is on screen (a copy). */
  plan?: RkStayingWellPlan["plan"];
  /** True while a change is waiting to be saved or being saved. */
  pending?: RkStayingWellPlan["pending"];
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkStayingWellPlan["store"];
  /** The heading level in use (the valid `heading-level`, else 2). */
  effectiveHeadingLevel?: RkStayingWellPlan["effectiveHeadingLevel"];
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkStayingWellPlan["rkConfig"];
  /** The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`. */
  onRkPlanSaved?: (e: CustomEvent<RkEventDetailMap["rk-plan-saved"]>) => void;
  /** The person marked the plan as looked over and it was saved. `detail: { plan, record }`. */
  onRkPlanReviewed?: (e: CustomEvent<RkEventDetailMap["rk-plan-reviewed"]>) => void;
  /** Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`. */
  onRkStorageError?: (e: CustomEvent<RkEventDetailMap["rk-storage-error"]>) => void;
};

type RkUndoNoticeProps = {
  /** Label of the Undo button (localized by the host). */
  undoLabel?: RkUndoNotice["undoLabel"];
  /** Label of the close button (localized by the host). */
  dismissLabel?: RkUndoNotice["dismissLabel"];
  /** Milliseconds before the notice closes itself; 0 keeps it open until dismissed. */
  timeout?: RkUndoNotice["timeout"];
  /** True while the notice is showing. */
  open?: RkUndoNotice["open"];
  /** The notice closed without Undo (time-out or dismissed). */
  onRkUndoExpired?: (e: CustomEvent<never>) => void;
  /** The person chose Undo. Not composed: it stays in the host's shadow root. */
  onRkUndoRequested?: (e: CustomEvent<never>) => void;
};

export type CustomElements = {
  /**
   * "Need help now?" button and panel with crisis contacts.
   * ---
   *
   *
   * ### **Methods:**
   *  - **toggle(open): _void_** - Opens or closes the panel. Closing returns focus to the button.
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-surface-raised** - Background of the panel. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **toggle** - The "Need help now?" button.
   * - **panel** - The panel that opens below it.
   * - **intro** - The opening lines of the panel.
   * - **contact** - One contact (a list item).
   * - **link** - A contact's link.
   * - **close** - The close button.
   */
  "rk-crisis-help": DefineComponent<RkCrisisHelpProps>;

  /**
   * Recovery goals with steps, CHIME links, review dates and an overview.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkGoalCreated** - A new goal was saved. `detail: { goal, record }`.
   * - **RkGoalUpdated** - A goal's changes were saved. `detail: { goal, record }`.
   * - **RkGoalRemoved** - A goal was removed (it can be brought back with Undo). `detail: { goal, record }`.
   * - **RkGoalRestored** - A removed goal was brought back. `detail: { goal, record }`.
   * - **RkGoalStatusChanged** - A new status was saved. `detail: { goal, record, from, to }`.
   * - **RkStepCompleted** - A step was ticked off and saved. `detail: { goal, record, step }`.
   * - **RkStorageError** - Saving or loading failed; the person's text stays on screen and a retry is offered.
   *
   * ### **Methods:**
   *  - **addGoal(draft: _GoalDraft_): _Promise<RecordEnvelope<Goal>>_** - Saves a new goal. Rejects with `ValidationError` (nothing saved) when the draft is
   * not valid, or with the store's error when saving fails.
   * - **focusGoal(id: _string_): _Promise<void>_** - Opens a goal, scrolls to it and moves focus to its title.
   * - **removeGoal(id: _string_): _Promise<void>_** - Removes a goal; the person can bring it back with Undo.
   *
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-accent** - Buttons, links and the open goal's edge. _(default: undefined)_
   * - **--rk-color-surface-raised** - Background of each goal. _(default: undefined)_
   * - **--rk-color-notice** - The "review date reached" marks. _(default: undefined)_
   * - **--rk-radius** - Corners of each goal. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **intro** - The welcome shown when there are no goals yet, with example ideas.
   * - **add-form** - The "add a goal" form.
   * - **filters** - The CHIME and status filters.
   * - **goal-list** - The list of goals.
   * - **goal** - One goal in the list.
   * - **goal-toggle** - The button (the goal's title) that opens and closes a goal.
   * - **goal-editor** - An open goal's fields.
   * - **goal-summary** - A goal shown as text (printing, read-only).
   * - **steps** - A goal's steps.
   * - **step** - One step.
   * - **review-due** - The gentle "review date reached" marks.
   * - **overview** - The overview section; `overview-table` is its table.
   * - **print-button** - The "Print my goals" button.
   * - **table-frame** - The frame a wide table scrolls in on narrow screens.
   */
  "rk-goal-tracker": DefineComponent<RkGoalTrackerProps>;

  /**
   * A private hope journal with prompts, search and a look back over time.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkEntrySaved** - An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id.
   * - **RkEntryRemoved** - An entry was removed. `detail: { entry, record }`.
   * - **RkStorageError** - Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`.
   *
   * ### **Methods:**
   *
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-accent** - Buttons, links, pinned marks, chart line. _(default: undefined)_
   * - **--rk-color-surface-raised** - Entry cards and panels. _(default: undefined)_
   * - **--rk-color-border** - Card and field borders. _(default: undefined)_
   * - **--rk-journal-list-gap** - Space between entries. _(default: undefined)_
   * - **--rk-journal-list-block-size** - Height of the scrolling list of a long journal (default min(75vh, 40rem)). _(default: undefined)_
   * - **--rk-chart-block-size** - Height of the hope chart. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **header** - The tool header (title, "Need help now?", save status).
   * - **heading** - The journal's heading.
   * - **save-status** - The line saying whether and where entries are kept.
   * - **crisis-toggle** - The "Need help now?" button.
   * - **crisis-panel** - The crisis contacts panel.
   * - **section-heading** - The headings of the journal's sections.
   * - **composer** - The "write an entry" section.
   * - **prompt** - The offered or chosen prompt.
   * - **good-thing** - One of the "three good things" groups.
   * - **hope** - The hope check-in group.
   * - **chime** - The CHIME process choices.
   * - **confirm** - The "discard this draft?" confirmation.
   * - **field** - A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - **filters** - The search box and filters.
   * - **list** - The list of entries.
   * - **entry** - One entry in the list.
   * - **entry-body** - An entry's text.
   * - **readonly-note** - The note on an entry that cannot be changed.
   * - **over-time** - The "looking back" section.
   * - **chart** - The hope check-in chart.
   * - **hope-table** - The table with the chart's numbers.
   * - **chime-frequency** - How often each CHIME process comes up.
   * - **table-frame** - The frame a wide table scrolls in on narrow screens.
   * - **limit** - The line under a limited field saying how many characters are left.
   */
  "rk-hope-journal": DefineComponent<RkHopeJournalProps>;

  /**
   * Unlock screen for encrypted data: passphrase, recovery code, "Lock now" and locking when idle.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkUnlocked** - The data was unlocked. `detail: {}`.
   * - **RkLocked** - The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`.
   * - **RkProtectionChanged** - The person turned the passphrase on or off. `detail: { protected: boolean }`.
   *
   * ### **Methods:**
   *  - **lock(): _void_** - Locks now, here and in every other tab ("Lock now").
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **Slots:**
   *  - _default_ - What the lock protects (the tools). It is not shown while locked.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-surface-raised** - Background of the unlock screen. _(default: undefined)_
   * - **--rk-color-notice** - The edge of the plain warning. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **screen** - The unlock screen (every step of it).
   * - **heading** - The screen's heading.
   * - **warning** - The plain words about nobody else being able to open the data.
   * - **field** - A field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - **strength** - The strength hint for a new passphrase.
   * - **code** - The recovery code, shown once.
   * - **submit** - The screen's main button.
   * - **forgot** - "Forgotten your passphrase?".
   * - **back** - Back from the recovery code to the passphrase.
   * - **bar** - The row with "Lock now" above the content.
   * - **lock-now** - The "Lock now" button.
   * - **protect** - "Protect with a passphrase", above a plain store the person may protect.
   * - **stop-protecting** - "Stop protecting with a passphrase".
   * - **cancel** - "Not now" or "Keep it protected": back to the content, nothing changed.
   * - **other-devices** - The notice that the person's other devices have another passphrase (before they first synced, each device set its own), with "Use the passphrase of my other devices" (`join`).
   * - **join** - The button that opens the screen asking for the other devices' passphrase.
   * - **content** - The wrapper of the slotted content.
   */
  "rk-lock": DefineComponent<RkLockProps>;

  /**
   * Save a copy of everything, bring a copy back, or erase everything here.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkDataExported** - A copy was made and downloaded. `detail: { count, fileName }`.
   * - **RkDataImported** - A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...).
   * - **RkDataErased** - Everything in the store was erased. `detail: {}`.
   * - **RkStorageError** - Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`.
   *
   * ### **Methods:**
   *
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-notice** - The edge of the erase warning. _(default: undefined)_
   * - **--rk-color-surface-raised** - Background of the erase warning and the preview. _(default: undefined)_
   * - **--rk-color-accent** - Buttons. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **header** - The title, help link and save status; `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - **heading** - The title and each section's heading.
   * - **export** - The "Save a copy" section.
   * - **import** - The "Bring back a copy" section.
   * - **erase** - The "Erase everything here" section.
   * - **field** - The file field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - **preview** - What bringing back the chosen copy would do, with its buttons.
   * - **erase-warning** - The warning shown before erasing, with its buttons.
   * - **result** - What was just done (copy saved, copy back, erased).
   * - **problem** - A note that an action did not work.
   */
  "rk-my-data": DefineComponent<RkMyDataProps>;

  /**
   * Shares storage, namespace, locale, crisis contacts and string overrides with the tools inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The recovery-kit elements (and anything else).
   */
  "rk-provider": DefineComponent<RkProviderProps>;

  /**
   * Says where data is kept and whether the last change was saved.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkRetryRequested** - The person pressed "Try again"; the tool's `StoreController` retries the failed save.
   *
   * ### **Methods:**
   *  - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-notice** - The marker beside a warning or failure. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **message** - The status line.
   * - **retry** - The "Try again" button.
   * - **details** - The "Where is my data kept?" disclosure.
   * - **sync** - The line about syncing with the person's other devices (only when the provider has a `sync-url`).
   */
  "rk-save-status": DefineComponent<RkSaveStatusProps>;

  /**
   * Rate life areas 1-10, see them on a radar chart and compare readings over time.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkReadingSaved** - A reading was saved. `detail: { reading, created }` (a copy of the stored record).
   * - **RkReadingRemoved** - A reading was removed. `detail: { reading }` (a copy of the record as it was).
   * - **RkStorageError** - Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen.
   *
   * ### **Methods:**
   *  - **saveReading(): _Promise<void>_** - Saves the reading being taken. Resolves once saved; on failure the reading stays on screen.
   * - **removeReading(id: _string_): _Promise<void>_** - Removes a saved reading (a tombstone in the store).
   *
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-series-1** - The first reading on a chart (the person's own view, newest first). _(default: undefined)_
   * - **--rk-color-series-2** - The second reading on a chart. _(default: undefined)_
   * - **--rk-color-series-3** - The third reading on a chart. _(default: undefined)_
   * - **--rk-chart-inline-size** - Largest width of each chart (default 40rem); the height follows at 3:4. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The tool's heading.
   * - **message** - The line announcing saves and removals.
   * - **form** - The rating form.
   * - **whose** - The "whose view is this" choice.
   * - **area** - One area's fieldset (label, 1-10 choice, note).
   * - **scale** - The row of 1-10 choices of one area.
   * - **focus** - The focus-areas choice.
   * - **save-button** - The save button.
   * - **chart** - A chart's container (the canvas is inside).
   * - **legend** - The list naming each reading on the history chart.
   * - **table** - A table with the same scores as the chart beside it.
   * - **table-frame** - The scrolling frame around a table.
   * - **picker** - The choice of readings to show.
   * - **supporter-badge** - The "Supporter’s view" label on a supporter's reading.
   * - **reading-details** - Change since the previous reading, focus areas and notes of one shown reading.
   * - **problem** - The message shown instead of the tool when the host's area set has a problem.
   * - **limit** - The line under a limited field saying how many characters are left.
   */
  "rk-star-assessment": DefineComponent<RkStarAssessmentProps>;

  /**
   * A staying-well or safety plan, section by section, with contacts, review and print/copy/download.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkPlanSaved** - The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`.
   * - **RkPlanReviewed** - The person marked the plan as looked over and it was saved. `detail: { plan, record }`.
   * - **RkStorageError** - Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`.
   *
   * ### **Methods:**
   *  - **flush(): _Promise<void>_** - Saves any waiting change now. Rejects when it could not be saved (the text stays on screen).
   * - **planText(): _string_** - The plan as plain text, in the words and order on screen.
   *
   * - **emit(type: _K_, detail: _RkEventDetailMap[K]_): _boolean_** - Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-surface** - Background of each section. _(default: undefined)_
   * - **--rk-color-surface-raised** - Background of contact cards and notes. _(default: undefined)_
   * - **--rk-color-border** - Borders of sections, contacts and fields. _(default: undefined)_
   * - **--rk-color-notice** - The edge of gentle notes (review, kept sections, read-only). _(default: undefined)_
   * - **--rk-color-accent** - Buttons and links. _(default: undefined)_
   * - **--rk-radius** - Corners of each section. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **header** - The heading, help link and save status; `title`, `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - **template** - The choice between a staying-well plan and a safety plan.
   * - **section** - One section of the plan.
   * - **prompt** - A section's short explanation.
   * - **items** - A section's list of lines.
   * - **item** - One line, with its move and remove buttons.
   * - **contact** - One contact card.
   * - **contact-form** - The form for adding or changing a contact.
   * - **notice** - A note that the plan was also changed somewhere else (both versions kept), or brought back after being removed there.
   * - **crisis-lines** - The host's crisis lines in the contacts section.
   * - **review** - When the plan was last looked over, and the button to mark it.
   * - **share** - Print, copy as text and download.
   * - **field** - A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - **limit** - The line under a limited field saying how many characters are left.
   */
  "rk-staying-well-plan": DefineComponent<RkStayingWellPlanProps>;

  /**
   * A "removed - undo" notice with a gentle time-out.
   * ---
   *
   *
   * ### **Events:**
   *  - **RkUndoExpired** - The notice closed without Undo (time-out or dismissed).
   * - **RkUndoRequested** - The person chose Undo. Not composed: it stays in the host's shadow root.
   *
   * ### **Methods:**
   *  - **show(message: _string_): _void_** - Shows (or replaces) the notice and restarts its time-out.
   * - **hide(): _void_** - Closes the notice without telling anyone (for example after a successful undo).
   * - **focusUndo(): _Promise<void>_** - Moves focus to the Undo button once it is on screen.
   *
   * ### **CSS Properties:**
   *  - **--rk-color-surface-raised** - Notice background. _(default: undefined)_
   * - **--rk-color-border** - Notice border colour. _(default: undefined)_
   * - **--rk-color-accent** - The buttons. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **notice** - The visible notice box.
   * - **message** - The message text.
   * - **undo-button** - The Undo button.
   * - **dismiss-button** - The button that closes the notice.
   */
  "rk-undo-notice": DefineComponent<RkUndoNoticeProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
