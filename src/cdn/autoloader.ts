import { ELEMENT_LOADERS } from './element-loaders.js';

/** Loads in flight or done, by tag, so each element's chunk is asked for once. */
const loading = new Map<string, Promise<void>>();

const isRkTag = (name: string): boolean => Object.hasOwn(ELEMENT_LOADERS, name);

function load(tag: string): Promise<void> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = ELEMENT_LOADERS[tag]!().then(
      () => undefined,
      (error: unknown) => {
        // Forget the failure, so the next time the tag appears the chunk is asked for again.
        loading.delete(tag);
        console.error(`recovery-kit: could not load <${tag}>.`, error);
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Loads every recovery-kit element used in `root` (an element, a document or a shadow
 * root) and not defined yet, each from its own chunk. The script-tag build calls it for
 * the page, and for whatever is added to the page later; call it yourself for elements
 * inside a shadow root of your own, which the page's watcher cannot see.
 * Resolves when they are defined (a chunk that failed to load is reported in the console).
 */
export async function loadElements(root: ParentNode = document): Promise<void> {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) found.push(root);
  const tags = new Set(found.map((element) => element.localName).filter(isRkTag));
  await Promise.all([...tags].map(load));
}

/** Loads every recovery-kit element, each from its own chunk (recovery-kit-all.js). */
export async function loadAllElements(): Promise<void> {
  await Promise.all(Object.keys(ELEMENT_LOADERS).map(load));
}

/** Loads what `root` holds now, then whatever is added under it from now on. */
export function watchElements(root: Element): void {
  void loadElements(root);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) void loadElements(node);
    }
  }).observe(root, { childList: true, subtree: true });
}
