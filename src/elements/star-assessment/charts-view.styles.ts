import { css } from 'lit';

/**
 * The star assessment's rules for what its charts part (charts-view.ts) shows: each
 * radar square and at most `--rk-chart-inline-size` wide, the legend, the supporter's
 * badge, the removal question and the tables. They come after `chartStyles`, so the
 * square wins over its default height.
 */
export const chartsViewStyles = css`
  .rk-chart {
    aspect-ratio: 1;
    block-size: auto;
    max-inline-size: min(100%, var(--rk-chart-inline-size, 40rem));
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_rk-space-2);
  }
  .badge {
    padding-inline: var(--_rk-space-2);
    border: 1px solid var(--_rk-color-border);
    border-radius: 1rem;
    font-size: var(--_rk-font-size-small);
  }
  .confirm {
    flex-basis: 100%;
  }
  .swatch {
    inline-size: 2.5rem;
    block-size: 1rem;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: var(--_rk-space-1) var(--_rk-space-2);
    border-block-end: 1px solid var(--_rk-color-border);
    text-align: start;
  }
`;
