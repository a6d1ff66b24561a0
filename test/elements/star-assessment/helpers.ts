import { waitUntil } from '@open-wc/testing';
import type { StarCharts } from '../../../src/elements/star-assessment/star-charts.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { emptyReading, readingModel, type Reading } from '../../../src/core/reading.js';
import { DEFAULT_AREA_SET } from '../../../src/core/life-areas.js';
import type { RecordStore } from '../../../src/storage/record-store.js';

/**
 * The element's two charts, for tests. They are made when its charts part arrives (once an
 * area has a score or a reading is saved): use `drawn()` to wait for one.
 */
export function charts(el: RkStarAssessment): StarCharts {
  const made = (el as unknown as { chartsPart: { charts?: StarCharts } }).chartsPart.charts;
  if (!made) throw new Error('No charts yet: no area has a score and no reading is saved.');
  return made;
}

/** Waits until the element has loaded its readings from the store. */
export async function loaded(el: RkStarAssessment): Promise<void> {
  await waitUntil(() => (el as unknown as { loaded: boolean }).loaded, 'readings loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** Waits until the element's `which` chart is made and drawn. */
export async function drawn(
  el: RkStarAssessment,
  which: keyof StarCharts,
): Promise<HTMLCanvasElement> {
  const chart = () =>
    (el as unknown as { chartsPart: { charts?: StarCharts } }).chartsPart.charts?.[which];
  await waitUntil(() => chart()?.status === 'ready' && chart()?.chart, `${which} chart drawn`, {
    timeout: 5000,
  });
  return chart()!.chart!.canvas;
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
