// Storage: records, adapters, the record store and backups.
export type { RecordEnvelope, RecordDraft } from './core/record.js';
export { orderKeyOf } from './core/record.js';
export { envelopeProblem } from './core/record.js';
export type { RecordModel, ValidationProblem, ValidationCode } from './core/model.js';
export { ValidationError } from './core/model.js';
export { newId } from './core/ids.js';
export type * from './storage/storage-adapter.js';
export { isCorrupt } from './storage/storage-adapter.js';
export type { LeaveJournal, KeptTyping } from './storage/leave-journal.js';
export { StorageError, isStorageError, type StorageErrorCode } from './storage/storage-error.js';
export {
  MemoryAdapter,
  MemoryDatabase,
  type MemoryAdapterOptions,
} from './storage/memory-adapter.js';
export { RecordStore, type RecordStoreOptions } from './storage/record-store.js';
export { exportBundle, importBundle, type ImportOptions } from './storage/backup.js';
export { RecordCollection, type CollectionListOptions } from './storage/record-collection.js';
export type { StoredItem, StoredItemStatus } from './storage/stored-item.js';
export type { ImportReport } from './storage/import-plan.js';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  checkBundle,
  type ExportBundle,
  type ExportedRecord,
  type BundleProblem,
  type BundleCheck,
} from './core/export-format.js';
export { IndexedDbAdapter, type IndexedDbAdapterOptions } from './storage/indexeddb-adapter.js';

