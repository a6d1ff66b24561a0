import type * as Virtualize from '@lit-labs/virtualizer/virtualize.js';
import { ReactiveElement } from 'lit';
import { moveFocus } from './journal-entry-list.js';

/**
 * @lit-labs/virtualizer, fetched the first time a list is long enough to need it (most
 * journals never are, so most pages never download it); `failed` when it could not be
 * fetched, and then long lists are rendered whole, which is slower but shows everything.
 */
let virtualizer: typeof Virtualize | 'failed' | undefined;
let loading: Promise<typeof Virtualize> | undefined;
/** Lists shown while the virtualizer loads, with the entry a key asked for meanwhile, if any. */
const waiting = new WeakMap<Element, number | undefined>();

/**
 * When `list` is a long list shown while the virtualizer loads, notes that entry `index`
 * gets focus once it has arrived (End or an arrow pressed meanwhile may ask for an entry
 * that is not rendered yet) and returns true; else false.
 */
export function focusOnceLoaded(list: Element, index: number): boolean {
  if (!waiting.has(list)) return false;
  waiting.set(list, index);
  return true;
}

/**
 * Fetches the virtualizer (once), then renders the journal that holds `list` again, with
 * a new list element; an entry that had focus in the old one gets it back in the new one
 * (or the one a key asked for meanwhile, see {@link focusOnceLoaded}), so a person tabbing
 * through the list while it arrives stays where they were. (Focus is
 * noted in the same step that makes the virtualizer available, before any render can
 * replace the list.)
 */
export function renderAgainWithVirtualizer(list: Element | undefined): void {
  if (!list || virtualizer) return;
  if (!waiting.has(list)) waiting.set(list, undefined);
  loading ??= import('@lit-labs/virtualizer/virtualize.js');
  // The list's journal, once it is in the page (a ref is set before the list is inserted).
  const journal = () => {
    const root = list.getRootNode() as ShadowRoot;
    return root.host instanceof ReactiveElement ? { root, host: root.host } : undefined;
  };
  void loading.then(
    async (module) => {
      virtualizer ??= module;
      const found = journal();
      if (!found) return;
      const { root, host } = found;
      const focused = root.activeElement && list.contains(root.activeElement);
      const entry = focused ? root.activeElement.closest<HTMLElement>('article[data-index]') : null;
      const asked = waiting.get(list);
      waiting.delete(list);
      host.requestUpdate();
      await host.updateComplete;
      const next = root.querySelector<HTMLElement>('[part="list"]');
      if (!focused || !next || next === list) return;
      // The virtualizer renders its first items a few frames later, and says so.
      await new Promise((resolve) =>
        next.addEventListener('rangeChanged', resolve, { once: true }),
      );
      const index = asked ?? (entry ? Number(entry.dataset.index) : undefined);
      if (index !== undefined) await moveFocus(next, index);
      else next.focus({ preventScroll: true });
    },
    (error: unknown) => {
      if (virtualizer !== 'failed')
        console.warn(
          'recovery-kit: the long-list renderer could not load; showing every entry.',
          error,
        );
      virtualizer = 'failed';
      journal()?.host.requestUpdate();
    },
  );
}

/** The virtualizer once fetched, `failed` when it could not be, else undefined. */
export const loadedVirtualizer = (): typeof Virtualize | 'failed' | undefined => virtualizer;
