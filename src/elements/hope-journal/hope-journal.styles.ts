import { css } from 'lit';

/**
 * `<rk-hope-journal>`'s own styles for its first view (the form), after the shared ones;
 * the list's and the look back's are journal-records.styles.ts, which come with them.
 * Logical properties only (RTL).
 */
export const hopeJournalStyles = css`
  :host {
    background: var(--_rk-color-surface);
  }
  .journal {
    gap: var(--_rk-space-5);
  }
  section {
    gap: var(--_rk-space-3);
  }
  fieldset {
    margin: 0;
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    display: grid;
    gap: var(--_rk-space-2);
  }
  legend {
    font-weight: 600;
  }
  .prompt,
  .confirm,
  .entry {
    padding: var(--_rk-space-3);
    border-radius: var(--_rk-radius);
    background: var(--_rk-color-surface-raised);
    border: 1px solid var(--_rk-color-border);
    display: grid;
    gap: var(--_rk-space-2);
  }
  .prompt-text,
  .entry-prompt {
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-1);
    min-block-size: 1.5rem;
  }
  .hope-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-2) var(--_rk-space-3);
  }
  .note {
    padding: var(--_rk-space-2);
    border-inline-start: 0.25rem solid var(--_rk-color-notice);
    background: var(--_rk-color-surface-raised);
  }
`;