// Staying-well plan: model, sections, text export, element and the shared autosave controller.
export {
  createPlan,
  planModel,
  validatePlan,
  PLAN_RECORD_ID,
  type Plan,
  type PlanItem,
  type PlanSectionContent,
} from './core/plan.js';
export {
  validateContact,
  phoneProblem,
  emailProblem,
  PLAN_CONTACT_KINDS,
  type PlanContact,
  type PlanContactKind,
} from './core/plan-contact.js';
export {
  STAYING_WELL_SECTIONS,
  SAFETY_PLAN_SECTIONS,
  PLAN_TEMPLATES,
  resolveSections,
  templateSections,
  type PlanTemplate,
  type PlanSection,
  type PlanSectionConfig,
  type PlanSectionKind,
} from './core/plan-sections.js';
export * as planOperations from './core/plan-operations.js';
export { planToText, type PlanTextLabels, type PlanTextCrisisLine } from './core/plan-text.js';
export type { PlanEventDetail } from './events/plan-events.js';
export {
  AutosaveController,
  DEFAULT_AUTOSAVE_DELAY,
  type AutosaveOptions,
} from './elements/controllers/autosave-controller.js';
export { RkStayingWellPlan } from './elements/staying-well-plan/staying-well-plan.js';
export {
  stayingWellPlanStrings,
  type StayingWellPlanStrings,
} from './elements/staying-well-plan/staying-well-plan.strings.js';
// Shared element pieces: base class, provider, crisis help, save status, controllers, i18n, styles.
export { defineElement } from './elements/define-element.js';
export { RkElement, type RkTheme } from './elements/rk-element.js';
export { RkTool, DEFAULT_HEADING_LEVEL } from './elements/rk-tool.js';
export {
  rkConfigContext,
  DEFAULT_NAMESPACE,
  DEFAULT_STORAGE,
  STORAGE_KINDS,
  type RkConfig,
  type StorageKind,
} from './elements/context.js';
export { RkProvider } from './elements/provider/rk-provider.js';
export { RkCrisisHelp } from './elements/crisis-help/rk-crisis-help.js';
export { crisisHelpStrings } from './elements/crisis-help/crisis-help.strings.js';
export { RkSaveStatus } from './elements/save-status/rk-save-status.js';
export { saveStatusStrings } from './elements/save-status/save-status.strings.js';
export {
  StoreController,
  type StoreState,
  type StoreHost,
  type StoreControllerOptions,
} from './elements/controllers/store-controller.js';
export { sharedStore, openStore } from './elements/controllers/default-store.js';
export { toolHeader, type ToolHeaderOptions } from './elements/tool-header.js';
export {
  textField,
  textAreaField,
  selectField,
  type FieldOptions,
  type TextFieldOptions,
  type TextAreaFieldOptions,
  type SelectFieldOptions,
  type SelectOption,
} from './elements/form-field.js';
export { LocalizeController, type LocalizeHost } from './i18n/localize-controller.js';
export { registerLocale, DEFAULT_LOCALE } from './i18n/locale-registry.js';
export { loadLocale } from './i18n/locale-registry.js';
export { pseudoLocalize } from './i18n/pseudo-locale.js';
export { pseudoBidi } from './i18n/pseudo-locale.js';
export { plural, pluralCategories, type Plural, type PluralForms } from './i18n/plural.js';
export { message, select, type Message, type Select } from './i18n/message.js';
export { formatMonth, formatMoment, timeOfDay } from './i18n/date-display.js';
export { EN_GB_STRINGS } from './i18n/string-sections.js';
export {
  commonStrings,
  validationMessage,
  type CommonStrings,
  type ValidationMessage,
} from './i18n/common.strings.js';
export type {
  StringValue,
  StringTable,
  StringOverrides,
  SectionName,
  SectionOverrides,
  LocaleDefinition,
  LocaleDates,
  LocaleContent,
} from './i18n/string-table.js';
export { tokens, themeStyles } from './styles/tokens.js';
export { sharedStyles } from './styles/shared-styles.js';
export { safeHref, SAFE_URL_SCHEMES } from './core/safe-url.js';
export { UK_CRISIS_CONTACTS, type CrisisContact } from './core/crisis-contacts.js';
export {
  createRkEvent,
  type RkEvent,
  type RkEventMap,
  type RkEventName,
} from './events/rk-event.js';
export type { StorageErrorDetail } from './events/storage-events.js';
export { RkHopeJournal } from './elements/hope-journal/hope-journal.js';
export {
  hopeJournalStrings,
  type HopeJournalStrings,
} from './elements/hope-journal/hope-journal.strings.js';
export {
  entryModel,
  validateEntry,
  normalizeEntry,
  ENTRY_LIMITS,
  HOPE_MIN,
  HOPE_MAX,
  type Entry,
  type EntryPrompt,
  type GoodThing,
} from './core/entry.js';
export { entryDraftModel, type EntryDraft } from './core/entry-draft.js';
export {
  DEFAULT_PROMPTS,
  THREE_GOOD_THINGS_PROMPT_ID,
  usablePrompts,
  type JournalPrompt,
  type PromptForm,
} from './core/journal-prompts.js';
export {
  JournalIndex,
  hopeSeries,
  chimeFrequency,
  type JournalQuery,
  type JournalItem,
} from './core/journal-search.js';
export { JournalSummary, type HopeSeries, type HopePoint } from './core/journal-summary.js';
export type { EntryEventDetail, EntrySavedDetail } from './events/entry-events.js';
export {
  LocalStorageAdapter,
  type LocalStorageAdapterOptions,
} from './storage/localstorage-adapter.js';
// Goals: CHIME processes (shared by every tool), the goal model and operations, the element and the undo notice.
export {
  CHIME_KEYS,
  CHIME_PROCESSES,
  isChimeKey,
  type ChimeKey,
  type ChimeProcess,
} from './core/chime.js';
export {
  createGoal,
  goalModel,
  validateGoal,
  isDateOnly,
  GOAL_STATUSES,
  GOAL_TEXT_MAX,
  GOAL_LIST_MAX,
  type Goal,
  type GoalDraft,
  type GoalStatus,
  type GoalStep,
  type GoalBarrier,
} from './core/goal.js';
export * as goalOperations from './core/goal-operations.js';
export type { GoalFilter, ChimeTally } from './core/goal-operations.js';
export { DEFAULT_GOAL_IDEAS, type GoalIdeas } from './core/goal-ideas.js';
export type {
  GoalEventDetail,
  GoalStatusChangedDetail,
  StepCompletedDetail,
} from './events/goal-events.js';
export { RkGoalTracker } from './elements/goal-tracker/goal-tracker.js';
export {
  goalTrackerStrings,
  type GoalTrackerStrings,
} from './elements/goal-tracker/goal-tracker.strings.js';
export { RkUndoNotice, UNDO_TIMEOUT } from './elements/undo/undo-notice.js';

