import type { RecordEnvelope } from '../../src/core/record.js';
import {
  EncryptedAdapter,
  type EncryptedAdapterOptions,
} from '../../src/storage/encrypted-adapter.js';
import { OptionalEncryptionAdapter } from '../../src/storage/optional-encryption-adapter.js';
import type { Device } from './sync-devices.js';

export const PASSPHRASE = 'a lantern by the weir';
export const NEW_PASSPHRASE = 'the kettle on at six';

/** The encrypted store of a device, as `<rk-provider encryption sync-url>` builds it: it waits for the first sync round before saying no passphrase was set. */
export const sealedOn = (one: Device, namespace: string, options: EncryptedAdapterOptions = {}) =>
  new EncryptedAdapter(one.adapter, {
    namespace,
    keysArrived: () => one.client.syncNow(),
    keptAside: () => one.adapter.keptAside(),
    joinVersions: (mine, theirs) => one.adapter.joinVersions(mine, theirs),
    ...options,
  });

/** The store of a device as `<rk-provider encryption="optional" sync-url>` builds it. */
export const optionalOn = (one: Device, namespace: string) =>
  new OptionalEncryptionAdapter(
    sealedOn(one, namespace, {
      plainEra: {
        noted: () => one.adapter.keptPlain(),
        note: (plain) => one.adapter.noteKeptPlain(plain),
      },
    }),
  );

/**
 * Locks every "device" at once. They share this page and namespace, so one lock reaches
 * the others' tabs too, some time later; locked together, none is still listening, and
 * none is locked again after it was unlocked.
 */
export const lockAll = (...adapters: EncryptedAdapter[]) =>
  adapters.forEach((adapter) => adapter.lock());

/** The text of a note record, read through the encrypted store. */
export const text = async (adapter: EncryptedAdapter, id: string) =>
  ((await adapter.get('note', id)) as RecordEnvelope<{ text: string }> | undefined)?.data.text;
