import { css } from 'lit';

/**
 * Styles every recovery-kit element shares (applied by `RkElement`; add your element's
 * own sheet after them: `static styles = [...RkElement.styles, myStyles]`).
 *
 * - `button` is the primary action (44px target); `button.secondary` is outlined;
 *   `button.quiet` looks like a link and is still >= 24px.
 * - Fields: `.field` wraps label + control + `.hint` + `.field-error` (see
 *   `form-field.ts`, which renders them); `[aria-invalid='true']` gets the error border.
 * - `.visually-hidden` hides text from sight but not from screen readers.
 * - `.tool-header` lays out `toolHeader()`.
 * - `.stack` (vertical gap) and `.cluster` (wrapping row) for layout; `ul.plain` is a list
 *   without bullets.
 * - Logical properties only, so right-to-left pages work; print shows text, not controls
 *   (`.no-print` hides anything else).
 */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--_rk-font-family);
    font-size: var(--_rk-font-size);
    line-height: var(--_rk-line-height);
    color: var(--_rk-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 650;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_rk-color-accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: var(--_rk-focus-ring-width) solid var(--_rk-color-focus);
    outline-offset: 2px;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_rk-space-2);
    min-block-size: var(--_rk-target-size);
    min-inline-size: var(--_rk-target-size);
    padding-block: var(--_rk-space-1);
    padding-inline: var(--_rk-space-3);
    border: 2px solid var(--_rk-color-accent);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-accent);
    color: var(--_rk-color-accent-contrast);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition:
      background-color var(--_rk-duration),
      color var(--_rk-duration);
  }
  button.secondary {
    background: var(--_rk-color-surface);
    color: var(--_rk-color-accent);
  }
  button.quiet {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding-inline: var(--_rk-space-1);
    border-color: transparent;
    background: transparent;
    color: var(--_rk-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  textarea,
  select {
    inline-size: 100%;
    min-block-size: var(--_rk-target-size);
    padding-block: var(--_rk-space-2);
    padding-inline: var(--_rk-space-2);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface);
    color: var(--_rk-color-text);
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    min-block-size: 1.5rem;
    accent-color: var(--_rk-color-accent);
  }
  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_rk-color-error);
  }
  .field {
    display: grid;
    gap: var(--_rk-space-1);
  }
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
  .field-error {
    color: var(--_rk-color-error);
    font-weight: 600;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-3);
  }
  .cluster {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tool-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_rk-space-2) var(--_rk-space-3);
    margin-block-end: var(--_rk-space-4);
  }
  .tool-header > :is(h1, h2, h3, h4, h5, h6) {
    flex: 1 1 12rem;
    font-size: var(--_rk-font-size-large);
  }
  .tool-header > rk-save-status {
    flex: 1 0 100%;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button.quiet {
      border-color: transparent;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    button,
    .no-print {
      display: none;
    }
  }
`;
