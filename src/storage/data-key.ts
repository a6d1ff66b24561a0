import { fromBase64, toBase64 } from './record-cipher.js';
import { normalizeRecoveryCode } from './recovery-code.js';
import { StorageError } from './storage-error.js';

/** PBKDF2-HMAC-SHA256 rounds for a new passphrase (OWASP 2023). Stored with each key, so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;

/** How a passphrase turns into the key that wraps the data key. */
export interface PassphraseWrap {
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** 16 random bytes, base64. */
  salt: string;
  /** The data key wrapped with AES-KW, base64. */
  wrapped: string;
}

/** How a recovery code (128 random bits, so no stretching needed) turns into a wrapping key. */
export interface RecoveryWrap {
  kdf: 'HKDF';
  hash: 'SHA-256';
  salt: string;
  wrapped: string;
}

/**
 * What is stored beside the records: the one data key of the namespace, wrapped twice.
 * Nothing here opens a record without the passphrase or the recovery code.
 */
export interface WrappedKeys {
  format: 1;
  passphrase: PassphraseWrap;
  recoveryCode: RecoveryWrap;
  /** Set while every record is being encrypted (`on`) or decrypted (`off`); a reload resumes it. */
  migration?: 'on' | 'off';
  /** 2 once every record is sealed bound to its whole revision; absent in stores made before that (their records are sealed again at the next unlock). */
  recordFormat?: 2;
}

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };
const WRAPPING_KEY: AesKeyGenParams = { name: 'AES-KW', length: 256 };
const RECOVERY_INFO = new TextEncoder().encode('recovery-kit recovery code');

const randomSalt = () => toBase64(crypto.getRandomValues(new Uint8Array(16)));

function passphraseKey(passphrase: string, wrap: Omit<PassphraseWrap, 'wrapped'>) {
  return crypto.subtle
    .importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
      'deriveKey',
    ])
    .then((material) =>
      crypto.subtle.deriveKey(
        {
          name: 'PBKDF2',
          hash: wrap.hash,
          iterations: wrap.iterations,
          salt: fromBase64(wrap.salt),
        },
        material,
        WRAPPING_KEY,
        false,
        ['wrapKey', 'unwrapKey'],
      ),
    );
}

function recoveryKey(code: string, wrap: Omit<RecoveryWrap, 'wrapped'>) {
  const digits = normalizeRecoveryCode(code) ?? '';
  return crypto.subtle
    .importKey('raw', new TextEncoder().encode(digits), 'HKDF', false, ['deriveKey'])
    .then((material) =>
      crypto.subtle.deriveKey(
        { name: 'HKDF', hash: wrap.hash, salt: fromBase64(wrap.salt), info: RECOVERY_INFO },
        material,
        WRAPPING_KEY,
        false,
        ['wrapKey', 'unwrapKey'],
      ),
    );
}

async function wrapWith(key: CryptoKey, wrappingKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', key, wrappingKey, 'AES-KW')));
}

/** Wraps `dataKey` (extractable) under a passphrase, with a new salt and today's rounds. */
export async function wrapForPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
): Promise<PassphraseWrap> {
  const wrap = {
    kdf: 'PBKDF2',
    hash: 'SHA-256',
    iterations: PBKDF2_ITERATIONS,
    salt: randomSalt(),
  } as const;
  return { ...wrap, wrapped: await wrapWith(dataKey, await passphraseKey(passphrase, wrap)) };
}

/**
 * A new random data key wrapped under `passphrase` and `recoveryCode`, and the same key
 * as it is kept while unlocked: not extractable.
 */
export async function newWrappedKeys(
  passphrase: string,
  recoveryCode: string,
): Promise<{ keys: WrappedKeys; dataKey: CryptoKey }> {
  const extractable = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const recovery = { kdf: 'HKDF', hash: 'SHA-256', salt: randomSalt() } as const;
  const keys: WrappedKeys = {
    format: 1,
    passphrase: await wrapForPassphrase(extractable, passphrase),
    recoveryCode: {
      ...recovery,
      wrapped: await wrapWith(extractable, await recoveryKey(recoveryCode, recovery)),
    },
  };
  return { keys, dataKey: await keepable(extractable) };
}

/** The same key, no longer extractable: the only form kept while unlocked. */
export async function keepable(extractable: CryptoKey): Promise<CryptoKey> {
  const raw = await crypto.subtle.exportKey('raw', extractable);
  return crypto.subtle.importKey('raw', raw, DATA_KEY, false, ['encrypt', 'decrypt']);
}

async function unwrap(wrapped: string, wrappingKey: CryptoKey, extractable: boolean) {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(wrapped),
      wrappingKey,
      'AES-KW',
      DATA_KEY,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    throw new StorageError('locked', 'That does not unlock this data.', { cause: error });
  }
}

/**
 * The data key from a passphrase or a recovery code. A wrong one rejects with `locked`.
 * `extractable` only while it is wrapped again (a new passphrase), never to keep.
 */
export async function unwrapDataKey(
  keys: WrappedKeys,
  secret: { passphrase: string } | { recoveryCode: string },
  extractable = false,
): Promise<CryptoKey> {
  const wrappingKey =
    'passphrase' in secret
      ? await passphraseKey(secret.passphrase, keys.passphrase)
      : await recoveryKey(secret.recoveryCode, keys.recoveryCode);
  const wrap = 'passphrase' in secret ? keys.passphrase : keys.recoveryCode;
  return unwrap(wrap.wrapped, wrappingKey, extractable);
}

/** True when `value` has the shape of {@link WrappedKeys} (a format this version reads). */
export function isWrappedKeys(value: unknown): value is WrappedKeys {
  const keys = value as Partial<WrappedKeys> | null;
  return (
    keys?.format === 1 &&
    typeof keys.passphrase?.wrapped === 'string' &&
    Number.isInteger(keys.passphrase.iterations) &&
    typeof keys.recoveryCode?.wrapped === 'string'
  );
}
