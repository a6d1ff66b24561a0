import type { Plan } from '../core/plan.js';
import type { RecordEnvelope } from '../core/record.js';
import type {} from './rk-event.js';

/** Every plan event carries the plan's data and its whole stored record (copies). */
export interface PlanEventDetail {
  /** The plan as saved: `detail.plan.sections`, `detail.plan.contacts`, ... */
  plan: Plan;
  /** The stored record (id, revision, timestamps) holding that plan. */
  record: RecordEnvelope<Plan>;
}

declare global {
  interface RkEventDetailMap {
    /** The plan was saved (created or changed: items, notes, contacts, template). */
    'rk-plan-saved': PlanEventDetail;
    /** The person marked the plan as reviewed and it was saved (`detail.plan.reviewedAt` is set). */
    'rk-plan-reviewed': PlanEventDetail;
  }
}
export {};
