/**
 * Which new-entry drafts belong to a journal open right now. Each journal's composer
 * keeps its draft under an id of its own and holds a Web Lock named after it while it is
 * connected, so a draft whose lock nobody holds was left by a tab that closed or reloaded
 * (an orphan) and may be taken over. The ids a tab used are kept in its sessionStorage,
 * so a reload of the same tab takes its own draft back first. Where Web Locks are not
 * available, only the tab's own ids are taken over.
 */

const TAB_KEY = 'recovery-kit-entry-drafts';
/** Ids remembered per tab (older ones are dropped: their drafts are still found as orphans). */
const TAB_LIMIT = 20;

const lockName = (id: string): string => `recovery-kit-entry-draft|${id}`;

/** The draft ids this tab used, newest first. */
export function tabDraftIds(): string[] {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(TAB_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return []; // storage refused or the value is not ours: nothing remembered
  }
}

/** Remembers `id` as this tab's newest draft id. */
export function rememberForTab(id: string): void {
  const ids = [id, ...tabDraftIds().filter((each) => each !== id)].slice(0, TAB_LIMIT);
  try {
    sessionStorage.setItem(TAB_KEY, JSON.stringify(ids));
  } catch {
    // storage refused: a reload then finds the draft as an orphan instead
  }
}

/**
 * Holds the draft `id` for this journal: resolves with the function that lets it go, or
 * undefined when another journal (this tab or another) holds it. Without Web Locks, only
 * `own` drafts (this journal's, or this tab's before a reload) are held.
 */
export function holdDraft(id: string, own: boolean): Promise<(() => void) | undefined> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return Promise.resolve(own ? () => undefined : undefined);
  return new Promise((resolve) => {
    locks
      .request(lockName(id), { ifAvailable: true }, (lock) => {
        if (!lock) return resolve(undefined);
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(() => resolve(undefined));
  });
}
