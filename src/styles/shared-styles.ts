import { css } from 'lit';

/**
 * Styles every recovery-kit element shares (applied by `RkElement`; add your element's
 * own sheet after them: `static styles = [RkElement.styles, myStyles]`). Kept to what
 * even the smallest element needs; the four tools add `toolStyles` (fields, layout,
 * tool header) from `tool-styles.ts`.
 *
 * - `button` is the primary action (44px target); `button.secondary` is outlined;
 *   `button.quiet` looks like a link and is still >= 24px; a toggle with
 *   `aria-pressed="true"` is filled, so pressed shows without colour names.
 * - `.visually-hidden` hides text from sight but not from screen readers.
 * - `ul.plain` is a list without bullets.
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
  button[aria-pressed='true'] {
    background: var(--_rk-color-accent);
    color: var(--_rk-color-accent-contrast);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  ul.plain {
    margin: 0;
    padding: 0;
    list-style: none;
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
  /* Forced colours: text sits on a Canvas backplate, so primary buttons take the
     system button pair (ButtonText on ButtonFace) instead of text coloured Canvas. */
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button.secondary,
    button.quiet {
      background: Canvas;
      color: LinkText;
    }
    button.quiet {
      border-color: transparent;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
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
