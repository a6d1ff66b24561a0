// The shape of encrypted data, apart from the cipher: code that only needs to recognise
// it (the sync merge) imports this, so the crypto code stays in its own lazy chunk.
import type { Sealed } from './record-cipher.js';

/**
 * What an encrypted record's `data` holds in the wrapped adapter. `sealed` is the format:
 * 2 binds the whole revision; 1 (written before) bound only its write counter and the
 * update time, and is read only until the store has sealed everything again as 2.
 */
export interface SealedData extends Sealed {
  sealed: 1 | 2;
}

/** The format every write makes. */
export const SEALED_FORMAT = 2;

/** True when `data` has the shape of an encrypted record's data (any format). */
export function isSealedData(data: unknown): data is SealedData {
  const value = data as Partial<SealedData> | null;
  return (
    (value?.sealed === 1 || value?.sealed === SEALED_FORMAT) &&
    typeof value.iv === 'string' &&
    typeof value.ct === 'string'
  );
}
