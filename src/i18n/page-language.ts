/**
 * What the page says about language and direction: the nearest `lang` and `dir`
 * attributes above an element (across shadow roots, up to `<html>`), and one shared
 * `MutationObserver` on `<html>` so every element follows a change of the page's
 * language or direction.
 */

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The direction a locale's script is written in: `rtl` for Arabic, Hebrew, Urdu, Farsi... */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * The value of `attribute` on `element` or its nearest ancestor that has a non-empty one,
 * looking through shadow roots to their hosts, up to `<html>`. `skip` is ignored where
 * it is found (an element's own attribute set by the library itself).
 */
export function nearestAttribute(
  element: Element,
  attribute: 'lang' | 'dir',
  skip?: Element,
): string | undefined {
  for (let node: Element | null = element; node;) {
    const value = node === skip ? null : node.getAttribute(attribute);
    if (value) return value;
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
  }
  return undefined;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when `<html lang>` or `<html dir>` changes; returns the unsubscribe
 * function. One observer serves the whole page, and it stops when nobody listens.
 */
export function onPageLanguageChanged(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
