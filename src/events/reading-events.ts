import type { RecordEnvelope } from '../core/record.js';
import type { Reading } from '../core/reading.js';
import type {} from './rk-event.js';

/** Detail of `rk-reading-saved`. */
export interface ReadingSavedDetail {
  /** A copy of the reading as stored. */
  reading: RecordEnvelope<Reading>;
  /** True when the reading was new, false when an existing one was changed. */
  created: boolean;
}

/** Detail of `rk-reading-removed`. */
export interface ReadingRemovedDetail {
  /** A copy of the reading as it was before it was removed. */
  reading: RecordEnvelope<Reading>;
}

declare global {
  interface RkEventDetailMap {
    /** A star-chart reading was saved (the person's own or a supporter's). */
    'rk-reading-saved': ReadingSavedDetail;
    /** A star-chart reading was removed. */
    'rk-reading-removed': ReadingRemovedDetail;
  }
}
export {};