// Star chart (life areas): default areas and scale, the reading model, the element and the shared lazy chart loader.
export {
  DEFAULT_AREAS,
  DEFAULT_ANCHORS,
  DEFAULT_AREA_SET,
  DEFAULT_AREA_SET_ID,
  SCALE_MIN,
  SCALE_MAX,
  areaSetId,
  checkAreaSet,
  anchorFor,
  isScore,
  type LifeArea,
  type ScaleAnchor,
  type AreaSet,
  type AreaSetInput,
  type AreaSetCheck,
} from './core/life-areas.js';
export {
  readingModel,
  validateReading,
  emptyReading,
  tidyReading,
  readableReading,
  scoreState,
  areasForReading,
  unknownAreaKeys,
  previousReading,
  changesBetween,
  MAX_FOCUS_AREAS,
  type Reading,
  type ReadingArea,
  type ReadingAuthor,
  type ScoreState,
  type AreaChange,
} from './core/reading.js';
export { localDay } from './core/calendar-day.js';
export { formatDay } from './i18n/date-display.js';
export type { ReadingSavedDetail, ReadingRemovedDetail } from './events/reading-events.js';
export { RkStarAssessment } from './elements/star-assessment/star-assessment.js';
export {
  starAssessmentStrings,
  type StarAssessmentStrings,
} from './elements/star-assessment/star-assessment.strings.js';
export { loadChart, type ChartKind, type ChartClass } from './elements/chart/load-chart.js';
export {
  ChartController,
  setChartAnimation,
  type ChartSpec,
  type ChartControllerOptions,
  type ChartStatus,
} from './elements/chart/chart-controller.js';
export {
  CHART_TOKENS,
  readChartTheme,
  type ChartTheme,
  type SeriesStyle,
} from './elements/chart/chart-theme.js';
export { chartStyles } from './elements/chart/chart.styles.js';
export { downloadBlob } from './elements/chart/download-image.js';
export { toolStyles } from './styles/tool-styles.js';

// My data: save a copy, bring a copy back, erase everything.
export { RkMyData } from './elements/my-data/my-data.js';
export { myDataStrings, type MyDataStrings } from './elements/my-data/my-data.strings.js';
export type { DataExportedDetail } from './events/my-data-events.js';

// Encryption at rest: a wrapper adapter that encrypts each record's data with the person's passphrase.
export { EncryptedAdapter, type EncryptedAdapterOptions } from './storage/encrypted-adapter.js';
export { OptionalEncryptionAdapter } from './storage/optional-encryption-adapter.js';
export { PBKDF2_ITERATIONS } from './storage/data-key.js';
export { RkLock, DEFAULT_LOCK_AFTER, type LockableAdapter } from './elements/lock/rk-lock.js';
export { lockStrings, type LockStrings } from './elements/lock/lock.strings.js';
export type { LockedDetail } from './events/lock-events.js';
export { passphraseStrength, type PassphraseStrength } from './core/passphrase-strength.js';

// Sync: `<rk-provider sync-url>` loads it on demand; a host building its own store (for
// example with encryption: new EncryptedAdapter(new SyncedAdapter(local))) imports it here.
export { SyncedAdapter, type SyncedAdapterOptions } from './sync/synced-adapter.js';
export { SyncClient, type SyncClientOptions } from './sync/sync-client.js';
export type { SyncAuth, SyncState, SyncStatus } from './storage/sync-link.js';
export type { BackoffOptions, SyncClock } from './sync/backoff.js';
