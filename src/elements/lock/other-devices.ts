import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SyncLink } from '../../storage/sync-link.js';
import type { LockableAdapter } from './lockable-adapter.js';

/**
 * Whether the person's other devices have another passphrase (each device set its own
 * before they first synced; see `EncryptedAdapter.joinOtherDevices`): looked at on
 * unlock and again after every sync round, which may bring the other devices' keys.
 */
export class OtherDevices implements ReactiveController {
  /** True while the lock should offer the other devices' passphrase. */
  present = false;
  #adapter: LockableAdapter | undefined;
  #stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the data is open: only then is it worth asking. */
    private readonly unlocked: () => boolean,
  ) {
    host.addController(this);
  }

  /** Looks at `adapter` from now on, again whenever `link` (the store's sync) changes. */
  watch(adapter: LockableAdapter, link: SyncLink | undefined): void {
    this.#stop?.();
    this.#adapter = adapter;
    const check = () => void this.check();
    link?.addEventListener('change', check);
    this.#stop = () => link?.removeEventListener('change', check);
  }

  /** Looks again. */
  async check(): Promise<void> {
    const adapter = this.#adapter;
    const other = this.unlocked() && (await adapter?.hasOtherDevicesKey?.().catch(() => false));
    if (adapter !== this.#adapter) return;
    this.#show(other === true);
  }

  /** The devices now share one passphrase. */
  joined(): void {
    this.#show(false);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = this.#adapter = undefined;
  }

  #show(present: boolean): void {
    if (present === this.present) return;
    this.present = present;
    this.host.requestUpdate();
  }
}
