import { css } from 'lit';

export const crisisHelpStyles = css`
  :host {
    /* The toggle and the panel take part in the parent's layout: in a tool header the
       toggle sits beside the heading and the open panel wraps onto a full-width row. */
    display: contents;
  }
  .toggle {
    flex: 0 0 auto;
  }
  .panel {
    flex: 1 0 100%;
    display: grid;
    gap: var(--_rk-space-3);
    justify-items: start;
    margin-block: var(--_rk-space-2);
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    background: var(--_rk-color-surface-raised);
    color: var(--_rk-color-text);
  }
  .intro {
    display: grid;
    gap: var(--_rk-space-1);
  }
  .panel[hidden] {
    display: none;
  }
  .panel .contacts {
    display: grid;
    gap: var(--_rk-space-3);
  }
  .name {
    font-weight: 650;
  }
  .how {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_rk-target-size);
    font-weight: 600;
  }
  .availability {
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
`;
