// Storage: records, adapters, the record store and backups.
export type { RecordEnvelope, RecordDraft } from './core/record.js';
export { orderKeyOf } from './core/record.js';
export type { RecordModel, ValidationProblem, ValidationCode } from './core/model.js';
export { ValidationError } from './core/model.js';
export { newId } from './core/ids.js';
export type * from './storage/storage-adapter.js';
export { isCorrupt } from './storage/storage-adapter.js';
export { StorageError, isStorageError, type StorageErrorCode } from './storage/storage-error.js';
export { MemoryAdapter, MemoryDatabase, type MemoryAdapterOptions } from './storage/memory-adapter.js';
export { RecordStore, type RecordStoreOptions, type ImportOptions } from './storage/record-store.js';
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
export { FaultInjectingAdapter, type AdapterOperation } from './storage/fault-injecting-adapter.js';

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
export { AutosaveController, DEFAULT_AUTOSAVE_DELAY, type AutosaveOptions } from './elements/controllers/autosave-controller.js';
export { RkStayingWellPlan } from './elements/staying-well-plan/staying-well-plan.js';
export { stayingWellPlanStrings, type StayingWellPlanStrings } from './elements/staying-well-plan/staying-well-plan.strings.js';
