import { css } from 'lit';

/**
 * The hope journal's search and filters, list of entries and look back over time, adopted
 * by each journal when its records view arrives (see LazyPart). Logical properties only.
 */
export const journalRecordsStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    align-items: end;
    gap: var(--_rk-space-3);
  }
  .filters .field:first-child {
    grid-column: 1 / -1;
  }
  .list {
    display: block;
    inline-size: 100%;
  }
  .list.virtual {
    block-size: var(--rk-journal-list-block-size, min(75vh, 40rem));
    overflow: auto;
  }
  .row {
    inline-size: 100%;
    padding-block-end: var(--rk-journal-list-gap, var(--_rk-space-3));
    display: grid;
    gap: var(--_rk-space-2);
  }
  .entry.pinned {
    border-inline-start: 0.375rem solid var(--_rk-color-accent);
  }
  .entry-date {
    font-weight: 600;
  }
  .body,
  .what,
  .why {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }
  .good-things {
    margin: 0;
    padding-inline-start: var(--_rk-space-4);
  }
  .why {
    display: block;
    color: var(--_rk-color-text-muted);
  }
  .badge,
  .tag {
    display: inline-block;
    padding-inline: var(--_rk-space-2);
    border-radius: 999px;
    border: 1px solid var(--_rk-color-border);
    font-size: var(--_rk-font-size-small);
  }
  .tag.chime {
    border-color: var(--_rk-color-accent);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    text-align: start;
    padding: var(--_rk-space-1) var(--_rk-space-2);
    border-block-end: 1px solid var(--_rk-color-border);
  }
  summary {
    cursor: pointer;
    min-block-size: 1.5rem;
    color: var(--_rk-color-accent);
  }
  .frequency dl {
    display: grid;
    gap: var(--_rk-space-2);
    margin: 0;
  }
  .frequency-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: var(--_rk-space-2);
    align-items: center;
  }
  .frequency dd {
    margin: 0;
    display: flex;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .bar {
    flex: none;
    inline-size: min(60%, 12rem);
    block-size: 0.75rem;
    fill: var(--_rk-color-accent);
  }
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
  }
`;
