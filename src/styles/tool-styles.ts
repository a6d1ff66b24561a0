import { css } from 'lit';

/**
 * Styles the four tools share on top of `sharedStyles` (which every element has):
 * add them after `RkElement.styles`: `static styles = [RkElement.styles, toolStyles, mine]`.
 * Kept apart so the small shared elements (crisis help, save status) do not carry them.
 *
 * - Fields: `.field` wraps label + control + `.hint` + `.field-error` (see
 *   `form-field.ts`, which renders them); `[aria-invalid='true']` gets the error border.
 * - `.stack` (vertical gap) and `.cluster` (wrapping row) for layout.
 * - Headings (`renderHeading()`) without margins; `.tool-header` lays out `toolHeader()`
 *   (in print: the title only).
 * - `.table-frame` (see `table-frame.ts`) around every table: a wide table scrolls inside
 *   it, never the page (320 px reflow, WCAG 1.4.10).
 */
export const toolStyles = css`
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
    flex: none;
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
  .table-frame {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .tool-header > rk-save-status {
    flex: 1 0 100%;
  }
  /* On paper the header is the title alone: no save status, no "Where is my data kept?",
     no help button (a printed plan carries its own contacts). */
  @media print {
    .tool-header > :is(rk-save-status, rk-crisis-help) {
      display: none;
    }
  }
`;
