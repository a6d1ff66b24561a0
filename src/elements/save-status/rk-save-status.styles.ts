import { css } from 'lit';

export const saveStatusStyles = css`
  :host {
    font-size: var(--_rk-font-size-small);
    color: var(--_rk-color-text-muted);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-1) var(--_rk-space-2);
  }
  .line[data-state='error'],
  .line[data-notice] {
    color: var(--_rk-color-text);
    border-inline-start: 4px solid var(--_rk-color-notice);
    padding-inline-start: var(--_rk-space-2);
  }
  .line[data-state='saved'] {
    color: var(--_rk-color-text);
  }
  details {
    margin-block-start: var(--_rk-space-1);
  }
  summary {
    display: list-item;
    min-block-size: 1.5rem;
    inline-size: fit-content;
    color: var(--_rk-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  details p {
    margin-block-start: var(--_rk-space-1);
    max-inline-size: 60ch;
  }
`;
