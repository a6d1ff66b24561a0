import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { StringOverrides } from '../../i18n/string-table.js';
import type { Durability } from '../../storage/storage-adapter.js';
import type { StorageErrorCode } from '../../storage/storage-error.js';
import type { StoreState } from '../controllers/store-controller.js';
import { RkElement } from '../rk-element.js';
import { saveStatusStrings } from './save-status.strings.js';
import { saveStatusStyles } from './rk-save-status.styles.js';
import type {} from '../../events/storage-events.js';
import { timeOfDay } from '../../i18n/date-display.js';
import { syncLinkOf } from '../../storage/synced-stores.js';
import type { SyncStatusLine } from './sync-status-line.js';

/** Adapters that keep data in this browser, on this device. */
const ON_DEVICE_ADAPTERS = new Set(['indexeddb', 'localstorage', 'memory']);

/**
 * One calm line that says where the person's data is kept and what happened to the
 * last save, with a short "Where is my data kept?" disclosure. It shows what it is
 * given; `toolHeader()` feeds it from a `StoreController`.
 *
 * Only what matters is announced to screen readers (politely): a failed save, the first
 * save, and that nothing will be kept - never every save while someone types.
 *
 * @summary Says where data is kept and whether the last change was saved.
 * @fires rk-retry-requested - The person pressed "Try again"; the tool's `StoreController` retries the failed save.
 * @csspart message - The status line.
 * @csspart retry - The "Try again" button.
 * @csspart details - The "Where is my data kept?" disclosure.
 * @csspart sync - The line about syncing with the person's other devices (only when the provider has a `sync-url`).
 * @cssprop --rk-color-notice - The marker beside a warning or failure.
 */
export class RkSaveStatus extends RkElement {
  static override styles = [RkElement.styles, saveStatusStyles];

  static override properties: PropertyDeclarations = {
    state: {},
    durability: {},
    partitioned: { type: Boolean },
    lost: { type: Boolean },
    adapter: {},
    savedAt: { attribute: false },
    errorCode: { attribute: 'error-code' },
    strings: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Where saving stands (from `StoreController.state`). */
  state: StoreState = 'connecting';

  /** How long data lives where it is kept (`OpenReport.durability`); `memory` means nothing survives the page. */
  durability?: Durability;

  /** True when the page is in a third-party iframe whose storage the browser may clear. */
  partitioned = false;

  /** True once the stored data went away under the page (`StoreController.lost`): says that what is on screen is saved again. */
  lost = false;

  /** The adapter's name (`OpenReport.adapter`): `indexeddb`, `localstorage` and `memory` are on this device. */
  adapter?: string;

  /** When the last save succeeded. */
  savedAt?: Date;

  /** Why the last save failed, while `state` is `error`. */
  errorCode?: StorageErrorCode;

  /** Overrides of this element's strings. */
  strings?: StringOverrides<typeof saveStatusStrings>;

  private announcement = '';

  #announcedFirstSave = false;
  readonly #t = new LocalizeController(this, 'save-status', saveStatusStrings, () => this.strings);
  /** The line about sync, downloaded the first time the provider's store syncs. */
  #sync: SyncStatusLine | undefined;
  #syncLoading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#syncLoading && syncLinkOf(this.rkConfig?.store)) void this.#loadSyncLine();
    const s = this.#t.strings;
    if (changed.has('state') && this.state === 'saving') {
      // Clearing is silent; it lets the same message be announced again if it recurs.
      this.announcement = '';
    } else if (changed.has('state') && this.state === 'error') {
      this.announcement = s.notSaved(this.#reason());
    } else if (changed.has('lost') && this.lost) {
      this.announcement = s.lost;
    } else if (changed.has('durability') && this.durability === 'memory') {
      this.announcement = s.memory;
    } else if (changed.has('state') && this.state === 'saved' && !this.#announcedFirstSave) {
      this.#announcedFirstSave = true;
      this.announcement = s.firstSaveAnnouncement;
    }
  }

  async #loadSyncLine(): Promise<void> {
    this.#syncLoading = true;
    const { SyncStatusLine } = await import('./sync-status-line.js');
    this.#sync = new SyncStatusLine(this);
    this.requestUpdate();
  }

  #reason(): string {
    const s = this.#t.strings;
    return s[this.errorCode ?? 'unavailable'] ?? s.unavailable;
  }

  get #onDevice(): boolean {
    return !this.adapter || ON_DEVICE_ADAPTERS.has(this.adapter);
  }

  #message(): string {
    const s = this.#t.strings;
    switch (this.state) {
      case 'connecting':
        return s.connecting;
      case 'saving':
        return s.saving;
      case 'unsaved':
        return s.unsaved;
      case 'saved':
        if (this.savedAt)
          return this.#onDevice
            ? s.savedOnDevice(timeOfDay(this.savedAt, this.#t.locale))
            : s.savedElsewhere(timeOfDay(this.savedAt, this.#t.locale));
        return this.#onDevice ? s.ready : s.readyElsewhere;
      default:
        return this.#onDevice ? s.ready : s.readyElsewhere;
    }
  }

  #renderLine(): unknown {
    const s = this.#t.strings;
    if (this.state === 'error') {
      return html`<p class="line" part="message" data-state="error">
        <span>${s.notSaved(this.#reason())}</span>
        <button
          class="quiet"
          part="retry"
          type="button"
          @click=${() => this.emit('rk-retry-requested', {})}
        >
          ${s.tryAgain}
        </button>
      </p>`;
    }
    const memory = this.durability === 'memory';
    const notice = memory || this.partitioned || this.lost;
    const text = memory ? s.memory : this.#message();
    return html`<p class="line" part="message" data-state=${this.state} ?data-notice=${notice}>
      ${this.lost ? html`<span>${s.lost}</span>` : nothing}<span>${text}</span>${this.partitioned && !memory ? html`<span>${s.partitioned}</span>` : nothing}
    </p>`;
  }

  protected override render(): unknown {
    const s = this.#t.strings;
    const where =
      this.durability === 'memory'
        ? [s.whereMemory]
        : this.#onDevice
          ? [
              s.whereOnDevice,
              this.durability === 'persistent' ? s.wherePersistent : s.whereBestEffort,
            ]
          : [s.whereElsewhere];
    const synced = this.#sync?.where;
    return html`${this.#renderLine()}${this.#sync?.render() ?? nothing}
      <details part="details">
        <summary>${s.whereQuestion}</summary>
        ${(synced ? [synced, ...where.slice(1)] : where).map((text) => html`<p>${text}</p>`)}
        ${this.partitioned ? html`<p>${s.partitioned}</p>` : nothing}
      </details>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
