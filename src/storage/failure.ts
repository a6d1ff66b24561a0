import { StorageError, isStorageError, type StorageErrorCode } from './storage-error.js';

/**
 * Turns whatever a browser storage API threw into a {@link StorageError}: a full disk
 * becomes `quota-exceeded`, a database from a newer version `version-too-new`, and
 * anything else `fallback` (by default `unavailable`: the browser would not let us save).
 */
export function toStorageError(
  error: unknown,
  fallback: StorageErrorCode = 'unavailable',
): StorageError {
  if (isStorageError(error)) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('quota-exceeded', 'There is no room left to save on this device.', {
      cause: error,
    });
  }
  if (name === 'VersionError') {
    return new StorageError('version-too-new', 'The saved data was made by a newer version.', {
      cause: error,
    });
  }
  return new StorageError(fallback, 'This browser is not letting the page save right now.', {
    cause: error,
  });
}
