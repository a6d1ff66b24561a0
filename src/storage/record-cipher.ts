import { StorageError } from './storage-error.js';

/** AES-GCM's recommended IV length: 96 bits, fresh and random for every encryption. */
const IV_BYTES = 12;

/** Bytes as base64 text (stores such as localStorage keep text only). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so a long text never overflows the argument list.
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** The bytes of base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/** What sealing gives back: the IV and the ciphertext (with its 128-bit tag), both base64. */
export interface Sealed {
  iv: string;
  ct: string;
}

/** The additional data for a context: its parts as JSON, so no two contexts share bytes. */
function additionalData(context: readonly string[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(context));
}

/** Encrypts text with AES-256-GCM under a fresh random IV, bound to `context`. */
export async function seal(
  key: CryptoKey,
  context: readonly string[],
  text: string,
): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(context) },
    key,
    new TextEncoder().encode(text),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/**
 * Decrypts what {@link seal} made for the same `context`. Anything else (another record's
 * ciphertext, an older revision's, changed bytes, a wrong key) rejects with `corrupt`.
 */
export async function open(
  key: CryptoKey,
  context: readonly string[],
  sealed: Sealed,
): Promise<string> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: additionalData(context) },
      key,
      fromBase64(sealed.ct),
    );
    return new TextDecoder().decode(plain);
  } catch (error) {
    throw new StorageError('corrupt', 'The encrypted data could not be opened with this key.', {
      cause: error,
    });
  }
}
