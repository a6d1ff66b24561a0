import { EncryptedAdapter } from '../../storage/encrypted-adapter.js';
import { OptionalEncryptionAdapter } from '../../storage/optional-encryption-adapter.js';
import { createAdapter } from '../controllers/create-adapter.js';
import type { Encryption, StorageKind } from '../context.js';

const adapters = new Map<string, EncryptedAdapter | OptionalEncryptionAdapter>();

/**
 * The page's one encrypted adapter for a namespace, kind of storage and encryption, for
 * `<rk-provider encryption>`: the store the tools use and the lock screen share it
 * (`optional`: the person may turn the passphrase on and off). Loaded on demand, so
 * pages without encryption download none of it.
 */
export function encryptedAdapter(
  storage: StorageKind,
  namespace: string,
  encryption: Encryption = 'passphrase',
): EncryptedAdapter | OptionalEncryptionAdapter {
  const key = `${storage}\u0000${namespace}\u0000${encryption}`;
  let adapter = adapters.get(key);
  if (!adapter) {
    const encrypted = new EncryptedAdapter(createAdapter(storage, namespace), { namespace });
    adapter = encryption === 'optional' ? new OptionalEncryptionAdapter(encrypted) : encrypted;
    adapters.set(key, adapter);
  }
  return adapter;
}
