import { createContext } from '@lit/context';
import type { CrisisContact } from '../core/crisis-contacts.js';
import type { SectionOverrides } from '../i18n/string-table.js';
import type { RecordStore } from '../storage/record-store.js';

/**
 * What `<rk-provider>` shares with every recovery-kit element inside it. Elements read it
 * as `this.rkConfig` (see `RkElement`); their own attributes and properties win over it.
 */
export interface RkConfig {
  /** The shared store (the provider's `.store`, or the page's store for its namespace and storage). */
  store?: RecordStore | undefined;
  namespace?: string | undefined;
  locale?: string | undefined;
  crisisContacts?: readonly CrisisContact[] | undefined;
  /** Host overrides of any element's strings, by section. */
  strings?: SectionOverrides | undefined;
}

/** The context key. A global symbol, so two copies of the library on a page still meet. */
export const rkConfigContext = createContext<RkConfig | undefined>(
  Symbol.for('recovery-kit.config'),
);
