import { open, seal } from './record-cipher.js';
import type { DraftSealer } from './storage-adapter.js';

/**
 * Seals the unsaved-typing journal of an encrypted store with its data key (`key()`, which
 * throws `locked` while locked), bound to the namespace so that it opens nowhere else.
 */
export function journalSealer(key: () => CryptoKey, namespace: string): DraftSealer {
  const context = ['recovery-kit leave journal 1', namespace];
  return {
    seal: async (plaintext) => {
      const sealed = await seal(key(), context, plaintext);
      return `${sealed.iv}.${sealed.ct}`;
    },
    open: async (text) => {
      const [iv = '', ct = ''] = text.split('.');
      return open(key(), context, { iv, ct });
    },
  };
}
