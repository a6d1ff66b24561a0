import type { ReactiveElement } from 'lit';

/** Once `host` has rendered, focuses the first of its elements `selector` names (made focusable, when it is not a field). */
export function focusAfterUpdate(host: ReactiveElement, selector: string): void {
  void host.updateComplete.then(() => {
    const target = host.renderRoot.querySelector<HTMLElement>(selector);
    if (target && !target.matches('input')) target.tabIndex = -1;
    target?.focus();
  });
}
