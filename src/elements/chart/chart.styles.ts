import { css } from 'lit';

/**
 * Styles for the container `ChartController.render()` returns. Add them to the host's
 * `static styles`. The container is sized by `--rk-chart-block-size` (default 20rem);
 * a host can instead give `.rk-chart` an `aspect-ratio` in its own styles.
 */
export const chartStyles = css`
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
