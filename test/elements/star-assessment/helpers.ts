import { waitUntil } from '@open-wc/testing';
import type { ChartController } from '../../../src/elements/chart/chart-controller.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { emptyReading, readingModel, type Reading } from '../../../src/core/reading.js';
import { DEFAULT_AREA_SET } from '../../../src/core/life-areas.js';
import type { RecordStore } from '../../../src/storage/record-store.js';

/** The element's two charts, for tests. */
export function charts(el: RkStarAssessment): {
  live: ChartController<'radar'>;
  history: ChartController<'radar'>;
} {
  return (
    el as unknown as {
      charts: { live: ChartController<'radar'>; history: ChartController<'radar'> };
    }
  ).charts;
}

/** Waits until the element has loaded its readings from the store. */
export async function loaded(el: RkStarAssessment): Promise<void> {
  await waitUntil(() => (el as unknown as { loaded: boolean }).loaded, 'readings loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Waits until a chart is drawn. */
export async function drawn(chart: ChartController<'radar'>): Promise<HTMLCanvasElement> {
  await waitUntil(() => chart.status === 'ready' && chart.chart, 'chart drawn', { timeout: 5000 });
  return chart.chart!.canvas;
}

/** How many pixels of the canvas are not transparent. */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) count += 1;
  return count;
}

/** Saves a reading of the default areas straight into the store. */
export function seedReading(
  store: RecordStore,
  takenAt: string,
  scores: Record<string, number>,
  extra: Partial<Reading> = {},
) {
  return store
    .collection(readingModel)
    .create({ ...emptyReading(DEFAULT_AREA_SET, takenAt), scores, ...extra });
}

/** Every element matching `selector` in the element's shadow root. */
export function all<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The text of each cell of the table in `container`, row by row. */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent!.trim()));
}

/** The "show on the chart" checkbox of the reading whose name includes `name`. */
export function pickerBox(el: RkStarAssessment, name: string): HTMLInputElement {
  const label = all<HTMLLabelElement>(el, '.picker label').find((l) =>
    l.textContent!.includes(name),
  );
  if (!label) throw new Error(`No reading called ${name}`);
  return label.querySelector('input')!;
}

/** The history table's cells under each column header, keyed by header. */
export function columns(el: RkStarAssessment): Record<string, string[]> {
  const rows = tableRows(el.shadowRoot!.querySelector<HTMLTableElement>('.history table')!);
  const [header, ...body] = rows;
  return Object.fromEntries(
    header.slice(1).map((name, i) => [name, body.map((row) => row[i + 1])]),
  );
}
