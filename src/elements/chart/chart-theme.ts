/**
 * Chart colours and fonts read from the `--rk-*` design tokens of the element the chart
 * is drawn in, so host overrides, dark mode and forced colours all reach the canvas.
 */

import { DASHES, POINTS, styleIndex, type SeriesStyle } from './series-style.js';

export type { SeriesStyle };

/** The resolved colours and font for one chart. */
export interface ChartTheme {
  /** Labels and tick text. */
  text: string;
  /** Grid and angle lines. */
  grid: string;
  /** The background behind the chart (used for PNG downloads and tick backdrops). */
  surface: string;
  font: { family: string; size: number };
  /** True while the page is in forced-colours (high contrast) mode. */
  forcedColors: boolean;
  /** The style for series number `index` (0-based); styles repeat after the fourth. */
  series(index: number): SeriesStyle;
}

/**
 * The tokens a chart reads. Series colours come from `chartStyles` (which every element
 * with a chart adds), so host overrides (`--rk-color-series-1` ... `-4`), dark mode and
 * forced colours reach the canvas; text, grid and surface fall back to the public
 * tokens, then system colours, where the element's own tokens are missing.
 */
export const CHART_TOKENS = {
  text: 'var(--_rk-color-text, var(--rk-color-text, CanvasText))',
  grid: 'var(--_rk-color-border, var(--rk-color-border, GrayText))',
  surface: 'var(--_rk-color-surface, var(--rk-color-surface, Canvas))',
  series: [
    'var(--_rk-color-series-1)',
    'var(--_rk-color-series-2)',
    'var(--_rk-color-series-3)',
    'var(--_rk-color-series-4)',
  ],
} as const;

const FILL_ALPHA = 0.14;

/**
 * Resolves {@link CHART_TOKENS} to concrete colours by setting each on `probe` (an
 * element inside the chart's shadow root) and reading the computed colour back.
 * `fontSource` gives the font family and size (usually the canvas).
 */
export function readChartTheme(probe: HTMLElement, fontSource: Element = probe): ChartTheme {
  const resolve = (value: string): string => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const text = resolve(CHART_TOKENS.text);
  const grid = resolve(CHART_TOKENS.grid);
  const surface = resolve(CHART_TOKENS.surface);
  const series = CHART_TOKENS.series.map((token) => {
    const color = resolve(token);
    return { color, fill: withAlpha(color, FILL_ALPHA) };
  });
  probe.style.removeProperty('color');
  const fontStyle = getComputedStyle(fontSource);
  return {
    text,
    grid,
    surface,
    font: { family: fontStyle.fontFamily, size: Number.parseFloat(fontStyle.fontSize) || 16 },
    forcedColors: matchMedia('(forced-colors: active)').matches,
    series: (index) => {
      const i = styleIndex(index);
      return { ...series[i], dash: [...DASHES[i]], pointStyle: POINTS[i] };
    },
  };
}

/** `color` (any computed CSS colour) with the given opacity, as `rgba()`; the colour itself if it cannot be parsed. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(\s*(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(color);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : color;
}
