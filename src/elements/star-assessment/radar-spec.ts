import type { LifeArea } from '../../core/life-areas.js';
import { SCALE_MAX } from '../../core/life-areas.js';
import { scoreState, type Reading } from '../../core/reading.js';
import type { Scale } from 'chart.js';
import type { ChartSpec } from '../chart/chart-controller.js';
import type { ChartTheme } from '../chart/chart-theme.js';

/** One reading as drawn on the radar: its name in the legend and its scores. */
export interface RadarSeries {
  /** Stable key (record id, or `draft`). */
  key: string;
  /** The name in the legend and the table header. */
  name: string;
  reading: Pick<Reading, 'scores'>;
}

const LABEL_LINE_LENGTH = 12;

/**
 * Splits a long area label into lines of about 12 characters at spaces, so the labels
 * around the radar stay readable at narrow widths and 200% zoom.
 */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= LABEL_LINE_LENGTH)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [label];
}

/**
 * The scores of `series` on `areas`, in area order: a number for a usable score,
 * `null` (a gap in the line) for an area not rated or a stored score outside the scale.
 */
export function radarValues(series: RadarSeries, areas: readonly LifeArea[]): (number | null)[] {
  return areas.map(({ key }) => {
    const state = scoreState(series.reading, key);
    return state.state === 'scored' ? state.score : null;
  });
}

/** Below this canvas width (px) the area names get smaller type. */
const NARROW_CHART = 400;

/**
 * Once chart.js has fitted the radar between its labels, keeps every second tick only
 * while their labels have 1.5 lines of room between them (0, 2, ... 10 on a big chart),
 * else every fifth (0, 5, 10): chart.js picks the tick count before it knows the radius.
 */
function keepTicksApart(scale: Scale, fontSize: number): void {
  const roomy = (scale as Scale & { drawingArea: number }).drawingArea >= fontSize * 7.5;
  scale.ticks = scale.ticks.filter((tick) => tick.value % (roomy ? 2 : 5) === 0);
}

/**
 * The chart.js radar for some readings on some areas. Each series gets the theme's
 * colour, dash pattern and point shape for its position, so overlaid readings differ
 * by line style as well as colour. The scale runs from 0 to 10 so a 1 is still visible.
 */
export function radarSpec(
  areas: readonly LifeArea[],
  series: readonly RadarSeries[],
  theme: ChartTheme,
): ChartSpec<'radar'> {
  const tickFont = { family: theme.font.family, size: theme.font.size * 0.8 };
  return {
    data: {
      labels: areas.map((area) => wrapLabel(area.label)),
      datasets: series.map((item, index) => {
        const style = theme.series(index);
        return {
          label: item.name,
          data: radarValues(item, areas),
          borderColor: style.color,
          backgroundColor: style.fill,
          borderDash: style.dash,
          borderWidth: 2.5,
          pointStyle: style.pointStyle,
          pointRadius: 4,
          pointBackgroundColor: style.color,
          pointBorderColor: style.color,
          fill: index === 0,
          spanGaps: false,
        };
      }),
    },
    options: {
      // Room for long area labels at the sides, which chart.js measures a little short.
      layout: { padding: { left: 16, right: 16, top: 4, bottom: 4 } },
      scales: {
        r: {
          min: 0,
          max: SCALE_MAX,
          ticks: { stepSize: 2, color: theme.text, backdropColor: theme.surface, font: tickFont },
          afterFit: (scale) => keepTicksApart(scale, tickFont.size),
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
          pointLabels: {
            color: theme.text,
            // Smaller on a phone, so the area names fit beside the radar, not off the canvas.
            font: ({ chart }) => ({
              family: theme.font.family,
              size: theme.font.size * (chart.width < NARROW_CHART ? 0.7 : 0.85),
            }),
          },
        },
      },
      plugins: { legend: { display: false } },
    },
  };
}
