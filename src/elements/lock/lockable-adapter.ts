import type { EncryptedAdapter } from '../../storage/encrypted-adapter.js';

/** What `<rk-lock>` needs of its adapter (an `EncryptedAdapter`, or an `OptionalEncryptionAdapter` when the person may choose). */
export type LockableAdapter = Pick<
  EncryptedAdapter,
  | 'isLocked'
  | 'hasPassphrase'
  | 'create'
  | 'unlock'
  | 'resetPassphrase'
  | 'removeEncryption'
  | 'lock'
  | 'onLockChange'
  | 'whenUnlocked'
> & {
  /** True when the person may turn the passphrase on and off: a store without one is shown as it is. */
  readonly optional?: boolean;
} & Partial<Pick<EncryptedAdapter, 'hasOtherDevicesKey' | 'joinOtherDevices'>>;
