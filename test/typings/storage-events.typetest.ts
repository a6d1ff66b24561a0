// Type test (checked by `tsc`, never run): rk-storage-error and emit() are typed.
import type { StorageError, StorageErrorCode } from '../../src/storage/storage-error.js';
import type { RkElement } from '../../src/elements/rk-element.js';
import type {} from '../../src/events/storage-events.js';

declare const el: HTMLElement;
declare const rk: RkElement;

el.addEventListener('rk-storage-error', (e) => e.detail.error.code);
el.addEventListener('rk-storage-error', (e) => {
  const code: StorageErrorCode = e.detail.error.code;
  const retry: boolean = e.detail.retryable;
  const operation: string = e.detail.operation;
  return [code, retry, operation];
});

// @ts-expect-error the detail has no `reason`
el.addEventListener('rk-storage-error', (e) => e.detail.reason);
// @ts-expect-error a StorageError has no `status`
el.addEventListener('rk-storage-error', (e) => e.detail.error.status);

declare const error: StorageError;
rk.emit('rk-storage-error', { error, operation: 'save', retryable: false });
// @ts-expect-error `retryable` is required
rk.emit('rk-storage-error', { error, operation: 'save' });
// @ts-expect-error no such event
rk.emit('rk-storage-erred', { error, operation: 'save', retryable: false });
