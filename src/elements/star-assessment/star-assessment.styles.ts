import { css } from 'lit';

/** Layout of `<rk-star-assessment>`; colours, fonts and spaces come from the shared tokens. */
export const starAssessmentStyles = css`
  :host {
    container-type: inline-size;
  }
  :host > * + * {
    margin-block-start: var(--_rk-space-3);
  }
  .intro {
    max-inline-size: 65ch;
  }
  .message:empty {
    display: none;
  }
  .message {
    color: var(--_rk-color-success);
    font-weight: 600;
  }
  section + section {
    margin-block-start: var(--_rk-space-5);
  }
  section > * + * {
    margin-block-start: var(--_rk-space-3);
  }
  .take-layout {
    display: grid;
    gap: var(--_rk-space-4);
  }
  @container (min-inline-size: 56rem) {
    .take-layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .live {
      position: sticky;
      inset-block-start: var(--_rk-space-3);
    }
  }
  .live {
    display: grid;
    gap: var(--_rk-space-3);
  }
  .rk-chart {
    aspect-ratio: 4 / 3;
    block-size: auto;
    max-inline-size: min(100%, var(--rk-chart-inline-size, 40rem));
  }
  fieldset {
    margin: 0;
    padding: var(--_rk-space-3);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius);
    min-inline-size: 0;
  }
  fieldset > * + * {
    margin-block-start: var(--_rk-space-2);
  }
  legend {
    padding-inline: var(--_rk-space-1);
  }
  .area {
    background: var(--_rk-color-surface-raised);
  }
  .area-label {
    font-weight: 650;
    font-size: 1.05em;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-1);
  }
  .score {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--_rk-target-size);
    min-block-size: var(--_rk-target-size);
    border: 1px solid var(--_rk-color-border);
    border-radius: var(--_rk-radius-small);
    background: var(--_rk-color-surface);
    cursor: pointer;
    font-weight: 600;
  }
  .score input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .score:has(input:checked) {
    background: var(--_rk-color-accent);
    border-color: var(--_rk-color-accent);
    color: var(--_rk-color-accent-contrast);
  }
  .score:has(input:focus-visible) {
    outline: var(--_rk-focus-ring-width) solid var(--_rk-color-focus);
    outline-offset: 2px;
  }
  .anchors {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_rk-space-1) var(--_rk-space-3);
    color: var(--_rk-color-text-muted);
    font-size: var(--_rk-font-size-small);
  }
  .area-tools:empty {
    display: none;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-2);
    min-block-size: 1.5rem;
  }
  .choices {
    display: grid;
    gap: var(--_rk-space-2);
  }
  .reading-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .badge {
    padding-inline: var(--_rk-space-2);
    border: 1px solid var(--_rk-color-border);
    border-radius: 999px;
    font-size: var(--_rk-font-size-small);
  }
  .confirm {
    flex-basis: 100%;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_rk-space-2) var(--_rk-space-4);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .swatch {
    inline-size: 2.5rem;
    block-size: 1rem;
  }
  .table-frame {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_rk-space-1);
  }
  th,
  td {
    padding: var(--_rk-space-1) var(--_rk-space-2);
    border-block-end: 1px solid var(--_rk-color-border);
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .details {
    padding: var(--_rk-space-3);
    border-inline-start: 4px solid var(--_rk-color-border);
    background: var(--_rk-color-surface-raised);
  }
  .details > * + * {
    margin-block-start: var(--_rk-space-2);
  }
  .details-title {
    font-weight: 650;
  }
  .changes,
  .notes {
    margin: 0;
    padding-inline-start: var(--_rk-space-4);
  }
  .problem {
    padding: var(--_rk-space-3);
    border: 2px solid var(--_rk-color-notice);
    border-radius: var(--_rk-radius);
  }
  .problem > * + * {
    margin-block-start: var(--_rk-space-2);
  }
  #history-start:focus {
    outline: none;
  }
  #history-start:focus-visible {
    outline: var(--_rk-focus-ring-width) solid var(--_rk-color-focus);
  }
  @media (forced-colors: active) {
    .score:has(input:checked) {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
