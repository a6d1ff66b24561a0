import type { RecordEnvelope } from '../core/record.js';

/** Why a storage operation failed. Elements show a plain message for each. */
export type StorageErrorCode =
  | 'unavailable'
  | 'quota-exceeded'
  | 'conflict'
  | 'corrupt'
  | 'version-too-new'
  | 'locked'
  | 'unauthorized'
  | 'offline'
  | 'not-found'
  | 'invalid-import';

/** The one error type every adapter and the record store reject with. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly details: {
      /** For `conflict`: the record as it is stored now (undefined if it was never created). */
      current?: RecordEnvelope | undefined;
      /** The underlying error, if any. */
      cause?: unknown;
    } = {},
  ) {
    super(message);
    this.name = 'StorageError';
  }

  /** True when retrying the same operation later may succeed. */
  get retryable(): boolean {
    return this.code === 'unavailable' || this.code === 'offline' || this.code === 'quota-exceeded';
  }
}

/** Type guard that also works across two copies of the library on one page. */
export function isStorageError(error: unknown): error is StorageError {
  return (
    error instanceof StorageError || (error as { name?: string } | null)?.name === 'StorageError'
  );
}
