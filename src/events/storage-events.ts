import type { StorageError } from '../storage/storage-error.js';
import type {} from './rk-event.js';

/** Detail of `rk-storage-error`. */
export interface StorageErrorDetail {
  /** What went wrong; `error.code` says why (`quota-exceeded`, `unavailable`, ...). */
  error: StorageError;
  /** The label of the operation that failed, as given to `StoreController.save()` (e.g. `save-goal`), or `open`. */
  operation: string;
  /** True when trying the same operation again may work (`StoreController.retry()`). */
  retryable: boolean;
}

declare global {
  interface RkEventDetailMap {
    /** A read or write failed. The person's text is still on screen; nothing was lost. */
    'rk-storage-error': StorageErrorDetail;
    /** The person asked to try the failed save again (fired by `<rk-save-status>`; its `StoreController` answers). */
    'rk-retry-requested': Record<string, never>;
  }
}
