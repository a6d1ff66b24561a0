import { ReactiveElement } from 'lit';

/**
 * Waits for the element's own render only. A tool's `updateComplete` also waits for the
 * parts of its view loaded later (src/elements/lazy-part.ts); a test that looks at what
 * shows while one loads waits for this instead.
 */
export function ownRender(el: ReactiveElement): Promise<boolean> {
  const base = ReactiveElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> };
  return base.getUpdateComplete.call(el);
}
