import type { RkUndoNotice } from './undo-notice.js';

let loading: Promise<boolean> | undefined;

/**
 * The undo notice of a tool, once `<rk-undo-notice>` is defined and has rendered (its
 * live region already on the page, so the message is announced). The element is
 * loaded the first time a tool removes something, not with the tool: call this when
 * the removal starts, so it loads in parallel, and await it before `show()`. `find`
 * gives the tool's `<rk-undo-notice>` once it is defined. Resolves to null when the
 * element could not be loaded (the tool then announces the removal without Undo); the
 * next removal tries again.
 */
export function undoNoticeReady(
  find: () => RkUndoNotice | null | undefined,
): Promise<RkUndoNotice | null> {
  loading ??= import('./define.js').then(
    () => true,
    (error: unknown) => {
      console.warn('recovery-kit: the undo notice could not be loaded.', error);
      loading = undefined;
      return false;
    },
  );
  return loading.then(async (loaded) => {
    const notice = loaded ? find() : undefined;
    await notice?.updateComplete;
    return notice ?? null;
  });
}
