import { css } from 'lit';

/**
 * `<rk-staying-well-plan>`'s own styles (after the shared ones). On screen the editor
 * shows; in print only the title and the plain document (`.print-copy`) show, compact,
 * with sections kept together where they fit and no controls.
 */
export const stayingWellPlanStyles = css`
  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-4);
  }
  .intro,
  .prompt {
    color: var(--_rk-color-text-muted);
  }
  .section,
  .view-section,
  .review,
  .share,
  .template {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-2);
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    background: var(--_rk-color-surface);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-3);
  }
  legend {
    margin-block-end: var(--_rk-space-1);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-2);
    min-block-size: var(--_rk-target-size);
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-2);
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-1);
  }
  .item-text {
    flex: 1 1 16rem;
    inline-size: auto;
  }
  .item-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-1);
  }
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  .add-item {
    align-self: flex-start;
  }
  .contacts {
    display: grid;
    gap: var(--_rk-space-2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-1);
    padding: var(--_rk-space-2);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface-raised);
    overflow-wrap: anywhere;
  }
  .contact-name {
    font-weight: 650;
  }
  .contact-details {
    margin: 0;
    display: grid;
    gap: var(--_rk-space-1);
  }
  .contact-details div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-1);
  }
  .contact-details dt {
    color: var(--_rk-color-text-muted);
  }
  .contact-details dt::after {
    content: ':';
  }
  .contact-details dd {
    margin: 0;
  }
  .contact-form {
    padding: var(--_rk-space-3);
    border: 1px dashed var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
  }
  .crisis-lines {
    display: flex;
    flex-direction: column;
    gap: var(--_rk-space-2);
  }
  .note,
  .gentle-note {
    padding: var(--_rk-space-2) var(--_rk-space-3);
    border-inline-start: 4px solid var(--_rk-color-notice);
    background: var(--_rk-color-surface-raised);
  }
  .empty {
    color: var(--_rk-color-text-muted);
    font-style: italic;
  }
  .view-notes {
    white-space: pre-wrap;
  }
  .view-items {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .view-items li {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .print-copy {
    display: none;
  }
  @media (forced-colors: active) {
    .note,
    .gentle-note {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .editor,
    .no-print,
    rk-crisis-help,
    rk-save-status {
      display: none !important;
    }
    .print-copy {
      display: flex;
      flex-direction: column;
      gap: 0.6rem;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .view-section {
      padding: 0;
      border: 0;
      gap: 0.2rem;
      break-inside: avoid;
    }
    .contact {
      padding: 0;
      border: 0;
      background: none;
      break-inside: avoid;
    }
    .contacts {
      grid-template-columns: 1fr 1fr;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
