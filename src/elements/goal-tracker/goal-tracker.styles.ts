import { css } from 'lit';

/**
 * The goal tracker's own layout for its first view (the welcome and the add form), on top
 * of the shared tokens and styles; the list's and the editor's are goal-list.styles.ts,
 * which come with the list view.
 */
export const goalTrackerStyles = css`
  :host {
    background: var(--_rk-color-surface);
  }
  .heading {
    font-weight: 650;
    font-size: 1.1em;
    line-height: 1.25;
  }
  .due {
    color: var(--_rk-color-notice);
    font-weight: 600;
  }
  label {
    overflow-wrap: anywhere;
  }
  fieldset {
    margin: 0;
    padding: var(--_rk-space-2) var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
  }
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-2);
    min-block-size: var(--_rk-target-size);
  }
  .field-error:empty {
    display: none;
  }
  .stack > button,
  .pair > button,
  .supporter > button {
    align-self: flex-start;
    justify-self: start;
  }
`;
