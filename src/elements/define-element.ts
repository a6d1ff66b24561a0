/** Whether this copy of the library has reported a clash: one warning, not one per tag. */
let clashReported = false;

/**
 * Registers a custom element without ever throwing.
 *
 * - The tag is free: the class is defined.
 * - The tag already holds this very class (the module ran twice): nothing happens.
 * - The tag holds another class (a second copy or version of the library on the page):
 *   the first definition is kept and `console.warn` says so, once for the whole copy
 *   however many of its elements clash.
 *
 * Every element registers itself this way from its own `define.ts`; class modules
 * have no side effects.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === elementClass) return;
  if (existing) {
    if (!clashReported) {
      clashReported = true;
      console.warn(
        `recovery-kit: <${tag}> (and perhaps other elements) is already defined by another copy of the library; keeping the first copy's elements. Load recovery-kit once per page.`,
      );
    }
    return;
  }
  registry.define(tag, elementClass);
}
