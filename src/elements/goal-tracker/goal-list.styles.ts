import { css } from 'lit';

/**
 * The goal tracker's list, goals, editor, overview and printed goals, adopted by each
 * tracker when the list view arrives (see LazyPart). The toggles' arrows are decoration:
 * their empty alternative text (`content: '▸' / ''`) keeps them out of the goal's
 * accessible name.
 */
export const goalListStyles = css`
  .goal {
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-inline-start-width: 4px;
    border-radius: var(--_rk-radius);
    background: var(--_rk-color-surface-raised);
  }
  /* Long lists: rows off screen are neither laid out nor painted until scrolled to. */
  .goal:not(.open) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 5rem;
  }
  .goal.open {
    border-inline-start-color: var(--_rk-color-accent);
  }
  button.toggle {
    justify-content: flex-start;
    inline-size: 100%;
    padding-inline: 0;
    border: 0;
    background: transparent;
    color: var(--_rk-color-text);
    font-size: inherit;
    text-align: start;
    overflow-wrap: anywhere;
  }
  button.toggle::before {
    content: '▸' / '';
    margin-inline-end: var(--_rk-space-2);
  }
  button.toggle:dir(rtl)::before {
    content: '◂' / '';
  }
  button.toggle[aria-expanded='true']::before {
    content: '▾' / '';
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-1) var(--_rk-space-3);
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
  .editor,
  .readonly .summary {
    margin-block-start: var(--_rk-space-3);
  }
  .note,
  .summary dd {
    overflow-wrap: anywhere;
  }
  .pre {
    white-space: pre-wrap;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-2);
    min-block-size: var(--_rk-target-size);
  }
  .step label {
    flex: 1 1 10rem;
  }
  .step.done label {
    text-decoration: line-through;
  }
  .step-edit input,
  .add-step .field {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .add-step {
    align-items: end;
  }
  .pair,
  .supporter {
    display: grid;
    gap: var(--_rk-space-2);
    padding-block-end: var(--_rk-space-2);
    border-block-end: 1px dashed var(--_rk-color-border);
  }
  .filters > * {
    flex: 1 1 12rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    color: var(--_rk-color-text-muted);
  }
  th,
  td {
    padding: var(--_rk-space-1) var(--_rk-space-2);
    border-block-end: 1px solid var(--_rk-color-border);
    text-align: start;
  }
  dt {
    font-weight: 600;
    margin-block-start: var(--_rk-space-2);
  }
  dd {
    margin: 0;
  }
  .print-only {
    display: none;
  }
  @media print {
    .screen {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-goal {
      break-inside: avoid;
      padding-block: var(--_rk-space-3);
      border-block-end: 1px solid #000;
    }
  }
`;
