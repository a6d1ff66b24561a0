import { EncryptedAdapter } from '../../storage/encrypted-adapter.js';
import { createAdapter } from '../controllers/default-store.js';
import type { StorageKind } from '../context.js';

const adapters = new Map<string, EncryptedAdapter>();

/**
 * The page's one encrypted adapter for a namespace and kind of storage, for
 * `<rk-provider encryption="passphrase">`: the store the tools use and the lock screen
 * share it. Loaded on demand, so pages without encryption download none of it.
 */
export function encryptedAdapter(storage: StorageKind, namespace: string): EncryptedAdapter {
  const key = `${storage}\u0000${namespace}`;
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = new EncryptedAdapter(createAdapter(storage, namespace), { namespace });
    adapters.set(key, adapter);
  }
  return adapter;
}
