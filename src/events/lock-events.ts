import type {} from './rk-event.js';

/** Detail of `rk-locked`: why the data was locked. */
export interface LockedDetail {
  /** `asked` ("Lock now"), `idle` (no activity for the set time) or `elsewhere` (another tab locked). */
  reason: 'asked' | 'idle' | 'elsewhere';
}

/** Detail of `rk-protection-changed`: whether the data is now protected with a passphrase. */
export interface ProtectionChangedDetail {
  protected: boolean;
}

declare global {
  interface RkEventDetailMap {
    /** The data behind `<rk-lock>` was unlocked (after setting, typing or recovering a passphrase). */
    'rk-unlocked': Record<string, never>;
    /** The data behind `<rk-lock>` was locked. */
    'rk-locked': LockedDetail;
    /** The person turned the passphrase on or off (`<rk-provider encryption="optional">`). */
    'rk-protection-changed': ProtectionChangedDetail;
  }
}
export {};
