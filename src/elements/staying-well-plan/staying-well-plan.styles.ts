import { css } from 'lit';

/**
 * `<rk-staying-well-plan>`'s own styles (after the shared ones). On screen the editor
 * shows; in print only the title and the plain document (`.print-copy`) show, compact,
 * with sections kept together where they fit and no controls. The undo notice stays in
 * sight at the bottom of the window wherever the removal happened, and shows only the
 * start of a long line (the whole line is still read out).
 */
export const stayingWellPlanStyles = css`
  .plan,
  .section,
  .view-section,
  .review,
  .share,
  .crisis-lines,
  .contact,
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-2);
  }
  .plan {
    gap: var(--_rk-space-4);
  }
  .intro,
  .prompt,
  .empty,
  dt {
    color: var(--_rk-color-text-muted);
  }
  .section,
  .view-section,
  .review,
  .share,
  .template {
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    background: var(--_rk-color-surface);
  }
  fieldset {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-2) var(--_rk-space-3);
  }
  .choice,
  .item,
  .item-actions,
  dl div {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-1);
  }
  .choice {
    min-block-size: var(--_rk-target-size);
  }
  .item-text {
    flex: 1 1 16rem;
    inline-size: auto;
  }
  [aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .add-item {
    align-self: flex-start;
  }
  .contacts {
    display: grid;
    gap: var(--_rk-space-2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .contact,
  .contact-form {
    padding: var(--_rk-space-2);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface-raised);
    overflow-wrap: anywhere;
  }
  .contact-name {
    font-weight: 650;
  }
  dl,
  dd {
    margin: 0;
  }
  dt::after {
    content: ':';
  }
  .note,
  .gentle-note {
    padding: var(--_rk-space-2) var(--_rk-space-3);
    border-inline-start: 4px solid var(--_rk-color-notice);
    background: var(--_rk-color-surface-raised);
  }
  .view-notes,
  .view-items li {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .print-copy {
    display: none;
  }
  rk-undo-notice {
    position: sticky;
    inset-block-end: var(--_rk-space-2);
  }
  rk-undo-notice::part(message) {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .note,
    .gentle-note {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .editor,
    .no-print {
      display: none !important;
    }
    .print-copy {
      display: flex;
      font-size: 10.5pt;
    }
    .view-section,
    .contact {
      padding: 0;
      border: 0;
      background: none;
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }
`;
