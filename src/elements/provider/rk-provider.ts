import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { CrisisContact } from '../../core/crisis-contacts.js';
import type { SectionOverrides } from '../../i18n/string-table.js';
import type { RecordStore } from '../../storage/record-store.js';
import { checkSyncUrl, SyncLink, type SyncAuth } from '../../storage/sync-link.js';
import { sharedStore } from '../controllers/default-store.js';
import { themeStyles } from '../../styles/tokens.js';
import {
  DEFAULT_NAMESPACE,
  DEFAULT_STORAGE,
  ENCRYPTIONS,
  rkConfigContext,
  STORAGE_KINDS,
  type Encryption,
  type StorageKind,
} from '../context.js';
import type { RkTheme } from '../rk-element.js';

/**
 * Shares one store and one configuration with every recovery-kit element inside it
 * (through `@lit/context`). Optional: elements work alone too. It takes no space of its
 * own (`display: contents`), so it does not change the host page's layout.
 *
 * An element's own attributes and properties win over the provider's.
 *
 * With `encryption="passphrase"` everything saved is encrypted with the person's own
 * passphrase, and every tool inside waits behind one unlock screen (`<rk-lock>`,
 * downloaded only then). A host that builds its own `.store` over an `EncryptedAdapter`
 * sets `encryption="passphrase"` too. With `encryption="optional"` the data stays plain
 * until the person chooses "Protect with a passphrase" on the lock's bar, and they can
 * stop again; with `passphrase` the host's choice wins and the person cannot turn it off.
 * With `sync-url` too, records are encrypted before they reach the synced store, so the
 * server holds ciphertext and the wrapped keys only, and another device of the person's
 * unlocks with the same passphrase.
 *
 * @summary Shares storage, namespace, locale, crisis contacts and string overrides with the tools inside it.
 * @slot - The recovery-kit elements (and anything else).
 */
export class RkProvider extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    storage: {},
    namespace: {},
    locale: {},
    theme: { reflect: true },
    store: { attribute: false },
    crisisContacts: { attribute: false },
    strings: { attribute: false },
    encryption: {},
    lockAfter: { attribute: 'lock-after', type: Number },
    syncUrl: { attribute: 'sync-url' },
    syncOrganisation: { attribute: 'sync-organisation' },
    auth: { attribute: false },
  };

  /** Where data is kept when no `.store` is given: `indexeddb` (default), `localstorage` or `memory`. */
  storage: StorageKind = DEFAULT_STORAGE;

  /** Which set of saved data the tools inside use. One store per namespace per page. */
  namespace = DEFAULT_NAMESPACE;

  /** Locale for every element inside. Without it, each follows the page's `lang` (else en-GB). */
  locale?: string;

  /** `light`, `dark` or `auto` (the OS setting) for everything inside; none follows the page. */
  theme?: RkTheme;

  /** A `RecordStore` to share instead of the one `storage` and `namespace` describe. */
  store?: RecordStore;

  /** Crisis contacts for every "Need help now?" panel inside (default: UK contacts). */
  crisisContacts?: readonly CrisisContact[];

  /** Overrides for any element's strings, by section: `{ 'crisis-help': { toggle: '...' } }`. */
  strings?: SectionOverrides;

  /** `passphrase`: encrypt everything with the person's passphrase, behind an unlock screen (the person cannot turn it off). `optional`: the person may protect their data with a passphrase, and stop. Anything else warns and means none. */
  encryption?: Encryption;

  /** With encryption: minutes without activity before locking by itself (default 15; 0: only "Lock now"). */
  lockAfter?: number;

  /**
   * The sync server's address (https; http only to localhost while developing). With it,
   * the tools' data is kept on this device and copied to that server, through the sync
   * code that downloads only then. Without it no request is ever made.
   */
  syncUrl?: string;

  /** The organisation that runs the sync server, named where the person is told where their data is kept. */
  syncOrganisation?: string;

  /** The host's sign-in for sync: returns an access token (`{ refresh: true }` after the server refused one). Setting it again after a sign-in resumes sync. */
  auth?: SyncAuth;

  readonly #provider = new ContextProvider(this, { context: rkConfigContext });
  #syncLink: SyncLink | undefined;

  override connectedCallback(): void {
    // Share before the children ask, so none of them starts on the default store first.
    this.#shareConfig();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') && !STORAGE_KINDS.includes(this.storage)) {
      console.warn(
        `recovery-kit: <rk-provider> storage must be one of ${STORAGE_KINDS.join(', ')}, not "${this.storage}"; using ${DEFAULT_STORAGE}.`,
      );
    }
    if (changed.has('encryption') && this.encryption && !ENCRYPTIONS.includes(this.encryption)) {
      console.warn(
        `recovery-kit: <rk-provider> encryption must be "passphrase" or "optional", not "${this.encryption}"; nothing will be encrypted.`,
      );
    }
    this.#shareConfig();
  }

  #shareConfig(): void {
    const encryption = this.#encryption();
    if (encryption) void import('../lock/define.js');
    const next = {
      store: this.store ?? this.#syncedStore(encryption),
      storage: STORAGE_KINDS.includes(this.storage) ? this.storage : DEFAULT_STORAGE,
      namespace: this.namespace || DEFAULT_NAMESPACE,
      locale: this.locale,
      crisisContacts: this.crisisContacts,
      strings: this.strings,
      encryption,
    };
    const current = this.#provider.value as Record<string, unknown> | undefined;
    const changed = !current || Object.entries(next).some(([key, value]) => current[key] !== value);
    if (changed) this.#provider.setValue(next);
  }

  /** The encryption in use, once checked; `undefined`: none. */
  #encryption(): Encryption | undefined {
    return this.encryption && ENCRYPTIONS.includes(this.encryption) ? this.encryption : undefined;
  }

  /** The shared store that syncs to `sync-url`, or `undefined` when there is none (or it is refused). */
  #syncedStore(encryption: Encryption | undefined): RecordStore | undefined {
    if (!this.syncUrl) return undefined;
    try {
      checkSyncUrl(this.syncUrl);
    } catch (error) {
      console.warn(`recovery-kit: <rk-provider> ${(error as Error).message} Nothing will sync.`);
      return undefined;
    }
    const encrypted = encryption === 'passphrase';
    if (this.#syncLink?.url !== this.syncUrl || this.#syncLink.encrypted !== encrypted)
      this.#syncLink = new SyncLink(this.syncUrl, this.auth, this.syncOrganisation, encrypted);
    const link = this.#syncLink;
    link.organisation = this.syncOrganisation;
    if (link.auth !== this.auth) {
      link.auth = this.auth;
      if (link.status.state === 'signed-out') void link.client?.signedIn();
    }
    return sharedStore(this.namespace || DEFAULT_NAMESPACE, this.#storageKind(), encryption, link);
  }

  #storageKind(): StorageKind {
    return STORAGE_KINDS.includes(this.storage) ? this.storage : DEFAULT_STORAGE;
  }

  protected override render(): unknown {
    if (!this.#encryption()) return html`<slot></slot>`;
    return html`<rk-lock lock-after=${this.lockAfter ?? 15}><slot></slot></rk-lock>`;
  }
}
