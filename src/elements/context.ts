import { createContext } from '@lit/context';
import type { CrisisContact } from '../core/crisis-contacts.js';
import type { SectionOverrides } from '../i18n/string-table.js';
import type { RecordStore } from '../storage/record-store.js';

/** Where `<rk-provider storage="...">` and the default store keep data. */
export type StorageKind = 'indexeddb' | 'localstorage' | 'memory';

/** Every `StorageKind`. */
export const STORAGE_KINDS: readonly StorageKind[] = ['indexeddb', 'localstorage', 'memory'];

/** The storage used when none is named: IndexedDB. */
export const DEFAULT_STORAGE: StorageKind = 'indexeddb';

/** The namespace used when neither the element nor a provider names one. */
export const DEFAULT_NAMESPACE = 'default';

/**
 * How `<rk-provider encryption>` keeps data: `passphrase`, always encrypted with the
 * person's passphrase (the host's choice: the person cannot turn it off); `optional`,
 * plain until the person chooses to protect it with a passphrase, and back again.
 */
export type Encryption = 'passphrase' | 'optional';

/** The values of {@link Encryption}. */
export const ENCRYPTIONS: readonly Encryption[] = ['passphrase', 'optional'];

/**
 * What `<rk-provider>` shares with every recovery-kit element inside it. Elements read it
 * as `this.rkConfig` (see `RkElement`); their own attributes and properties win over it.
 */
export interface RkConfig {
  /** The provider's `.store`, when it was given one. */
  store?: RecordStore | undefined;
  /** Where the page's shared store for `namespace` keeps data when no `store` is given. */
  storage?: StorageKind | undefined;
  namespace?: string | undefined;
  locale?: string | undefined;
  crisisContacts?: readonly CrisisContact[] | undefined;
  /** Host overrides of any element's strings, by section. */
  strings?: SectionOverrides | undefined;
  /** How the provider's data is encrypted (`<rk-provider encryption>`); `undefined`: not at all. */
  encryption?: Encryption | undefined;
}

/** The context key. A global symbol, so two copies of the library on a page still meet. */
export const rkConfigContext = createContext<RkConfig | undefined>(
  Symbol.for('recovery-kit.config'),
);
