import type { RkCrisisHelp } from "../dist/types/elements/crisis-help/rk-crisis-help.js";
import type { RkGoalTracker } from "../dist/types/elements/goal-tracker/goal-tracker.js";
import type {
  FULL_LIST_LIMIT,
  RkHopeJournal,
} from "../dist/types/elements/hope-journal/hope-journal.js";
import type {
  LockableAdapter,
  DEFAULT_LOCK_AFTER,
  RkLock,
} from "../dist/types/elements/lock/rk-lock.js";
import type { RkMyData } from "../dist/types/elements/my-data/my-data.js";
import type { RkProvider } from "../dist/types/elements/provider/rk-provider.js";
import type { RkElement } from "../dist/types/elements/rk-element.js";
import type { RkSaveStatus } from "../dist/types/elements/save-status/rk-save-status.js";
import type { RkStarAssessment } from "../dist/types/elements/star-assessment/star-assessment.js";
import type { RkStayingWellPlan } from "../dist/types/elements/staying-well-plan/staying-well-plan.js";
import type {
  UNDO_TIMEOUT,
  RkUndoNotice,
} from "../dist/types/elements/undo/undo-notice.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: T | ((e: T) => void) | { current: T | null };
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type RkCrisisHelpProps = {
  /** Whether the panel is open. */
  open?: RkCrisisHelp["open"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkCrisisHelp["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkCrisisHelp["theme"] | undefined;
  /** The contacts to show (default: the provider's, else the UK contacts). */
  contacts?: RkCrisisHelp["contacts"] | undefined;
  /** Overrides of this element's strings. */
  strings?: RkCrisisHelp["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkCrisisHelp["rkConfig"] | undefined;
};

export type RkCrisisHelpSolidJsProps = {
  /** Whether the panel is open. */
  "prop:open"?: RkCrisisHelp["open"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkCrisisHelp["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkCrisisHelp["theme"] | undefined;
  /** The contacts to show (default: the provider's, else the UK contacts). */
  "prop:contacts"?: RkCrisisHelp["contacts"] | undefined;
  /** Overrides of this element's strings. */
  "prop:strings"?: RkCrisisHelp["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkCrisisHelp["rkConfig"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkGoalTracker` component event */
export type RkGoalTrackerElementEvent<E = Event> = TypedEvent<RkGoalTracker, E>;
/** `rk-goal-created` event type */
export type RkGoalTrackerRkGoalCreatedElementEvent = RkGoalTrackerElementEvent<
  CustomEvent<RkEventDetailMap["rk-goal-created"]>
>;
/** `rk-goal-updated` event type */
export type RkGoalTrackerRkGoalUpdatedElementEvent = RkGoalTrackerElementEvent<
  CustomEvent<RkEventDetailMap["rk-goal-updated"]>
>;
/** `rk-goal-removed` event type */
export type RkGoalTrackerRkGoalRemovedElementEvent = RkGoalTrackerElementEvent<
  CustomEvent<RkEventDetailMap["rk-goal-removed"]>
>;
/** `rk-goal-restored` event type */
export type RkGoalTrackerRkGoalRestoredElementEvent = RkGoalTrackerElementEvent<
  CustomEvent<RkEventDetailMap["rk-goal-restored"]>
>;
/** `rk-goal-status-changed` event type */
export type RkGoalTrackerRkGoalStatusChangedElementEvent =
  RkGoalTrackerElementEvent<
    CustomEvent<RkEventDetailMap["rk-goal-status-changed"]>
  >;
/** `rk-step-completed` event type */
export type RkGoalTrackerRkStepCompletedElementEvent =
  RkGoalTrackerElementEvent<CustomEvent<RkEventDetailMap["rk-step-completed"]>>;
/** `rk-storage-error` event type */
export type RkGoalTrackerRkStorageErrorElementEvent = RkGoalTrackerElementEvent<
  CustomEvent<RkEventDetailMap["rk-storage-error"]>
>;

export type RkGoalTrackerProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkGoalTracker["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "heading-level"?: RkGoalTracker["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkGoalTracker["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkGoalTracker["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkGoalTracker["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkGoalTracker["theme"] | undefined;
  /** Example goal ideas per CHIME process for the empty tracker (default: ours). */
  ideas?: RkGoalTracker["ideas"] | undefined;
  /** Overrides for any of the tracker's words. */
  strings?: RkGoalTracker["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkGoalTracker["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkGoalTracker["rkConfig"] | undefined;

  /** A new goal was saved. `detail: { goal, record }`. */
  "onrk-goal-created"?:
    ((e: RkGoalTrackerRkGoalCreatedElementEvent) => void) | undefined;
  /** A goal's changes were saved. `detail: { goal, record }`. */
  "onrk-goal-updated"?:
    ((e: RkGoalTrackerRkGoalUpdatedElementEvent) => void) | undefined;
  /** A goal was removed (it can be brought back with Undo). `detail: { goal, record }`. */
  "onrk-goal-removed"?:
    ((e: RkGoalTrackerRkGoalRemovedElementEvent) => void) | undefined;
  /** A removed goal was brought back. `detail: { goal, record }`. */
  "onrk-goal-restored"?:
    ((e: RkGoalTrackerRkGoalRestoredElementEvent) => void) | undefined;
  /** A new status was saved. `detail: { goal, record, from, to }`. */
  "onrk-goal-status-changed"?:
    ((e: RkGoalTrackerRkGoalStatusChangedElementEvent) => void) | undefined;
  /** A step was ticked off and saved. `detail: { goal, record, step }`. */
  "onrk-step-completed"?:
    ((e: RkGoalTrackerRkStepCompletedElementEvent) => void) | undefined;
  /** Saving or loading failed; the person's text stays on screen and a retry is offered. */
  "onrk-storage-error"?:
    ((e: RkGoalTrackerRkStorageErrorElementEvent) => void) | undefined;
};

export type RkGoalTrackerSolidJsProps = {
  /** Shows the content without any way to change it. */
  "prop:readonly"?: RkGoalTracker["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "attr:heading-level"?: RkGoalTracker["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "prop:headingLevel"?: RkGoalTracker["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  "prop:namespace"?: RkGoalTracker["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkGoalTracker["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkGoalTracker["theme"] | undefined;
  /** Example goal ideas per CHIME process for the empty tracker (default: ours). */
  "prop:ideas"?: RkGoalTracker["ideas"] | undefined;
  /** Overrides for any of the tracker's words. */
  "prop:strings"?: RkGoalTracker["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  "prop:store"?: RkGoalTracker["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkGoalTracker["rkConfig"] | undefined;
  /** A new goal was saved. `detail: { goal, record }`. */
  "on:rk-goal-created"?:
    ((e: RkGoalTrackerRkGoalCreatedElementEvent) => void) | undefined;
  /** A goal's changes were saved. `detail: { goal, record }`. */
  "on:rk-goal-updated"?:
    ((e: RkGoalTrackerRkGoalUpdatedElementEvent) => void) | undefined;
  /** A goal was removed (it can be brought back with Undo). `detail: { goal, record }`. */
  "on:rk-goal-removed"?:
    ((e: RkGoalTrackerRkGoalRemovedElementEvent) => void) | undefined;
  /** A removed goal was brought back. `detail: { goal, record }`. */
  "on:rk-goal-restored"?:
    ((e: RkGoalTrackerRkGoalRestoredElementEvent) => void) | undefined;
  /** A new status was saved. `detail: { goal, record, from, to }`. */
  "on:rk-goal-status-changed"?:
    ((e: RkGoalTrackerRkGoalStatusChangedElementEvent) => void) | undefined;
  /** A step was ticked off and saved. `detail: { goal, record, step }`. */
  "on:rk-step-completed"?:
    ((e: RkGoalTrackerRkStepCompletedElementEvent) => void) | undefined;
  /** Saving or loading failed; the person's text stays on screen and a retry is offered. */
  "on:rk-storage-error"?:
    ((e: RkGoalTrackerRkStorageErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkHopeJournal` component event */
export type RkHopeJournalElementEvent<E = Event> = TypedEvent<RkHopeJournal, E>;
/** `rk-entry-saved` event type */
export type RkHopeJournalRkEntrySavedElementEvent = RkHopeJournalElementEvent<
  CustomEvent<RkEventDetailMap["rk-entry-saved"]>
>;
/** `rk-entry-removed` event type */
export type RkHopeJournalRkEntryRemovedElementEvent = RkHopeJournalElementEvent<
  CustomEvent<RkEventDetailMap["rk-entry-removed"]>
>;
/** `rk-storage-error` event type */
export type RkHopeJournalRkStorageErrorElementEvent = RkHopeJournalElementEvent<
  CustomEvent<RkEventDetailMap["rk-storage-error"]>
>;

export type RkHopeJournalProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkHopeJournal["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "heading-level"?: RkHopeJournal["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkHopeJournal["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkHopeJournal["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkHopeJournal["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkHopeJournal["theme"] | undefined;
  /** Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). */
  prompts?: RkHopeJournal["prompts"] | undefined;
  /** Host overrides of any of the journal's strings. */
  strings?: RkHopeJournal["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkHopeJournal["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkHopeJournal["rkConfig"] | undefined;

  /** An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id. */
  "onrk-entry-saved"?:
    ((e: RkHopeJournalRkEntrySavedElementEvent) => void) | undefined;
  /** An entry was removed. `detail: { entry, record }`. */
  "onrk-entry-removed"?:
    ((e: RkHopeJournalRkEntryRemovedElementEvent) => void) | undefined;
  /** Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`. */
  "onrk-storage-error"?:
    ((e: RkHopeJournalRkStorageErrorElementEvent) => void) | undefined;
};

export type RkHopeJournalSolidJsProps = {
  /** Shows the content without any way to change it. */
  "prop:readonly"?: RkHopeJournal["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "attr:heading-level"?: RkHopeJournal["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "prop:headingLevel"?: RkHopeJournal["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  "prop:namespace"?: RkHopeJournal["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkHopeJournal["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkHopeJournal["theme"] | undefined;
  /** Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). */
  "prop:prompts"?: RkHopeJournal["prompts"] | undefined;
  /** Host overrides of any of the journal's strings. */
  "prop:strings"?: RkHopeJournal["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  "prop:store"?: RkHopeJournal["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkHopeJournal["rkConfig"] | undefined;
  /** An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id. */
  "on:rk-entry-saved"?:
    ((e: RkHopeJournalRkEntrySavedElementEvent) => void) | undefined;
  /** An entry was removed. `detail: { entry, record }`. */
  "on:rk-entry-removed"?:
    ((e: RkHopeJournalRkEntryRemovedElementEvent) => void) | undefined;
  /** Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`. */
  "on:rk-storage-error"?:
    ((e: RkHopeJournalRkStorageErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkLock` component event */
export type RkLockElementEvent<E = Event> = TypedEvent<RkLock, E>;
/** `rk-unlocked` event type */
export type RkLockRkUnlockedElementEvent = RkLockElementEvent<
  CustomEvent<RkEventDetailMap["rk-unlocked"]>
>;
/** `rk-locked` event type */
export type RkLockRkLockedElementEvent = RkLockElementEvent<
  CustomEvent<RkEventDetailMap["rk-locked"]>
>;
/** `rk-protection-changed` event type */
export type RkLockRkProtectionChangedElementEvent = RkLockElementEvent<
  CustomEvent<RkEventDetailMap["rk-protection-changed"]>
>;

export type RkLockProps = {
  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  "lock-after"?: RkLock["lockAfter"] | undefined;
  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  lockAfter?: RkLock["lockAfter"] | undefined;
  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  "heading-level"?: RkLock["headingLevel"] | undefined;
  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  headingLevel?: RkLock["headingLevel"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkLock["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkLock["theme"] | undefined;
  /** The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
namespace and storage. */
  adapter?: RkLock["adapter"] | undefined;
  /** Overrides for any of the element's words. */
  strings?: RkLock["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkLock["rkConfig"] | undefined;

  /** The data was unlocked. `detail: {}`. */
  "onrk-unlocked"?: ((e: RkLockRkUnlockedElementEvent) => void) | undefined;
  /** The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`. */
  "onrk-locked"?: ((e: RkLockRkLockedElementEvent) => void) | undefined;
  /** The person turned the passphrase on or off. `detail: { protected: boolean }`. */
  "onrk-protection-changed"?:
    ((e: RkLockRkProtectionChangedElementEvent) => void) | undefined;
};

export type RkLockSolidJsProps = {
  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  "attr:lock-after"?: RkLock["lockAfter"] | undefined;
  /** Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now"). */
  "prop:lockAfter"?: RkLock["lockAfter"] | undefined;
  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  "attr:heading-level"?: RkLock["headingLevel"] | undefined;
  /** The level (1-6) of the screen's heading (default 2, as the tools'). */
  "prop:headingLevel"?: RkLock["headingLevel"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkLock["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkLock["theme"] | undefined;
  /** The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
namespace and storage. */
  "prop:adapter"?: RkLock["adapter"] | undefined;
  /** Overrides for any of the element's words. */
  "prop:strings"?: RkLock["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkLock["rkConfig"] | undefined;
  /** The data was unlocked. `detail: {}`. */
  "on:rk-unlocked"?: ((e: RkLockRkUnlockedElementEvent) => void) | undefined;
  /** The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`. */
  "on:rk-locked"?: ((e: RkLockRkLockedElementEvent) => void) | undefined;
  /** The person turned the passphrase on or off. `detail: { protected: boolean }`. */
  "on:rk-protection-changed"?:
    ((e: RkLockRkProtectionChangedElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkMyData` component event */
export type RkMyDataElementEvent<E = Event> = TypedEvent<RkMyData, E>;
/** `rk-data-exported` event type */
export type RkMyDataRkDataExportedElementEvent = RkMyDataElementEvent<
  CustomEvent<RkEventDetailMap["rk-data-exported"]>
>;
/** `rk-data-imported` event type */
export type RkMyDataRkDataImportedElementEvent = RkMyDataElementEvent<
  CustomEvent<RkEventDetailMap["rk-data-imported"]>
>;
/** `rk-data-erased` event type */
export type RkMyDataRkDataErasedElementEvent = RkMyDataElementEvent<
  CustomEvent<RkEventDetailMap["rk-data-erased"]>
>;
/** `rk-storage-error` event type */
export type RkMyDataRkStorageErrorElementEvent = RkMyDataElementEvent<
  CustomEvent<RkEventDetailMap["rk-storage-error"]>
>;

export type RkMyDataProps = {
  /** Shows the content without any way to change it. */
  readonly?: RkMyData["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "heading-level"?: RkMyData["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkMyData["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkMyData["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkMyData["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkMyData["theme"] | undefined;
  /** Overrides for any of the element's words. */
  strings?: RkMyData["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkMyData["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkMyData["rkConfig"] | undefined;

  /** A copy was made and downloaded. `detail: { count, fileName }`. */
  "onrk-data-exported"?:
    ((e: RkMyDataRkDataExportedElementEvent) => void) | undefined;
  /** A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...). */
  "onrk-data-imported"?:
    ((e: RkMyDataRkDataImportedElementEvent) => void) | undefined;
  /** Everything in the store was erased. `detail: {}`. */
  "onrk-data-erased"?:
    ((e: RkMyDataRkDataErasedElementEvent) => void) | undefined;
  /** Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`. */
  "onrk-storage-error"?:
    ((e: RkMyDataRkStorageErrorElementEvent) => void) | undefined;
};

export type RkMyDataSolidJsProps = {
  /** Shows the content without any way to change it. */
  "prop:readonly"?: RkMyData["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "attr:heading-level"?: RkMyData["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "prop:headingLevel"?: RkMyData["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  "prop:namespace"?: RkMyData["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkMyData["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkMyData["theme"] | undefined;
  /** Overrides for any of the element's words. */
  "prop:strings"?: RkMyData["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  "prop:store"?: RkMyData["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkMyData["rkConfig"] | undefined;
  /** A copy was made and downloaded. `detail: { count, fileName }`. */
  "on:rk-data-exported"?:
    ((e: RkMyDataRkDataExportedElementEvent) => void) | undefined;
  /** A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...). */
  "on:rk-data-imported"?:
    ((e: RkMyDataRkDataImportedElementEvent) => void) | undefined;
  /** Everything in the store was erased. `detail: {}`. */
  "on:rk-data-erased"?:
    ((e: RkMyDataRkDataErasedElementEvent) => void) | undefined;
  /** Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`. */
  "on:rk-storage-error"?:
    ((e: RkMyDataRkStorageErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type RkProviderProps = {
  /** Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`. */
  storage?: RkProvider["storage"] | undefined;
  /** Which set of saved data the tools inside use. One store per namespace per page. */
  namespace?: RkProvider["namespace"] | undefined;
  /** Locale for every element inside. Without it, each follows the page's `lang` (else en-GB). */
  locale?: RkProvider["locale"] | undefined;
  /** `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page. */
  theme?: RkProvider["theme"] | undefined;
  /** `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none. */
  encryption?: RkProvider["encryption"] | undefined;
  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  "lock-after"?: RkProvider["lockAfter"] | undefined;
  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  lockAfter?: RkProvider["lockAfter"] | undefined;
  /** The sync server's address (https; http only to localhost while developing). With it,
the tools' data is kept on this device and copied to that server, through the sync
code that downloads only then. Without it no request is ever made. */
  "sync-url"?: RkProvider["syncUrl"] | undefined;
  /** The sync server's address (https; http only to localhost while developing). With it,
the tools' data is kept on this device and copied to that server, through the sync
code that downloads only then. Without it no request is ever made. */
  syncUrl?: RkProvider["syncUrl"] | undefined;
  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  "sync-organisation"?: RkProvider["syncOrganisation"] | undefined;
  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  syncOrganisation?: RkProvider["syncOrganisation"] | undefined;
  /** A `RecordStore` to share instead of the one `storage` and `namespace` describe. */
  store?: RkProvider["store"] | undefined;
  /** Crisis contacts for every "Need help now?" panel inside (default: UK contacts). */
  crisisContacts?: RkProvider["crisisContacts"] | undefined;
  /** Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. */
  strings?: RkProvider["strings"] | undefined;
  /** The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. */
  auth?: RkProvider["auth"] | undefined;
};

export type RkProviderSolidJsProps = {
  /** Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`. */
  "prop:storage"?: RkProvider["storage"] | undefined;
  /** Which set of saved data the tools inside use. One store per namespace per page. */
  "prop:namespace"?: RkProvider["namespace"] | undefined;
  /** Locale for every element inside. Without it, each follows the page's `lang` (else en-GB). */
  "prop:locale"?: RkProvider["locale"] | undefined;
  /** `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page. */
  "prop:theme"?: RkProvider["theme"] | undefined;
  /** `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none. */
  "prop:encryption"?: RkProvider["encryption"] | undefined;
  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  "attr:lock-after"?: RkProvider["lockAfter"] | undefined;
  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  "prop:lockAfter"?: RkProvider["lockAfter"] | undefined;
  /** The sync server's address (https; http only to localhost while developing). With it,
the tools' data is kept on this device and copied to that server, through the sync
code that downloads only then. Without it no request is ever made. */
  "attr:sync-url"?: RkProvider["syncUrl"] | undefined;
  /** The sync server's address (https; http only to localhost while developing). With it,
the tools' data is kept on this device and copied to that server, through the sync
code that downloads only then. Without it no request is ever made. */
  "prop:syncUrl"?: RkProvider["syncUrl"] | undefined;
  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  "attr:sync-organisation"?: RkProvider["syncOrganisation"] | undefined;
  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  "prop:syncOrganisation"?: RkProvider["syncOrganisation"] | undefined;
  /** A `RecordStore` to share instead of the one `storage` and `namespace` describe. */
  "prop:store"?: RkProvider["store"] | undefined;
  /** Crisis contacts for every "Need help now?" panel inside (default: UK contacts). */
  "prop:crisisContacts"?: RkProvider["crisisContacts"] | undefined;
  /** Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. */
  "prop:strings"?: RkProvider["strings"] | undefined;
  /** The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. */
  "prop:auth"?: RkProvider["auth"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkSaveStatus` component event */
export type RkSaveStatusElementEvent<E = Event> = TypedEvent<RkSaveStatus, E>;
/** `rk-retry-requested` event type */
export type RkSaveStatusRkRetryRequestedElementEvent = RkSaveStatusElementEvent<
  CustomEvent<RkEventDetailMap["rk-retry-requested"]>
>;

export type RkSaveStatusProps = {
  /** Where saving stands (from `StoreController.state`). */
  state?: RkSaveStatus["state"] | undefined;
  /** How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page. */
  durability?: RkSaveStatus["durability"] | undefined;
  /** True when the page is in a third-party iframe whose storage the browser may clear. */
  partitioned?: RkSaveStatus["partitioned"] | undefined;
  /** True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again. */
  lost?: RkSaveStatus["lost"] | undefined;
  /** The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device. */
  adapter?: RkSaveStatus["adapter"] | undefined;
  /** Why the last save failed, while `state` is `error`. */
  "error-code"?: RkSaveStatus["errorCode"] | undefined;
  /** Why the last save failed, while `state` is `error`. */
  errorCode?: RkSaveStatus["errorCode"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkSaveStatus["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkSaveStatus["theme"] | undefined;
  /** When the last save succeeded. */
  savedAt?: RkSaveStatus["savedAt"] | undefined;
  /** Overrides of this element's strings. */
  strings?: RkSaveStatus["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkSaveStatus["rkConfig"] | undefined;

  /** The person pressed "Try again"; the tool's `StoreController` retries the failed save. */
  "onrk-retry-requested"?:
    ((e: RkSaveStatusRkRetryRequestedElementEvent) => void) | undefined;
};

export type RkSaveStatusSolidJsProps = {
  /** Where saving stands (from `StoreController.state`). */
  "prop:state"?: RkSaveStatus["state"] | undefined;
  /** How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page. */
  "prop:durability"?: RkSaveStatus["durability"] | undefined;
  /** True when the page is in a third-party iframe whose storage the browser may clear. */
  "prop:partitioned"?: RkSaveStatus["partitioned"] | undefined;
  /** True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again. */
  "prop:lost"?: RkSaveStatus["lost"] | undefined;
  /** The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device. */
  "prop:adapter"?: RkSaveStatus["adapter"] | undefined;
  /** Why the last save failed, while `state` is `error`. */
  "attr:error-code"?: RkSaveStatus["errorCode"] | undefined;
  /** Why the last save failed, while `state` is `error`. */
  "prop:errorCode"?: RkSaveStatus["errorCode"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkSaveStatus["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkSaveStatus["theme"] | undefined;
  /** When the last save succeeded. */
  "prop:savedAt"?: RkSaveStatus["savedAt"] | undefined;
  /** Overrides of this element's strings. */
  "prop:strings"?: RkSaveStatus["strings"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkSaveStatus["rkConfig"] | undefined;
  /** The person pressed "Try again"; the tool's `StoreController` retries the failed save. */
  "on:rk-retry-requested"?:
    ((e: RkSaveStatusRkRetryRequestedElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkStarAssessment` component event */
export type RkStarAssessmentElementEvent<E = Event> = TypedEvent<
  RkStarAssessment,
  E
>;
/** `rk-reading-saved` event type */
export type RkStarAssessmentRkReadingSavedElementEvent =
  RkStarAssessmentElementEvent<
    CustomEvent<RkEventDetailMap["rk-reading-saved"]>
  >;
/** `rk-reading-removed` event type */
export type RkStarAssessmentRkReadingRemovedElementEvent =
  RkStarAssessmentElementEvent<
    CustomEvent<RkEventDetailMap["rk-reading-removed"]>
  >;
/** `rk-storage-error` event type */
export type RkStarAssessmentRkStorageErrorElementEvent =
  RkStarAssessmentElementEvent<
    CustomEvent<RkEventDetailMap["rk-storage-error"]>
  >;

export type RkStarAssessmentProps = {
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
  show?: RkStarAssessment["show"] | undefined;
  /** Shows the content without any way to change it. */
  readonly?: RkStarAssessment["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "heading-level"?: RkStarAssessment["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkStarAssessment["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkStarAssessment["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkStarAssessment["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkStarAssessment["theme"] | undefined;
  /** The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
`{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
A set with problems (no areas, empty or repeated keys) shows a message instead. */
  areas?: RkStarAssessment["areas"] | undefined;
  /** Overrides of any of the element's words. */
  strings?: RkStarAssessment["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkStarAssessment["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkStarAssessment["rkConfig"] | undefined;

  /** A reading was saved. `detail: { reading, created }` (a copy of the stored record). */
  "onrk-reading-saved"?:
    ((e: RkStarAssessmentRkReadingSavedElementEvent) => void) | undefined;
  /** A reading was removed. `detail: { reading }` (a copy of the record as it was). */
  "onrk-reading-removed"?:
    ((e: RkStarAssessmentRkReadingRemovedElementEvent) => void) | undefined;
  /** Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen. */
  "onrk-storage-error"?:
    ((e: RkStarAssessmentRkStorageErrorElementEvent) => void) | undefined;
};

export type RkStarAssessmentSolidJsProps = {
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
  "prop:show"?: RkStarAssessment["show"] | undefined;
  /** Shows the content without any way to change it. */
  "prop:readonly"?: RkStarAssessment["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "attr:heading-level"?: RkStarAssessment["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "prop:headingLevel"?: RkStarAssessment["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  "prop:namespace"?: RkStarAssessment["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkStarAssessment["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkStarAssessment["theme"] | undefined;
  /** The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
`{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
A set with problems (no areas, empty or repeated keys) shows a message instead. */
  "prop:areas"?: RkStarAssessment["areas"] | undefined;
  /** Overrides of any of the element's words. */
  "prop:strings"?: RkStarAssessment["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  "prop:store"?: RkStarAssessment["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkStarAssessment["rkConfig"] | undefined;
  /** A reading was saved. `detail: { reading, created }` (a copy of the stored record). */
  "on:rk-reading-saved"?:
    ((e: RkStarAssessmentRkReadingSavedElementEvent) => void) | undefined;
  /** A reading was removed. `detail: { reading }` (a copy of the record as it was). */
  "on:rk-reading-removed"?:
    ((e: RkStarAssessmentRkReadingRemovedElementEvent) => void) | undefined;
  /** Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen. */
  "on:rk-storage-error"?:
    ((e: RkStarAssessmentRkStorageErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkStayingWellPlan` component event */
export type RkStayingWellPlanElementEvent<E = Event> = TypedEvent<
  RkStayingWellPlan,
  E
>;
/** `rk-plan-saved` event type */
export type RkStayingWellPlanRkPlanSavedElementEvent =
  RkStayingWellPlanElementEvent<CustomEvent<RkEventDetailMap["rk-plan-saved"]>>;
/** `rk-plan-reviewed` event type */
export type RkStayingWellPlanRkPlanReviewedElementEvent =
  RkStayingWellPlanElementEvent<
    CustomEvent<RkEventDetailMap["rk-plan-reviewed"]>
  >;
/** `rk-storage-error` event type */
export type RkStayingWellPlanRkStorageErrorElementEvent =
  RkStayingWellPlanElementEvent<
    CustomEvent<RkEventDetailMap["rk-storage-error"]>
  >;

export type RkStayingWellPlanProps = {
  /** The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan. */
  template?: RkStayingWellPlan["template"] | undefined;
  /** The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON). */
  sections?: RkStayingWellPlan["sections"] | undefined;
  /** Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list. */
  "crisis-contacts"?: RkStayingWellPlan["crisisContacts"] | undefined;
  /** Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list. */
  crisisContacts?: RkStayingWellPlan["crisisContacts"] | undefined;
  /** Shows the content without any way to change it. */
  readonly?: RkStayingWellPlan["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "heading-level"?: RkStayingWellPlan["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  headingLevel?: RkStayingWellPlan["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  namespace?: RkStayingWellPlan["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  locale?: RkStayingWellPlan["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  theme?: RkStayingWellPlan["theme"] | undefined;
  /** Overrides for any of the plan's words. */
  strings?: RkStayingWellPlan["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  store?: RkStayingWellPlan["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  rkConfig?: RkStayingWellPlan["rkConfig"] | undefined;

  /** The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`. */
  "onrk-plan-saved"?:
    ((e: RkStayingWellPlanRkPlanSavedElementEvent) => void) | undefined;
  /** The person marked the plan as looked over and it was saved. `detail: { plan, record }`. */
  "onrk-plan-reviewed"?:
    ((e: RkStayingWellPlanRkPlanReviewedElementEvent) => void) | undefined;
  /** Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`. */
  "onrk-storage-error"?:
    ((e: RkStayingWellPlanRkStorageErrorElementEvent) => void) | undefined;
};

export type RkStayingWellPlanSolidJsProps = {
  /** The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan. */
  "prop:template"?: RkStayingWellPlan["template"] | undefined;
  /** The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON). */
  "prop:sections"?: RkStayingWellPlan["sections"] | undefined;
  /** Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list. */
  "attr:crisis-contacts"?: RkStayingWellPlan["crisisContacts"] | undefined;
  /** Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list. */
  "prop:crisisContacts"?: RkStayingWellPlan["crisisContacts"] | undefined;
  /** Shows the content without any way to change it. */
  "prop:readonly"?: RkStayingWellPlan["readonly"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "attr:heading-level"?: RkStayingWellPlan["headingLevel"] | undefined;
  /** The level (1-6) of the element's own heading; its sections use the next level down.
Anything else warns and falls back to 2. */
  "prop:headingLevel"?: RkStayingWellPlan["headingLevel"] | undefined;
  /** Which set of saved data to use (one per namespace). Default: the provider's, else "default". */
  "prop:namespace"?: RkStayingWellPlan["namespace"] | undefined;
  /** BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB. */
  "prop:locale"?: RkStayingWellPlan["locale"] | undefined;
  /** `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed. */
  "prop:theme"?: RkStayingWellPlan["theme"] | undefined;
  /** Overrides for any of the plan's words. */
  "prop:strings"?: RkStayingWellPlan["strings"] | undefined;
  /** A `RecordStore` to use instead of the provider's or the default one. */
  "prop:store"?: RkStayingWellPlan["store"] | undefined;
  /** Configuration shared by an enclosing `<rk-provider>`, if any. */
  "prop:rkConfig"?: RkStayingWellPlan["rkConfig"] | undefined;
  /** The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`. */
  "on:rk-plan-saved"?:
    ((e: RkStayingWellPlanRkPlanSavedElementEvent) => void) | undefined;
  /** The person marked the plan as looked over and it was saved. `detail: { plan, record }`. */
  "on:rk-plan-reviewed"?:
    ((e: RkStayingWellPlanRkPlanReviewedElementEvent) => void) | undefined;
  /** Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`. */
  "on:rk-storage-error"?:
    ((e: RkStayingWellPlanRkStorageErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `RkUndoNotice` component event */
export type RkUndoNoticeElementEvent<E = Event> = TypedEvent<RkUndoNotice, E>;

export type RkUndoNoticeProps = {
  /** Label of the Undo button (localized by the host). */
  "undo-label"?: RkUndoNotice["undoLabel"] | undefined;
  /** Label of the Undo button (localized by the host). */
  undoLabel?: RkUndoNotice["undoLabel"] | undefined;
  /** Label of the close button (localized by the host). */
  "dismiss-label"?: RkUndoNotice["dismissLabel"] | undefined;
  /** Label of the close button (localized by the host). */
  dismissLabel?: RkUndoNotice["dismissLabel"] | undefined;
  /** Milliseconds before the notice closes itself; 0 keeps it open until dismissed. */
  timeout?: RkUndoNotice["timeout"] | undefined;

  /** The notice closed without Undo (time-out or dismissed). */
  "onrk-undo-expired"?: ((e: RkUndoNoticeElementEvent) => void) | undefined;
  /** The person chose Undo. Not composed: it stays in the host's shadow root. */
  "onrk-undo-requested"?: ((e: RkUndoNoticeElementEvent) => void) | undefined;
};

export type RkUndoNoticeSolidJsProps = {
  /** Label of the Undo button (localized by the host). */
  "attr:undo-label"?: RkUndoNotice["undoLabel"] | undefined;
  /** Label of the Undo button (localized by the host). */
  "prop:undoLabel"?: RkUndoNotice["undoLabel"] | undefined;
  /** Label of the close button (localized by the host). */
  "attr:dismiss-label"?: RkUndoNotice["dismissLabel"] | undefined;
  /** Label of the close button (localized by the host). */
  "prop:dismissLabel"?: RkUndoNotice["dismissLabel"] | undefined;
  /** Milliseconds before the notice closes itself; 0 keeps it open until dismissed. */
  "prop:timeout"?: RkUndoNotice["timeout"] | undefined;
  /** The notice closed without Undo (time-out or dismissed). */
  "on:rk-undo-expired"?: ((e: RkUndoNoticeElementEvent) => void) | undefined;
  /** The person chose Undo. Not composed: it stays in the host's shadow root. */
  "on:rk-undo-requested"?: ((e: RkUndoNoticeElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * The same "Need help now?" button in the same place in every tool (WCAG 2.2, 3.2.6
   * consistent help). It opens a panel in place - not a dialog, focus is not trapped -
   * with a short line of support and each contact's purpose, availability and link.
   * Escape closes the panel and puts focus back on the button.
   *
   * Contacts come from `.contacts`, else the provider's `crisisContacts`, else the UK
   * defaults. Only `https:`, `tel:`, `sms:` and `mailto:` links are made; a contact with
   * any other URL (`javascript:`, `data:`, ...) is shown as text without a link, and
   * `console.warn` says why.
   *
   * The host is `display: contents`: the button and the panel are laid out by the parent
   * (in a flex row the open panel takes a full row of its own).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `open`: Whether the panel is open.
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `contacts`: The contacts to show (default: the provider's, else the UK contacts). (property only)
   * - `strings`: Overrides of this element's strings. (property only)
   * - `effectiveContacts`: The contacts in use: `.contacts`, the provider's, or the locale's defaults (Wales for `cy`), else the UK's; an empty list falls back too. (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `toggle(open = !this.open) => void`: Opens or closes the panel. Closing returns focus to the button.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Background of the panel. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `toggle`: The "Need help now?" button.
   * - `panel`: The panel that opens below it.
   * - `intro`: The opening lines of the panel.
   * - `contact`: One contact (a list item).
   * - `link`: A contact's link.
   * - `close`: The close button.
   */
  "rk-crisis-help": Partial<
    RkCrisisHelpProps & BaseProps<RkCrisisHelp> & BaseEvents
  >;

  /**
   * A place for a person's recovery goals, in their own words, each linked to the CHIME
   * processes it serves, with steps, strengths, what might get in the way, who can help
   * and a review date. Goals are saved on the person's device as they go.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `ideas`: Example goal ideas per CHIME process for the empty tracker (default: ours). (property only)
   * - `strings`: Overrides for any of the tracker's words. (property only)
   * - `goalRecords`: The goals now stored (valid ones), in the order they were created. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-goal-created`: A new goal was saved. `detail: { goal, record }`.
   * - `rk-goal-updated`: A goal's changes were saved. `detail: { goal, record }`.
   * - `rk-goal-removed`: A goal was removed (it can be brought back with Undo). `detail: { goal, record }`.
   * - `rk-goal-restored`: A removed goal was brought back. `detail: { goal, record }`.
   * - `rk-goal-status-changed`: A new status was saved. `detail: { goal, record, from, to }`.
   * - `rk-step-completed`: A step was ticked off and saved. `detail: { goal, record, step }`.
   * - `rk-storage-error`: Saving or loading failed; the person's text stays on screen and a retry is offered.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `addGoal(draft: GoalDraft) => Promise<RecordEnvelope<Goal>>`: Saves a new goal. Rejects with `ValidationError` (nothing saved) when the draft is
   * not valid, or with the store's error when saving fails.
   * - `focusGoal(id: string) => Promise<void>`: Opens a goal, scrolls to it and moves focus to its title.
   * - `removeGoal(id: string) => Promise<void>`: Removes a goal; the person can bring it back with Undo.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-accent`: Buttons, links and the open goal's edge. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of each goal. (default: `undefined`)
   * - `--rk-color-notice`: The "review date reached" marks. (default: `undefined`)
   * - `--rk-radius`: Corners of each goal. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `intro`: The welcome shown when there are no goals yet, with example ideas.
   * - `add-form`: The "add a goal" form.
   * - `filters`: The CHIME and status filters.
   * - `goal-list`: The list of goals.
   * - `goal`: One goal in the list.
   * - `goal-toggle`: The button (the goal's title) that opens and closes a goal.
   * - `goal-editor`: An open goal's fields.
   * - `goal-summary`: A goal shown as text (printing, read-only).
   * - `steps`: A goal's steps.
   * - `step`: One step.
   * - `review-due`: The gentle "review date reached" marks.
   * - `overview`: The overview section; `overview-table` is its table.
   * - `print-button`: The "Print my goals" button.
   * - `table-frame`: The frame a wide table scrolls in on narrow screens.
   */
  "rk-goal-tracker": Partial<
    RkGoalTrackerProps & BaseProps<RkGoalTracker> & BaseEvents
  >;

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
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `prompts`: Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). (property only)
   * - `strings`: Host overrides of any of the journal's strings. (property only)
   * - `entries`: Reads the store; exposed for tests and benchmarks (`entries.state`, `entries.index`). (property only) (readonly)
   * - `saveState`: The store's current state: `connecting`, `ready`, `saving`, `saved` or `error`. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-entry-saved`: An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id.
   * - `rk-entry-removed`: An entry was removed. `detail: { entry, record }`.
   * - `rk-storage-error`: Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-accent`: Buttons, links, pinned marks, chart line. (default: `undefined`)
   * - `--rk-color-surface-raised`: Entry cards and panels. (default: `undefined`)
   * - `--rk-color-border`: Card and field borders. (default: `undefined`)
   * - `--rk-journal-list-gap`: Space between entries. (default: `undefined`)
   * - `--rk-journal-list-block-size`: Height of the scrolling list of a long journal (default min(75vh, 40rem)). (default: `undefined`)
   * - `--rk-chart-block-size`: Height of the hope chart. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The tool header (title, "Need help now?", save status).
   * - `heading`: The journal's heading.
   * - `save-status`: The line saying whether and where entries are kept.
   * - `crisis-toggle`: The "Need help now?" button.
   * - `crisis-panel`: The crisis contacts panel.
   * - `section-heading`: The headings of the journal's sections.
   * - `composer`: The "write an entry" section.
   * - `prompt`: The offered or chosen prompt.
   * - `good-thing`: One of the "three good things" groups.
   * - `hope`: The hope check-in group.
   * - `chime`: The CHIME process choices.
   * - `confirm`: The "discard this draft?" confirmation.
   * - `field`: A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `filters`: The search box and filters.
   * - `list`: The list of entries.
   * - `entry`: One entry in the list.
   * - `entry-body`: An entry's text.
   * - `readonly-note`: The note on an entry that cannot be changed.
   * - `over-time`: The "looking back" section.
   * - `chart`: The hope check-in chart.
   * - `hope-table`: The table with the chart's numbers.
   * - `chime-frequency`: How often each CHIME process comes up.
   * - `table-frame`: The frame a wide table scrolls in on narrow screens.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-hope-journal": Partial<
    RkHopeJournalProps & BaseProps<RkHopeJournal> & BaseEvents
  >;

  /**
   * Puts what is inside it behind one calm unlock screen for an `EncryptedAdapter`. The
   * first time it asks for a passphrase (with a strength hint, never rules) and shows the
   * recovery code once, to be confirmed; after that it asks for the passphrase, or the
   * recovery code and a new passphrase. "Lock now" is always one step away; it locks by
   * itself after `lock-after` minutes without activity, and every tab locks together. It
   * says plainly that nobody can open the data without the passphrase or the recovery
   * code, and shows the crisis help link on every screen.
   *
   * `<rk-provider encryption="passphrase">` puts one around its content by itself. With
   * `encryption="optional"` (an `OptionalEncryptionAdapter`) a store without a passphrase
   * is shown as it is, with "Protect with a passphrase" above it; once protected, "Stop
   * protecting with a passphrase" asks for the passphrase and makes the store plain again.
   * Over a synced store whose other devices set another passphrase before they first
   * synced, it says so and offers to use theirs here (`EncryptedAdapter.joinOtherDevices`).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `lock-after`/`lockAfter`: Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now").
   * - `heading-level`/`headingLevel`: The level (1-6) of the screen's heading (default 2, as the tools').
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `adapter`: The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
   * is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
   * namespace and storage. (property only)
   * - `strings`: Overrides for any of the element's words. (property only)
   * - `effectiveHeadingLevel`: The heading level in use. (property only) (readonly)
   * - `effectiveAdapter`: The adapter in use: `.adapter`, else the provider's (see `adapter`). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-unlocked`: The data was unlocked. `detail: {}`.
   * - `rk-locked`: The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`.
   * - `rk-protection-changed`: The person turned the passphrase on or off. `detail: { protected: boolean }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: What the lock protects (the tools). It is not shown while locked.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `lock() => void`: Locks now, here and in every other tab ("Lock now").
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Background of the unlock screen. (default: `undefined`)
   * - `--rk-color-notice`: The edge of the plain warning. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `screen`: The unlock screen (every step of it).
   * - `heading`: The screen's heading.
   * - `warning`: The plain words about nobody else being able to open the data.
   * - `field`: A field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `strength`: The strength hint for a new passphrase.
   * - `code`: The recovery code, shown once.
   * - `submit`: The screen's main button.
   * - `forgot`: "Forgotten your passphrase?".
   * - `back`: Back from the recovery code to the passphrase.
   * - `bar`: The row with "Lock now" above the content.
   * - `lock-now`: The "Lock now" button.
   * - `protect`: "Protect with a passphrase", above a plain store the person may protect.
   * - `stop-protecting`: "Stop protecting with a passphrase".
   * - `cancel`: "Not now" or "Keep it protected": back to the content, nothing changed.
   * - `other-devices`: The notice that the person's other devices have another passphrase (before they first synced, each device set its own), with "Use the passphrase of my other devices" (`join`).
   * - `join`: The button that opens the screen asking for the other devices' passphrase.
   * - `content`: The wrapper of the slotted content.
   */
  "rk-lock": Partial<RkLockProps & BaseProps<RkLock> & BaseEvents>;

  /**
   * Lets a person take their data away and bring it back: save a copy of everything
   * kept in this namespace as a file, bring a saved copy back (checked and described
   * first, then merged: what is here stays, newer things from the copy are added or
   * updated), or erase everything after a second, plain warning. It uses the same store
   * as the tools around it, and they refresh themselves after an import or an erase.
   *
   * `readonly` leaves only "Save a copy".
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `strings`: Overrides for any of the element's words. (property only)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-data-exported`: A copy was made and downloaded. `detail: { count, fileName }`.
   * - `rk-data-imported`: A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...).
   * - `rk-data-erased`: Everything in the store was erased. `detail: {}`.
   * - `rk-storage-error`: Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-notice`: The edge of the erase warning. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of the erase warning and the preview. (default: `undefined`)
   * - `--rk-color-accent`: Buttons. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The title, help link and save status; `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - `heading`: The title and each section's heading.
   * - `export`: The "Save a copy" section.
   * - `import`: The "Bring back a copy" section.
   * - `erase`: The "Erase everything here" section.
   * - `field`: The file field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `preview`: What bringing back the chosen copy would do, with its buttons.
   * - `erase-warning`: The warning shown before erasing, with its buttons.
   * - `result`: What was just done (copy saved, copy back, erased).
   * - `problem`: A note that an action did not work.
   */
  "rk-my-data": Partial<RkMyDataProps & BaseProps<RkMyData> & BaseEvents>;

  /**
   * Shares one store and one configuration with every recovery-kit element inside it
   * (through `@lit/context`). Optional: elements work alone too. It takes no space of its
   * own (`display: contents`), so it does not change the host page's layout.
   *
   * An element's own attributes and properties win over the provider's.
   *
   * With `encryption="passphrase"` everything saved is encrypted with the person's own
   * passphrase, and every tool inside waits behind one unlock screen (`<rk-lock>`,
   * downloaded only then). A host that builds its own `.store` over an `EncryptedAdapter`
   * sets `encryption="passphrase"` too. With `encryption="optional"` the data stays plain
   * until the person chooses "Protect with a passphrase" on the lock's bar, and they can
   * stop again; with `passphrase` the host's choice wins and the person cannot turn it off.
   * With `sync-url` too, records are encrypted before they reach the synced store, so the
   * server holds ciphertext and the wrapped keys only, and another device of the person's
   * unlocks with the same passphrase.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `storage`: Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`.
   * - `namespace`: Which set of saved data the tools inside use. One store per namespace per page.
   * - `locale`: Locale for every element inside. Without it, each follows the page's `lang` (else en-GB).
   * - `theme`: `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page.
   * - `encryption`: `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none.
   * - `lock-after`/`lockAfter`: With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now").
   * - `sync-url`/`syncUrl`: The sync server's address (https; http only to localhost while developing). With it,
   * the tools' data is kept on this device and copied to that server, through the sync
   * code that downloads only then. Without it no request is ever made.
   * - `sync-organisation`/`syncOrganisation`: The organisation that runs the sync server, named where the person is told where their data is kept.
   * - `store`: A `RecordStore` to share instead of the one `storage` and `namespace` describe. (property only)
   * - `crisisContacts`: Crisis contacts for every "Need help now?" panel inside (default: UK contacts). (property only)
   * - `strings`: Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. (property only)
   * - `auth`: The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. (property only)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The recovery-kit elements (and anything else).
   */
  "rk-provider": Partial<RkProviderProps & BaseProps<RkProvider> & BaseEvents>;

  /**
   * One calm line that says where the person's data is kept and what happened to the
   * last save, with a short "Where is my data kept?" disclosure. It shows what it is
   * given; `toolHeader()` feeds it from a `StoreController`.
   *
   * Only what matters is announced to screen readers (politely): a failed save, the first
   * save, and that nothing will be kept - never every save while someone types.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `state`: Where saving stands (from `StoreController.state`).
   * - `durability`: How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page.
   * - `partitioned`: True when the page is in a third-party iframe whose storage the browser may clear.
   * - `lost`: True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again.
   * - `adapter`: The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device.
   * - `error-code`/`errorCode`: Why the last save failed, while `state` is `error`.
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `savedAt`: When the last save succeeded. (property only)
   * - `strings`: Overrides of this element's strings. (property only)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-retry-requested`: The person pressed "Try again"; the tool's `StoreController` retries the failed save.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-notice`: The marker beside a warning or failure. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `message`: The status line.
   * - `retry`: The "Try again" button.
   * - `details`: The "Where is my data kept?" disclosure.
   * - `sync`: The line about syncing with the person's other devices (only when the provider has a `sync-url`).
   */
  "rk-save-status": Partial<
    RkSaveStatusProps & BaseProps<RkSaveStatus> & BaseEvents
  >;

  /**
   * A life-areas ("star chart") self-assessment: the person rates each area of their life
   * from 1 to 10, sees it as a radar chart, saves readings over time, compares up to three,
   * and can record a supporter's view beside their own. Areas and scale words are the
   * host's to set (`areas`), and so is which readings the chart shows first (`show`, for
   * example `show="latest first"`); the default set is recovery-kit's own.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `show`: Which saved readings the history chart shows first: up to three words or reading ids,
   * separated by spaces (`show="latest first"`, or `el.show = \`${id} latest\``).
   * `latest` is the person's newest own reading, `previous` the one before it, `first`
   * their first, `supporter` the newest supporter's reading; any other word is the id of
   * a saved reading. Default `latest supporter`, which is also shown when none of the
   * readings named is saved. Once the person ticks readings (or saves one), their choice
   * wins while the element is on the page; it is a way of looking rather than something
   * they wrote, so it is not stored, and a new element starts from `show` again. A value
   * it cannot use warns once and shows the default; more than three warns and shows the
   * first three.
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `areas`: The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
   * `{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
   * A set with problems (no areas, empty or repeated keys) shows a message instead. (property only)
   * - `strings`: Overrides of any of the element's words. (property only)
   * - `areaSet`: The area set in use: the host's when it is valid, else the default in the locale's words. (property only) (readonly)
   * - `currentDraft`: The reading being taken, not saved yet (a copy). (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-reading-saved`: A reading was saved. `detail: { reading, created }` (a copy of the stored record).
   * - `rk-reading-removed`: A reading was removed. `detail: { reading }` (a copy of the record as it was).
   * - `rk-storage-error`: Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `saveReading() => Promise<void>`: Saves the reading being taken. Resolves once saved; on failure the reading stays on screen.
   * - `removeReading(id: string) => Promise<void>`: Removes a saved reading (a tombstone in the store).
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-series-1`: The first reading on a chart (the person's own view, newest first). (default: `undefined`)
   * - `--rk-color-series-2`: The second reading on a chart. (default: `undefined`)
   * - `--rk-color-series-3`: The third reading on a chart. (default: `undefined`)
   * - `--rk-chart-inline-size`: Largest width of each chart (default 40rem); the height follows at 3:4. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The tool's heading.
   * - `message`: The line announcing saves and removals.
   * - `form`: The rating form.
   * - `whose`: The "whose view is this" choice.
   * - `area`: One area's fieldset (label, 1-10 choice, note).
   * - `scale`: The row of 1-10 choices of one area.
   * - `focus`: The focus-areas choice.
   * - `save-button`: The save button.
   * - `chart`: A chart's container (the canvas is inside).
   * - `legend`: The list naming each reading on the history chart.
   * - `table`: A table with the same scores as the chart beside it.
   * - `table-frame`: The scrolling frame around a table.
   * - `picker`: The choice of readings to show.
   * - `supporter-badge`: The "Supporter’s view" label on a supporter's reading.
   * - `reading-details`: Change since the previous reading, focus areas and notes of one shown reading.
   * - `problem`: The message shown instead of the tool when the host's area set has a problem.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-star-assessment": Partial<
    RkStarAssessmentProps & BaseProps<RkStarAssessment> & BaseEvents
  >;

  /**
   * A staying-well plan that a person writes for themselves and the people around them:
   * what keeps them well, early signs, what they would like to happen when things get
   * harder or in a crisis, and who to contact. An optional safety-plan template follows
   * the six-step approach in plain words. Everything saves on the device as the person
   * types (shortly after typing stops, and at once when the page is hidden or closed).
   * A removed line or contact can be brought back with Undo, in the same place.
   *
   * One plan per namespace: it is stored under the fixed id `staying-well-plan`.
   * Switching template never deletes anything: sections the other template does not show
   * stay stored and come back when switched back.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `template`: The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan.
   * - `sections`: The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
   * list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON).
   * - `crisis-contacts`/`crisisContacts`: Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
   * the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list.
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `strings`: Overrides for any of the plan's words. (property only)
   * - `plan`: The plan as it is on screen (a copy). (property only) (readonly)
   * - `pending`: True while a change is waiting to be saved or being saved. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-plan-saved`: The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`.
   * - `rk-plan-reviewed`: The person marked the plan as looked over and it was saved. `detail: { plan, record }`.
   * - `rk-storage-error`: Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `flush() => Promise<void>`: Saves any waiting change now. Rejects when it could not be saved (the text stays on screen).
   * - `planText() => string`: The plan as plain text, in the words and order on screen.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface`: Background of each section. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of contact cards and notes. (default: `undefined`)
   * - `--rk-color-border`: Borders of sections, contacts and fields. (default: `undefined`)
   * - `--rk-color-notice`: The edge of gentle notes (review, kept sections, read-only). (default: `undefined`)
   * - `--rk-color-accent`: Buttons and links. (default: `undefined`)
   * - `--rk-radius`: Corners of each section. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The heading, help link and save status; `title`, `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - `template`: The choice between a staying-well plan and a safety plan.
   * - `section`: One section of the plan.
   * - `prompt`: A section's short explanation.
   * - `items`: A section's list of lines.
   * - `item`: One line, with its move and remove buttons.
   * - `contact`: One contact card.
   * - `contact-form`: The form for adding or changing a contact.
   * - `notice`: A note that the plan was also changed somewhere else (both versions kept), or brought back after being removed there.
   * - `crisis-lines`: The host's crisis lines in the contacts section.
   * - `review`: When the plan was last looked over, and the button to mark it.
   * - `share`: Print, copy as text and download.
   * - `field`: A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-staying-well-plan": Partial<
    RkStayingWellPlanProps & BaseProps<RkStayingWellPlan> & BaseEvents
  >;

  /**
   * A calm "Removed ‘X’. Undo" notice, shared by the tools that remove things. The host
   * calls `show(message)` after a removal has been saved; the message is announced
   * through a polite live region and the Undo button is reachable by keyboard. It closes
   * itself after `timeout` milliseconds, but never while the pointer is over it or focus
   * is inside it, so nobody is rushed (WCAG 2.2.1).
   *
   * The notice has no words of its own: the host passes its localized message and labels.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `undo-label`/`undoLabel`: Label of the Undo button (localized by the host).
   * - `dismiss-label`/`dismissLabel`: Label of the close button (localized by the host).
   * - `timeout`: Milliseconds before the notice closes itself; 0 keeps it open until dismissed.
   * - `open`: True while the notice is showing. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-undo-expired`: The notice closed without Undo (time-out or dismissed).
   * - `rk-undo-requested`: The person chose Undo. Not composed: it stays in the host's shadow root.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `show(message: string) => void`: Shows (or replaces) the notice and restarts its time-out.
   * - `hide() => void`: Closes the notice without telling anyone (for example after a successful undo).
   * - `focusUndo() => Promise<void>`: Moves focus to the Undo button once it is on screen.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Notice background. (default: `undefined`)
   * - `--rk-color-border`: Notice border colour. (default: `undefined`)
   * - `--rk-color-accent`: The buttons. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `notice`: The visible notice box.
   * - `message`: The message text.
   * - `undo-button`: The Undo button.
   * - `dismiss-button`: The button that closes the notice.
   */
  "rk-undo-notice": Partial<
    RkUndoNoticeProps & BaseProps<RkUndoNotice> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * The same "Need help now?" button in the same place in every tool (WCAG 2.2, 3.2.6
   * consistent help). It opens a panel in place - not a dialog, focus is not trapped -
   * with a short line of support and each contact's purpose, availability and link.
   * Escape closes the panel and puts focus back on the button.
   *
   * Contacts come from `.contacts`, else the provider's `crisisContacts`, else the UK
   * defaults. Only `https:`, `tel:`, `sms:` and `mailto:` links are made; a contact with
   * any other URL (`javascript:`, `data:`, ...) is shown as text without a link, and
   * `console.warn` says why.
   *
   * The host is `display: contents`: the button and the panel are laid out by the parent
   * (in a flex row the open panel takes a full row of its own).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `open`: Whether the panel is open.
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `contacts`: The contacts to show (default: the provider's, else the UK contacts). (property only)
   * - `strings`: Overrides of this element's strings. (property only)
   * - `effectiveContacts`: The contacts in use: `.contacts`, the provider's, or the locale's defaults (Wales for `cy`), else the UK's; an empty list falls back too. (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `toggle(open = !this.open) => void`: Opens or closes the panel. Closing returns focus to the button.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Background of the panel. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `toggle`: The "Need help now?" button.
   * - `panel`: The panel that opens below it.
   * - `intro`: The opening lines of the panel.
   * - `contact`: One contact (a list item).
   * - `link`: A contact's link.
   * - `close`: The close button.
   */
  "rk-crisis-help": Partial<
    RkCrisisHelpProps &
      RkCrisisHelpSolidJsProps &
      BaseProps<RkCrisisHelp> &
      BaseEvents
  >;

  /**
   * A place for a person's recovery goals, in their own words, each linked to the CHIME
   * processes it serves, with steps, strengths, what might get in the way, who can help
   * and a review date. Goals are saved on the person's device as they go.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `ideas`: Example goal ideas per CHIME process for the empty tracker (default: ours). (property only)
   * - `strings`: Overrides for any of the tracker's words. (property only)
   * - `goalRecords`: The goals now stored (valid ones), in the order they were created. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-goal-created`: A new goal was saved. `detail: { goal, record }`.
   * - `rk-goal-updated`: A goal's changes were saved. `detail: { goal, record }`.
   * - `rk-goal-removed`: A goal was removed (it can be brought back with Undo). `detail: { goal, record }`.
   * - `rk-goal-restored`: A removed goal was brought back. `detail: { goal, record }`.
   * - `rk-goal-status-changed`: A new status was saved. `detail: { goal, record, from, to }`.
   * - `rk-step-completed`: A step was ticked off and saved. `detail: { goal, record, step }`.
   * - `rk-storage-error`: Saving or loading failed; the person's text stays on screen and a retry is offered.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `addGoal(draft: GoalDraft) => Promise<RecordEnvelope<Goal>>`: Saves a new goal. Rejects with `ValidationError` (nothing saved) when the draft is
   * not valid, or with the store's error when saving fails.
   * - `focusGoal(id: string) => Promise<void>`: Opens a goal, scrolls to it and moves focus to its title.
   * - `removeGoal(id: string) => Promise<void>`: Removes a goal; the person can bring it back with Undo.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-accent`: Buttons, links and the open goal's edge. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of each goal. (default: `undefined`)
   * - `--rk-color-notice`: The "review date reached" marks. (default: `undefined`)
   * - `--rk-radius`: Corners of each goal. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `intro`: The welcome shown when there are no goals yet, with example ideas.
   * - `add-form`: The "add a goal" form.
   * - `filters`: The CHIME and status filters.
   * - `goal-list`: The list of goals.
   * - `goal`: One goal in the list.
   * - `goal-toggle`: The button (the goal's title) that opens and closes a goal.
   * - `goal-editor`: An open goal's fields.
   * - `goal-summary`: A goal shown as text (printing, read-only).
   * - `steps`: A goal's steps.
   * - `step`: One step.
   * - `review-due`: The gentle "review date reached" marks.
   * - `overview`: The overview section; `overview-table` is its table.
   * - `print-button`: The "Print my goals" button.
   * - `table-frame`: The frame a wide table scrolls in on narrow screens.
   */
  "rk-goal-tracker": Partial<
    RkGoalTrackerProps &
      RkGoalTrackerSolidJsProps &
      BaseProps<RkGoalTracker> &
      BaseEvents
  >;

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
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `prompts`: Writing prompts to offer instead of the defaults (each `{ id, text, form? }`). (property only)
   * - `strings`: Host overrides of any of the journal's strings. (property only)
   * - `entries`: Reads the store; exposed for tests and benchmarks (`entries.state`, `entries.index`). (property only) (readonly)
   * - `saveState`: The store's current state: `connecting`, `ready`, `saving`, `saved` or `error`. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-entry-saved`: An entry was written, edited, pinned or unpinned, or brought back with Undo. `detail: { entry, record, change }`; an edit of an entry removed elsewhere meanwhile brings it back, as `change: 'restored'` with the same id.
   * - `rk-entry-removed`: An entry was removed. `detail: { entry, record }`.
   * - `rk-storage-error`: Reading or saving failed; what was typed stays on screen and retry is offered. `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-accent`: Buttons, links, pinned marks, chart line. (default: `undefined`)
   * - `--rk-color-surface-raised`: Entry cards and panels. (default: `undefined`)
   * - `--rk-color-border`: Card and field borders. (default: `undefined`)
   * - `--rk-journal-list-gap`: Space between entries. (default: `undefined`)
   * - `--rk-journal-list-block-size`: Height of the scrolling list of a long journal (default min(75vh, 40rem)). (default: `undefined`)
   * - `--rk-chart-block-size`: Height of the hope chart. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The tool header (title, "Need help now?", save status).
   * - `heading`: The journal's heading.
   * - `save-status`: The line saying whether and where entries are kept.
   * - `crisis-toggle`: The "Need help now?" button.
   * - `crisis-panel`: The crisis contacts panel.
   * - `section-heading`: The headings of the journal's sections.
   * - `composer`: The "write an entry" section.
   * - `prompt`: The offered or chosen prompt.
   * - `good-thing`: One of the "three good things" groups.
   * - `hope`: The hope check-in group.
   * - `chime`: The CHIME process choices.
   * - `confirm`: The "discard this draft?" confirmation.
   * - `field`: A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `filters`: The search box and filters.
   * - `list`: The list of entries.
   * - `entry`: One entry in the list.
   * - `entry-body`: An entry's text.
   * - `readonly-note`: The note on an entry that cannot be changed.
   * - `over-time`: The "looking back" section.
   * - `chart`: The hope check-in chart.
   * - `hope-table`: The table with the chart's numbers.
   * - `chime-frequency`: How often each CHIME process comes up.
   * - `table-frame`: The frame a wide table scrolls in on narrow screens.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-hope-journal": Partial<
    RkHopeJournalProps &
      RkHopeJournalSolidJsProps &
      BaseProps<RkHopeJournal> &
      BaseEvents
  >;

  /**
   * Puts what is inside it behind one calm unlock screen for an `EncryptedAdapter`. The
   * first time it asks for a passphrase (with a strength hint, never rules) and shows the
   * recovery code once, to be confirmed; after that it asks for the passphrase, or the
   * recovery code and a new passphrase. "Lock now" is always one step away; it locks by
   * itself after `lock-after` minutes without activity, and every tab locks together. It
   * says plainly that nobody can open the data without the passphrase or the recovery
   * code, and shows the crisis help link on every screen.
   *
   * `<rk-provider encryption="passphrase">` puts one around its content by itself. With
   * `encryption="optional"` (an `OptionalEncryptionAdapter`) a store without a passphrase
   * is shown as it is, with "Protect with a passphrase" above it; once protected, "Stop
   * protecting with a passphrase" asks for the passphrase and makes the store plain again.
   * Over a synced store whose other devices set another passphrase before they first
   * synced, it says so and offers to use theirs here (`EncryptedAdapter.joinOtherDevices`).
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `lock-after`/`lockAfter`: Minutes without activity before locking by itself (default 15; 0 locks only on "Lock now").
   * - `heading-level`/`headingLevel`: The level (1-6) of the screen's heading (default 2, as the tools').
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `adapter`: The encrypted adapter to unlock. Inside `<rk-provider encryption>` it
   * is the provider's: its `.store`'s adapter, or the page's encrypted adapter for its
   * namespace and storage. (property only)
   * - `strings`: Overrides for any of the element's words. (property only)
   * - `effectiveHeadingLevel`: The heading level in use. (property only) (readonly)
   * - `effectiveAdapter`: The adapter in use: `.adapter`, else the provider's (see `adapter`). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-unlocked`: The data was unlocked. `detail: {}`.
   * - `rk-locked`: The data was locked. `detail: { reason: 'asked' | 'idle' | 'elsewhere' }`.
   * - `rk-protection-changed`: The person turned the passphrase on or off. `detail: { protected: boolean }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: What the lock protects (the tools). It is not shown while locked.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `lock() => void`: Locks now, here and in every other tab ("Lock now").
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Background of the unlock screen. (default: `undefined`)
   * - `--rk-color-notice`: The edge of the plain warning. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `screen`: The unlock screen (every step of it).
   * - `heading`: The screen's heading.
   * - `warning`: The plain words about nobody else being able to open the data.
   * - `field`: A field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `strength`: The strength hint for a new passphrase.
   * - `code`: The recovery code, shown once.
   * - `submit`: The screen's main button.
   * - `forgot`: "Forgotten your passphrase?".
   * - `back`: Back from the recovery code to the passphrase.
   * - `bar`: The row with "Lock now" above the content.
   * - `lock-now`: The "Lock now" button.
   * - `protect`: "Protect with a passphrase", above a plain store the person may protect.
   * - `stop-protecting`: "Stop protecting with a passphrase".
   * - `cancel`: "Not now" or "Keep it protected": back to the content, nothing changed.
   * - `other-devices`: The notice that the person's other devices have another passphrase (before they first synced, each device set its own), with "Use the passphrase of my other devices" (`join`).
   * - `join`: The button that opens the screen asking for the other devices' passphrase.
   * - `content`: The wrapper of the slotted content.
   */
  "rk-lock": Partial<
    RkLockProps & RkLockSolidJsProps & BaseProps<RkLock> & BaseEvents
  >;

  /**
   * Lets a person take their data away and bring it back: save a copy of everything
   * kept in this namespace as a file, bring a saved copy back (checked and described
   * first, then merged: what is here stays, newer things from the copy are added or
   * updated), or erase everything after a second, plain warning. It uses the same store
   * as the tools around it, and they refresh themselves after an import or an erase.
   *
   * `readonly` leaves only "Save a copy".
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `strings`: Overrides for any of the element's words. (property only)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-data-exported`: A copy was made and downloaded. `detail: { count, fileName }`.
   * - `rk-data-imported`: A copy was brought back. `detail`: the import report (`added`, `replaced`, `kept`, ...).
   * - `rk-data-erased`: Everything in the store was erased. `detail: {}`.
   * - `rk-storage-error`: Reading or writing failed; the save status offers "Try again". `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-notice`: The edge of the erase warning. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of the erase warning and the preview. (default: `undefined`)
   * - `--rk-color-accent`: Buttons. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The title, help link and save status; `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - `heading`: The title and each section's heading.
   * - `export`: The "Save a copy" section.
   * - `import`: The "Bring back a copy" section.
   * - `erase`: The "Erase everything here" section.
   * - `field`: The file field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `preview`: What bringing back the chosen copy would do, with its buttons.
   * - `erase-warning`: The warning shown before erasing, with its buttons.
   * - `result`: What was just done (copy saved, copy back, erased).
   * - `problem`: A note that an action did not work.
   */
  "rk-my-data": Partial<
    RkMyDataProps & RkMyDataSolidJsProps & BaseProps<RkMyData> & BaseEvents
  >;

  /**
   * Shares one store and one configuration with every recovery-kit element inside it
   * (through `@lit/context`). Optional: elements work alone too. It takes no space of its
   * own (`display: contents`), so it does not change the host page's layout.
   *
   * An element's own attributes and properties win over the provider's.
   *
   * With `encryption="passphrase"` everything saved is encrypted with the person's own
   * passphrase, and every tool inside waits behind one unlock screen (`<rk-lock>`,
   * downloaded only then). A host that builds its own `.store` over an `EncryptedAdapter`
   * sets `encryption="passphrase"` too. With `encryption="optional"` the data stays plain
   * until the person chooses "Protect with a passphrase" on the lock's bar, and they can
   * stop again; with `passphrase` the host's choice wins and the person cannot turn it off.
   * With `sync-url` too, records are encrypted before they reach the synced store, so the
   * server holds ciphertext and the wrapped keys only, and another device of the person's
   * unlocks with the same passphrase.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `storage`: Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`.
   * - `namespace`: Which set of saved data the tools inside use. One store per namespace per page.
   * - `locale`: Locale for every element inside. Without it, each follows the page's `lang` (else en-GB).
   * - `theme`: `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page.
   * - `encryption`: `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none.
   * - `lock-after`/`lockAfter`: With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now").
   * - `sync-url`/`syncUrl`: The sync server's address (https; http only to localhost while developing). With it,
   * the tools' data is kept on this device and copied to that server, through the sync
   * code that downloads only then. Without it no request is ever made.
   * - `sync-organisation`/`syncOrganisation`: The organisation that runs the sync server, named where the person is told where their data is kept.
   * - `store`: A `RecordStore` to share instead of the one `storage` and `namespace` describe. (property only)
   * - `crisisContacts`: Crisis contacts for every "Need help now?" panel inside (default: UK contacts). (property only)
   * - `strings`: Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. (property only)
   * - `auth`: The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. (property only)
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The recovery-kit elements (and anything else).
   */
  "rk-provider": Partial<
    RkProviderProps &
      RkProviderSolidJsProps &
      BaseProps<RkProvider> &
      BaseEvents
  >;

  /**
   * One calm line that says where the person's data is kept and what happened to the
   * last save, with a short "Where is my data kept?" disclosure. It shows what it is
   * given; `toolHeader()` feeds it from a `StoreController`.
   *
   * Only what matters is announced to screen readers (politely): a failed save, the first
   * save, and that nothing will be kept - never every save while someone types.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `state`: Where saving stands (from `StoreController.state`).
   * - `durability`: How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page.
   * - `partitioned`: True when the page is in a third-party iframe whose storage the browser may clear.
   * - `lost`: True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again.
   * - `adapter`: The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device.
   * - `error-code`/`errorCode`: Why the last save failed, while `state` is `error`.
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `savedAt`: When the last save succeeded. (property only)
   * - `strings`: Overrides of this element's strings. (property only)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-retry-requested`: The person pressed "Try again"; the tool's `StoreController` retries the failed save.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-notice`: The marker beside a warning or failure. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `message`: The status line.
   * - `retry`: The "Try again" button.
   * - `details`: The "Where is my data kept?" disclosure.
   * - `sync`: The line about syncing with the person's other devices (only when the provider has a `sync-url`).
   */
  "rk-save-status": Partial<
    RkSaveStatusProps &
      RkSaveStatusSolidJsProps &
      BaseProps<RkSaveStatus> &
      BaseEvents
  >;

  /**
   * A life-areas ("star chart") self-assessment: the person rates each area of their life
   * from 1 to 10, sees it as a radar chart, saves readings over time, compares up to three,
   * and can record a supporter's view beside their own. Areas and scale words are the
   * host's to set (`areas`), and so is which readings the chart shows first (`show`, for
   * example `show="latest first"`); the default set is recovery-kit's own.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `show`: Which saved readings the history chart shows first: up to three words or reading ids,
   * separated by spaces (`show="latest first"`, or `el.show = \`${id} latest\``).
   * `latest` is the person's newest own reading, `previous` the one before it, `first`
   * their first, `supporter` the newest supporter's reading; any other word is the id of
   * a saved reading. Default `latest supporter`, which is also shown when none of the
   * readings named is saved. Once the person ticks readings (or saves one), their choice
   * wins while the element is on the page; it is a way of looking rather than something
   * they wrote, so it is not stored, and a new element starts from `show` again. A value
   * it cannot use warns once and shows the default; more than three warns and shows the
   * first three.
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `areas`: The life areas to rate: a list of `{ key, label, description?, anchors? }`, or
   * `{ id, areas, anchors }`. Default: recovery-kit's eight areas and neutral scale.
   * A set with problems (no areas, empty or repeated keys) shows a message instead. (property only)
   * - `strings`: Overrides of any of the element's words. (property only)
   * - `areaSet`: The area set in use: the host's when it is valid, else the default in the locale's words. (property only) (readonly)
   * - `currentDraft`: The reading being taken, not saved yet (a copy). (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-reading-saved`: A reading was saved. `detail: { reading, created }` (a copy of the stored record).
   * - `rk-reading-removed`: A reading was removed. `detail: { reading }` (a copy of the record as it was).
   * - `rk-storage-error`: Loading or saving failed. `detail: { error, operation, retryable }`. What was typed stays on screen.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `saveReading() => Promise<void>`: Saves the reading being taken. Resolves once saved; on failure the reading stays on screen.
   * - `removeReading(id: string) => Promise<void>`: Removes a saved reading (a tombstone in the store).
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-series-1`: The first reading on a chart (the person's own view, newest first). (default: `undefined`)
   * - `--rk-color-series-2`: The second reading on a chart. (default: `undefined`)
   * - `--rk-color-series-3`: The third reading on a chart. (default: `undefined`)
   * - `--rk-chart-inline-size`: Largest width of each chart (default 40rem); the height follows at 3:4. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The tool's heading.
   * - `message`: The line announcing saves and removals.
   * - `form`: The rating form.
   * - `whose`: The "whose view is this" choice.
   * - `area`: One area's fieldset (label, 1-10 choice, note).
   * - `scale`: The row of 1-10 choices of one area.
   * - `focus`: The focus-areas choice.
   * - `save-button`: The save button.
   * - `chart`: A chart's container (the canvas is inside).
   * - `legend`: The list naming each reading on the history chart.
   * - `table`: A table with the same scores as the chart beside it.
   * - `table-frame`: The scrolling frame around a table.
   * - `picker`: The choice of readings to show.
   * - `supporter-badge`: The "Supporter’s view" label on a supporter's reading.
   * - `reading-details`: Change since the previous reading, focus areas and notes of one shown reading.
   * - `problem`: The message shown instead of the tool when the host's area set has a problem.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-star-assessment": Partial<
    RkStarAssessmentProps &
      RkStarAssessmentSolidJsProps &
      BaseProps<RkStarAssessment> &
      BaseEvents
  >;

  /**
   * A staying-well plan that a person writes for themselves and the people around them:
   * what keeps them well, early signs, what they would like to happen when things get
   * harder or in a crisis, and who to contact. An optional safety-plan template follows
   * the six-step approach in plain words. Everything saves on the device as the person
   * types (shortly after typing stops, and at once when the page is hidden or closed).
   * A removed line or contact can be brought back with Undo, in the same place.
   *
   * One plan per namespace: it is stored under the fixed id `staying-well-plan`.
   * Switching template never deletes anything: sections the other template does not show
   * stay stored and come back when switched back.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `template`: The template a new plan starts on: `staying-well` (default) or `safety`. The person's choice is then saved with the plan.
   * - `sections`: The host's changes to the sections: rename, reword the prompt, reorder, hide, or add a
   * list section (`[{ key, title?, prompt?, hidden? }]`; as an attribute, JSON).
   * - `crisis-contacts`/`crisisContacts`: Crisis lines listed in the contacts section and the help panel (`CrisisContact[]`; as
   * the `crisis-contacts` attribute, JSON). Default: the provider's, else the UK list.
   * - `readonly`: Shows the content without any way to change it.
   * - `heading-level`/`headingLevel`: The level (1-6) of the element's own heading; its sections use the next level down.
   * Anything else warns and falls back to 2.
   * - `namespace`: Which set of saved data to use (one per namespace). Default: the provider's, else "default".
   * - `locale`: BCP 47 locale for the element's words. Default: the provider's, else the nearest `lang` (`<html lang>` included), else en-GB.
   * - `theme`: `light`, `dark`, or `auto` (the OS setting). Without it, the page's colour scheme is followed.
   * - `strings`: Overrides for any of the plan's words. (property only)
   * - `plan`: The plan as it is on screen (a copy). (property only) (readonly)
   * - `pending`: True while a change is waiting to be saved or being saved. (property only) (readonly)
   * - `store`: A `RecordStore` to use instead of the provider's or the default one. (property only)
   * - `effectiveHeadingLevel`: The heading level in use (the valid `heading-level`, else 2). (property only) (readonly)
   * - `rkConfig`: Configuration shared by an enclosing `<rk-provider>`, if any. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-plan-saved`: The plan was saved (after typing pauses, or at once for contacts, template, removals and Undo). `detail: { plan, record }`.
   * - `rk-plan-reviewed`: The person marked the plan as looked over and it was saved. `detail: { plan, record }`.
   * - `rk-storage-error`: Loading or saving failed; the text stays on screen and a retry is offered. `detail: { error, operation, retryable }`.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `flush() => Promise<void>`: Saves any waiting change now. Rejects when it could not be saved (the text stays on screen).
   * - `planText() => string`: The plan as plain text, in the words and order on screen.
   * - `emit(type: K, detail: RkEventDetailMap[K]) => boolean`: Fires a recovery-kit event from this element (bubbles, crosses shadow roots). The
   * `detail` type comes from the event's entry in `RkEventDetailMap`. Fire only after
   * the write the event reports has succeeded. Returns false if a listener cancelled it.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface`: Background of each section. (default: `undefined`)
   * - `--rk-color-surface-raised`: Background of contact cards and notes. (default: `undefined`)
   * - `--rk-color-border`: Borders of sections, contacts and fields. (default: `undefined`)
   * - `--rk-color-notice`: The edge of gentle notes (review, kept sections, read-only). (default: `undefined`)
   * - `--rk-color-accent`: Buttons and links. (default: `undefined`)
   * - `--rk-radius`: Corners of each section. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The heading, help link and save status; `title`, `save-status`, `crisis-toggle` and `crisis-panel` are its pieces.
   * - `template`: The choice between a staying-well plan and a safety plan.
   * - `section`: One section of the plan.
   * - `prompt`: A section's short explanation.
   * - `items`: A section's list of lines.
   * - `item`: One line, with its move and remove buttons.
   * - `contact`: One contact card.
   * - `contact-form`: The form for adding or changing a contact.
   * - `notice`: A note that the plan was also changed somewhere else (both versions kept), or brought back after being removed there.
   * - `crisis-lines`: The host's crisis lines in the contacts section.
   * - `review`: When the plan was last looked over, and the button to mark it.
   * - `share`: Print, copy as text and download.
   * - `field`: A labelled field; `label`, `hint`, `field-error` and `control` are its pieces.
   * - `limit`: The line under a limited field saying how many characters are left.
   */
  "rk-staying-well-plan": Partial<
    RkStayingWellPlanProps &
      RkStayingWellPlanSolidJsProps &
      BaseProps<RkStayingWellPlan> &
      BaseEvents
  >;

  /**
   * A calm "Removed ‘X’. Undo" notice, shared by the tools that remove things. The host
   * calls `show(message)` after a removal has been saved; the message is announced
   * through a polite live region and the Undo button is reachable by keyboard. It closes
   * itself after `timeout` milliseconds, but never while the pointer is over it or focus
   * is inside it, so nobody is rushed (WCAG 2.2.1).
   *
   * The notice has no words of its own: the host passes its localized message and labels.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `undo-label`/`undoLabel`: Label of the Undo button (localized by the host).
   * - `dismiss-label`/`dismissLabel`: Label of the close button (localized by the host).
   * - `timeout`: Milliseconds before the notice closes itself; 0 keeps it open until dismissed.
   * - `open`: True while the notice is showing. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `rk-undo-expired`: The notice closed without Undo (time-out or dismissed).
   * - `rk-undo-requested`: The person chose Undo. Not composed: it stays in the host's shadow root.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `show(message: string) => void`: Shows (or replaces) the notice and restarts its time-out.
   * - `hide() => void`: Closes the notice without telling anyone (for example after a successful undo).
   * - `focusUndo() => Promise<void>`: Moves focus to the Undo button once it is on screen.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--rk-color-surface-raised`: Notice background. (default: `undefined`)
   * - `--rk-color-border`: Notice border colour. (default: `undefined`)
   * - `--rk-color-accent`: The buttons. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `notice`: The visible notice box.
   * - `message`: The message text.
   * - `undo-button`: The Undo button.
   * - `dismiss-button`: The button that closes the notice.
   */
  "rk-undo-notice": Partial<
    RkUndoNoticeProps &
      RkUndoNoticeSolidJsProps &
      BaseProps<RkUndoNotice> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Background of the panel. */
  "--rk-color-surface-raised"?: string | undefined;
  /** Buttons, links and the open goal's edge. */
  "--rk-color-accent"?: string | undefined;
  /** The "review date reached" marks. */
  "--rk-color-notice"?: string | undefined;
  /** Corners of each goal. */
  "--rk-radius"?: string | undefined;
  /** Card and field borders. */
  "--rk-color-border"?: string | undefined;
  /** Space between entries. */
  "--rk-journal-list-gap"?: string | undefined;
  /** Height of the scrolling list of a long journal (default min(75vh, 40rem)). */
  "--rk-journal-list-block-size"?: string | undefined;
  /** Height of the hope chart. */
  "--rk-chart-block-size"?: string | undefined;
  /** The first reading on a chart (the person's own view, newest first). */
  "--rk-color-series-1"?: string | undefined;
  /** The second reading on a chart. */
  "--rk-color-series-2"?: string | undefined;
  /** The third reading on a chart. */
  "--rk-color-series-3"?: string | undefined;
  /** Largest width of each chart (default 40rem); the height follows at 3:4. */
  "--rk-chart-inline-size"?: string | undefined;
  /** Background of each section. */
  "--rk-color-surface"?: string | undefined;
};
