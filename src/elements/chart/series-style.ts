/**
 * How chart series differ besides colour (line dash and point shape), shared by the
 * chart drawing and the SVG legend swatches outside the canvas.
 */

/** How one data series (one reading, one goal, one line) is drawn. */
export interface SeriesStyle {
  /** Line and point colour. */
  color: string;
  /** A see-through version of `color` for filled areas. */
  fill: string;
  /** Canvas line-dash pattern: series differ by line style as well as colour. */
  dash: number[];
  /** Point shape, a third cue besides colour and dash. */
  pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot';
}

/** @internal Line dashes of the four series styles. */
export const DASHES: number[][] = [[], [8, 4], [2, 4], [12, 4, 2, 4]];
/** @internal Point shapes of the four series styles. */
export const POINTS: SeriesStyle['pointStyle'][] = ['circle', 'rect', 'triangle', 'rectRot'];
/** @internal Which of the four series styles series number `index` (0-based) takes. */
export const styleIndex = (index: number) =>
  ((index % DASHES.length) + DASHES.length) % DASHES.length;

/**
 * How series `index` looks outside the canvas (a legend swatch drawn in SVG): its dash,
 * and the class (`rk-series-1` ... `-4`, from `chartStyles`) that strokes it in the
 * series colour. The colour stays in CSS, so a theme switch recolours the swatch at once,
 * in step with the chart's redraw.
 */
export function seriesSwatch(index: number): { className: string; dash: number[] } {
  const i = styleIndex(index);
  return { className: `rk-series-${i + 1}`, dash: [...DASHES[i]] };
}
