import type { RecordStore } from './record-store.js';
import type { SyncLink } from './sync-link.js';

// Which stores sync, apart from the SyncLink class itself: the save status asks every
// page, and only pages whose provider has a `sync-url` download the rest of sync.
const links = new WeakMap<RecordStore, SyncLink>();

/** The sync link of a store that syncs (`undefined`: the store stays on this device). */
export function syncLinkOf(store: RecordStore | undefined): SyncLink | undefined {
  return store ? links.get(store) : undefined;
}

/** Records that `store` syncs through `link`. */
export function setSyncLink(store: RecordStore, link: SyncLink): void {
  links.set(store, link);
}
