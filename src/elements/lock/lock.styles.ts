import { css } from 'lit';

/** Layout of `<rk-lock>`; colours and spaces come from the shared tokens. */
export const lockStyles = css`
  .screen {
    max-inline-size: 40rem;
    padding: var(--_rk-space-4);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface-raised);
  }
  .plain-warning {
    padding-inline-start: var(--_rk-space-3);
    border-inline-start: 4px solid var(--_rk-color-notice);
  }
  .strength,
  .busy {
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
  .strength:empty,
  .busy:empty {
    display: none;
  }
  .code-label {
    font-weight: 600;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    letter-spacing: 0.08em;
    overflow-wrap: anywhere;
  }
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .check .field-error {
    flex-basis: 100%;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-2);
    justify-content: flex-end;
    margin-block-end: var(--_rk-space-2);
  }
  .content:focus {
    outline: none;
  }
  .help {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-2);
  }
  @media (forced-colors: active) {
    .screen {
      border: 1px solid CanvasText;
    }
  }
`;
