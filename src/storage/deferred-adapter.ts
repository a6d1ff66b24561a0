import type { StorageAdapter, StorageChangeListener } from './storage-adapter.js';

/**
 * An adapter that exists at once and works once `loading` resolves: every call waits
 * for the real adapter, and subscriptions start then. Lets `<rk-provider>` hand its
 * tools a store before the encryption code has downloaded, so none of them ever starts
 * on a plain store meanwhile. Until then the leave journal keeps nothing (`'off'`).
 * `storesChosenRevision` answers before loading when the caller knows it (an adapter
 * that wraps this one, such as `EncryptedAdapter`, asks at once).
 */
export function deferredAdapter(
  name: string,
  loading: Promise<StorageAdapter>,
  storesChosenRevision?: boolean,
): StorageAdapter {
  let loaded: StorageAdapter | undefined;
  void loading.then((adapter) => (loaded = adapter));
  const subscribe = (listener: StorageChangeListener) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void loading.then((adapter) => {
      if (!stopped) stop = adapter.subscribe(listener);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  };
  return new Proxy({} as StorageAdapter, {
    get(_target, property: keyof StorageAdapter) {
      if (property === 'name') return name;
      // Not a promise: returned from an async function, it must resolve to itself.
      if ((property as string) === 'then') return undefined;
      if (property === 'subscribe') return subscribe;
      if (property === 'draftSealing') return loaded ? loaded.draftSealing : 'off';
      if (property === 'storesChosenRevision')
        return loaded?.storesChosenRevision ?? storesChosenRevision;
      return async (...args: unknown[]) => {
        const adapter = await loading;
        return (adapter[property] as (...a: unknown[]) => unknown).apply(adapter, args);
      };
    },
  });
}
