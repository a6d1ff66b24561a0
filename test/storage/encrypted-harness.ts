/** Shared set-up for the EncryptedAdapter tests: adapters that unlock themselves on first use. */
import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import type { RecordDraft } from '../../src/core/record.js';
import { FaultInjectingAdapter } from '../../src/storage/fault-injecting-adapter.js';
import { MemoryAdapter } from '../../src/storage/memory-adapter.js';
import { StorageError } from '../../src/storage/storage-error.js';
import type {
  PutOptions,
  StorageAdapter,
  StoredRecord,
} from '../../src/storage/storage-adapter.js';

/** A passphrase used by the tests (never shown to anyone). */
export const PASSPHRASE = 'a calm harbour at dusk';

/**
 * One set of wrapped keys, made once per test file: PBKDF2's 600,000 rounds take about
 * a third of a second, too long to spend on every test.
 */
let made: Promise<{ keys: StoredRecord; recoveryCode: string }> | undefined;
export function sharedKeys(): Promise<{ keys: StoredRecord; recoveryCode: string }> {
  made ??= (async () => {
    const inner = new MemoryAdapter();
    const adapter = new EncryptedAdapter(inner);
    const recoveryCode = await adapter.create(PASSPHRASE);
    const keys = (await inner.exportAll()).find((record) => record.kind === 'rk:keys')!;
    await adapter.close();
    return { keys, recoveryCode };
  })();
  return made;
}

/**
 * `adapter`, unlocked with the recovery code (fast: no stretching) as soon as it is made,
 * each operation waiting for that, so the conformance suite can use it at once, as it uses any adapter.
 */
export function unlockedOnUse(
  adapter: StorageAdapter & Pick<EncryptedAdapter, 'unlockWithRecoveryCode'>,
  seeded: Promise<unknown>,
): StorageAdapter {
  // At once, as a tab is unlocked when the person opens it.
  const ready = seeded
    .then(() => sharedKeys())
    .then(({ recoveryCode }) => adapter.unlockWithRecoveryCode(recoveryCode));
  ready.catch(() => undefined);
  const unlock = () => ready;
  return new Proxy(adapter, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function' || property === 'subscribe') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: unknown[]) => {
        await unlock();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Fails every write after the first `n`, as a page closed part-way would leave it. */
export class StopsAfter extends FaultInjectingAdapter {
  constructor(
    inner: StorageAdapter,
    private n: number,
  ) {
    super(inner);
  }

  override put(record: RecordDraft, expectedRev: string | null, options?: PutOptions) {
    if (this.n-- <= 0) return Promise.reject(new StorageError('unavailable', 'the page closed'));
    return super.put(record, expectedRev, options);
  }
}
