import type { Durability } from './storage-adapter.js';

/**
 * What the browser says about keeping this origin's data: `persistent` once
 * `navigator.storage.persist()` was granted, otherwise `best-effort` (the browser may
 * clear it under storage pressure).
 */
export async function storedDataDurability(): Promise<Durability> {
  try {
    return (await navigator.storage?.persisted?.()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

/**
 * True when the page runs in an iframe from another site, where browsers partition
 * storage by the top-level site or clear it (Safari) - data saved there may not be
 * found again from the charity's own page.
 */
export function likelyPartitioned(): boolean {
  if (typeof window === 'undefined' || window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    return true;
  }
}
