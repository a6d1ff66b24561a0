import { EncryptedAdapter } from '../../storage/encrypted-adapter.js';
import { OptionalEncryptionAdapter } from '../../storage/optional-encryption-adapter.js';
import type { PlainEraNote } from '../../storage/plain-era.js';
import type { StorageAdapter } from '../../storage/storage-adapter.js';
import type { SyncLink } from '../../storage/sync-link.js';
import { syncLinkOf } from '../../storage/synced-stores.js';
import type { SyncedAdapter } from '../../sync/synced-adapter.js';
import { createAdapter } from '../controllers/create-adapter.js';
import { syncedAdapter } from '../controllers/default-store.js';
import {
  DEFAULT_NAMESPACE,
  DEFAULT_STORAGE,
  type Encryption,
  type RkConfig,
  type StorageKind,
} from '../context.js';
import type { LockableAdapter } from './lockable-adapter.js';

/**
 * With optional encryption, "Where is my data kept?" follows the person's choice: the
 * server's copy is encrypted only while a passphrase is set (protecting seals every
 * record again, which syncs over the plain copies; stopping copies them plain again).
 */
function followProtection(adapter: OptionalEncryptionAdapter, link: SyncLink): void {
  const look = () =>
    void adapter.hasPassphrase().then((encrypted) => {
      if (link.encrypted === encrypted) return;
      link.encrypted = encrypted;
      link.dispatchEvent(new Event('change'));
    });
  adapter.onLockChange(look);
  look();
}

/** Where a synced store kept plain by choice notes so, on this device only. Called through, not read once: `local` is a deferred adapter until the sync chunk arrives, and forwards only its methods. */
const plainEraOf = (synced: SyncedAdapter): PlainEraNote => ({
  noted: () => synced.keptPlain(),
  note: (plain) => synced.noteKeptPlain(plain),
});

const adapters = new Map<string, EncryptedAdapter | OptionalEncryptionAdapter>();

/** Resolves once the sync round under way has ended (synced, or failed: offline, signed out). */
function roundEnded(link: SyncLink): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (link.status.state === 'syncing') return;
      link.removeEventListener('change', check);
      resolve();
    };
    link.addEventListener('change', check);
    check();
  });
}

/**
 * The page's one encrypted adapter for a namespace, kind of storage and encryption, for
 * `<rk-provider encryption>`: the store the tools use and the lock screen share it
 * (`optional`: the person may turn the passphrase on and off). With `sync` it encrypts
 * over the synced store, so only ciphertext (and the wrapped keys) leave the device, and
 * waits for the first sync round before saying no passphrase was set (another device's
 * keys arrive with it).
 * Loaded on demand, so pages without encryption download none of it.
 */
export function encryptedAdapter(
  storage: StorageKind,
  namespace: string,
  encryption: Encryption = 'passphrase',
  sync?: SyncLink,
): EncryptedAdapter | OptionalEncryptionAdapter {
  const key = `${storage}\u0000${namespace}\u0000${encryption}\u0000${sync?.url ?? ''}`;
  let adapter = adapters.get(key);
  if (!adapter) {
    const local: StorageAdapter = sync
      ? syncedAdapter(storage, namespace, sync)
      : createAdapter(storage, namespace);
    const encrypted = new EncryptedAdapter(local, {
      namespace,
      keysArrived: sync && (() => roundEnded(sync)),
      keptAside: sync && (() => (local as SyncedAdapter).keptAside()),
      joinVersions: sync && ((mine, theirs) => (local as SyncedAdapter).joinVersions(mine, theirs)),
      plainEra: sync && encryption === 'optional' ? plainEraOf(local as SyncedAdapter) : undefined,
    });
    adapter = encryption === 'optional' ? new OptionalEncryptionAdapter(encrypted) : encrypted;
    if (sync && adapter instanceof OptionalEncryptionAdapter) followProtection(adapter, sync);
    adapters.set(key, adapter);
  }
  return adapter;
}

/**
 * The adapter `<rk-lock>` unlocks inside `<rk-provider encryption>`: the provider's
 * `.store`'s own lockable adapter, or else (and always over a store that syncs) the page's
 * encrypted adapter for the provider's namespace and storage.
 */
export function providedLockable(config: RkConfig | undefined): LockableAdapter | undefined {
  if (!config?.encryption) return undefined;
  const sync = syncLinkOf(config.store);
  const given = config.store?.adapter as Partial<LockableAdapter> | undefined;
  if (!sync && typeof given?.onLockChange === 'function') return given as LockableAdapter;
  return encryptedAdapter(
    config.storage ?? DEFAULT_STORAGE,
    config.namespace ?? DEFAULT_NAMESPACE,
    config.encryption,
    sync,
  );
}
