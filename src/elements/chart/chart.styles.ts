import { css } from 'lit';

/**
 * Styles for the container `ChartController.render()` returns, and the chart colour
 * tokens. Add them to the host's `static styles`. The container is sized by
 * `--rk-chart-block-size` (default 20rem); a host can instead give `.rk-chart` an
 * `aspect-ratio` in its own styles.
 *
 * @cssprop --rk-color-series-1 - First data series in charts (the person's own view).
 * @cssprop --rk-color-series-2 - Second data series (a supporter's view).
 * @cssprop --rk-color-series-3 - Third data series.
 * @cssprop --rk-color-series-4 - Fourth data series.
 */
export const chartStyles = css`
  :host {
    --_rk-color-series-1: var(--rk-color-series-1, light-dark(#1f5f8b, #8cc4ea));
    --_rk-color-series-2: var(--rk-color-series-2, light-dark(#8a5a00, #e7c96f));
    --_rk-color-series-3: var(--rk-color-series-3, light-dark(#5b6b2e, #b9cc8a));
    --_rk-color-series-4: var(--rk-color-series-4, light-dark(#6d4a9c, #cdb2f0));
  }
  @media (forced-colors: active) {
    :host {
      --_rk-color-series-1: LinkText;
      --_rk-color-series-2: CanvasText;
      --_rk-color-series-3: GrayText;
      --_rk-color-series-4: CanvasText;
    }
  }
  /* Legend swatches and other SVG outside the canvas (see seriesSwatch()). */
  .rk-series-1 {
    stroke: var(--_rk-color-series-1);
  }
  .rk-series-2 {
    stroke: var(--_rk-color-series-2);
  }
  .rk-series-3 {
    stroke: var(--_rk-color-series-3);
  }
  .rk-series-4 {
    stroke: var(--_rk-color-series-4);
  }
  .rk-chart {
    position: relative;
    inline-size: 100%;
    block-size: var(--rk-chart-block-size, 20rem);
    min-inline-size: 0;
  }
  .rk-chart canvas {
    display: block;
  }
  .rk-chart-probe {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    pointer-events: none;
  }
`;
