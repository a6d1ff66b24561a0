import type { StorageAdapter } from '../storage/storage-adapter.js';
import type { SyncLink } from '../storage/sync-link.js';
import { SyncClient } from './sync-client.js';
import { SyncedAdapter } from './synced-adapter.js';

/**
 * The sync chunk's entry, loaded only by pages that set a sync URL: wraps the local
 * adapter in a {@link SyncedAdapter} and starts a {@link SyncClient} that reports to `link`.
 */
export function connectSync(local: StorageAdapter, link: SyncLink): StorageAdapter {
  const adapter = new SyncedAdapter(local);
  const client = new SyncClient(adapter, {
    url: link.url,
    auth: (options) => link.auth?.(options),
  });
  client.addEventListener('change', () => link.update(client.status));
  link.client = client;
  void client.start();
  return adapter;
}
