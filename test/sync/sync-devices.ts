import { executeServerCommand } from '@web/test-runner-commands';
import { newId } from '../../src/core/ids.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import type { StorageAdapter } from '../../src/storage/storage-adapter.js';
import { SyncClient, type SyncClientOptions } from '../../src/sync/sync-client.js';
import { SyncedAdapter } from '../../src/sync/synced-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';

export { contents } from './device-contents.js';

let url: Promise<string> | undefined;

/** The run's one dev sync server (started by scripts/wtr-sync-server.mjs on first use). */
export function syncServer(): Promise<string> {
  url ??= (executeServerCommand('sync-server') as Promise<{ url?: string; error?: string }>).then(
    (answer) => {
      if (!answer?.url) throw new Error(`The sync server could not start: ${answer?.error}`);
      return answer.url;
    },
  );
  return url;
}

/** Everything the server holds for `person`, as its pull answers (the rows' kinds, ids and bodies). */
export async function serverText(person: string): Promise<string> {
  const response = await fetch(`${await syncServer()}/v1/sync/pull?since=0&limit=1000`, {
    headers: { Authorization: `Bearer dev:${person}` },
  });
  return response.text();
}

/** A fresh person on the dev server. */
export const newPerson = () => `person-${newId()}`;

/** A `fetch` that can be switched off, as a device going offline. */
export function switchableFetch(inner: typeof fetch = (...args) => fetch(...args)) {
  const control = {
    online: true,
    requests: 0,
    fetch: ((...args: Parameters<typeof fetch>) => {
      control.requests += 1;
      if (!control.online) return Promise.reject(new TypeError('Failed to fetch'));
      return inner(...args);
    }) as typeof fetch,
  };
  return control;
}

/** One device of a person: its own IndexedDB database, a synced store and a sync client. */
export interface Device {
  namespace: string;
  local: IndexedDbAdapter;
  adapter: SyncedAdapter;
  client: SyncClient;
  network: ReturnType<typeof switchableFetch>;
}

const made: Device[] = [];

/** A device for `person` (a new database unless `namespace` names one, as after a reload). */
export async function device(
  person: string,
  options: Partial<SyncClientOptions> & {
    namespace?: string;
    wrap?: (adapter: SyncedAdapter) => StorageAdapter;
  } = {},
): Promise<Device> {
  const namespace = options.namespace ?? uniqueNamespace();
  const local = new IndexedDbAdapter({ namespace });
  const adapter = new SyncedAdapter(local);
  const network = switchableFetch(options.fetch);
  const client = new SyncClient(adapter, {
    url: await syncServer(),
    auth: () => `dev:${person}`,
    live: false,
    ...options,
    fetch: network.fetch,
  });
  const one = { namespace, local, adapter, client, network };
  made.push(one);
  return one;
}

/** Stops every device's client and deletes their databases. */
export async function closeDevices(): Promise<void> {
  const all = made.splice(0);
  for (const one of all) {
    one.client.stop();
    await one.adapter.close();
  }
  await Promise.all(
    [...new Set(all.map((one) => one.namespace))].map((namespace) =>
      deleteDatabase(`recovery-kit:${namespace}`),
    ),
  );
}
