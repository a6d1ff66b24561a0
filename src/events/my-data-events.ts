import type { ImportReport } from '../storage/import-plan.js';
import type {} from './rk-event.js';

/** Detail of `rk-data-exported`. */
export interface DataExportedDetail {
  /** How many records the copy holds (removal markers and unreadable records included). */
  count: number;
  /** The name the file was downloaded under. */
  fileName: string;
}

declare global {
  interface RkEventDetailMap {
    /** A copy of everything in the store was made and offered as a download. */
    'rk-data-exported': DataExportedDetail;
    /** A copy was brought back (merged) into the store; the detail says what changed. */
    'rk-data-imported': ImportReport;
    /** Everything in the store was erased. */
    'rk-data-erased': Record<string, never>;
  }
}
export {};
