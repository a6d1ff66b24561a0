import { html, nothing, type ReactiveController } from 'lit';
import { timeOfDay } from '../../i18n/date-display.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { SyncLink } from '../../storage/sync-link.js';
import { syncLinkOf } from '../../storage/synced-stores.js';
import type { RkElement } from '../rk-element.js';
import { syncStatusStrings } from './sync-status.strings.js';

/**
 * The save status's line about sync, when the provider's store syncs: synced at a time,
 * offline with the changes waiting, sign in again, or a change on two devices to look at,
 * and, for "Where is my data kept?", whose server holds the copy and who could read it.
 * Nothing at all when the store stays on this device. The save status downloads this
 * module, with its words, only for a store that syncs.
 */
export class SyncStatusLine implements ReactiveController {
  #link: SyncLink | undefined;
  readonly #t: LocalizeController<typeof syncStatusStrings>;
  readonly #changed = () => this.host.requestUpdate();

  constructor(private readonly host: RkElement) {
    host.addController(this);
    this.#t = new LocalizeController(host, 'sync-status', syncStatusStrings);
  }

  hostUpdate(): void {
    const link = syncLinkOf(this.host.rkConfig?.store);
    if (link === this.#link) return;
    this.#link?.removeEventListener('change', this.#changed);
    this.#link = link;
    link?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#link?.removeEventListener('change', this.#changed);
    this.#link = undefined;
  }

  /** What the person should know now, or `undefined` without sync. */
  get text(): string | undefined {
    const status = this.#link?.status;
    if (!status) return undefined;
    const s = this.#t.strings;
    if (status.keptBoth > 0) return s.keptBoth(status.keptBoth);
    switch (status.state) {
      case 'synced':
        return status.lastSyncedAt === undefined
          ? s.syncing
          : s.synced(timeOfDay(new Date(status.lastSyncedAt), this.#t.locale));
      case 'offline':
        return status.pending === 0 ? s.offlineNothingWaiting : s.offline(status.pending);
      case 'signed-out':
        return s.signedOut;
      case 'error':
        return s.failed;
      default:
        return s.syncing;
    }
  }

  /** Whose server keeps the copy and who could read it, or `undefined` without sync. */
  get where(): string | undefined {
    const link = this.#link;
    if (!link) return undefined;
    const s = this.#t.strings;
    const organisation = link.organisation || s.someOrganisation;
    return link.encrypted ? s.whereSyncedEncrypted(organisation) : s.whereSynced(organisation);
  }

  render(): unknown {
    const text = this.text;
    if (text === undefined) return nothing;
    const notice = this.#link!.status.keptBoth > 0 || this.#link!.status.state === 'signed-out';
    return html`<p class="line" part="sync" ?data-notice=${notice}><span>${text}</span></p>`;
  }
}
