// Recognising the wrapped keys record without the crypto code: the sync replica imports
// this, so the cipher stays in its own lazy chunk.

/** The reserved kind under which an encrypted store keeps its wrapped keys. */
export const KEYS_KIND = 'rk:keys';

const recoveryWrap = (data: unknown) =>
  (data as { recoveryCode?: { wrapped?: unknown } } | null)?.recoveryCode?.wrapped;

/**
 * True when two key records hold different data keys: two devices of one person that
 * each set a passphrase before they first synced. A passphrase change or a reset with
 * the recovery code keeps the data key and its recovery wrapping, so it is the same key.
 */
export function isOtherDataKey(mine: unknown, theirs: unknown): boolean {
  const a = recoveryWrap(mine);
  const b = recoveryWrap(theirs);
  return typeof a === 'string' && typeof b === 'string' && a !== b;
}
