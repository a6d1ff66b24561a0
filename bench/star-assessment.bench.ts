/**
 * <rk-star-assessment>: how long the live radar chart takes to follow one rating change.
 * A person picks a score; the element re-renders and chart.js redraws the radar
 * (animation off, as under reduced motion, so the whole redraw happens in the update).
 * Timed from the radio's change event to the redrawn chart, median of 41 changes after
 * warm-up, with 8 areas rated and three earlier readings on the history chart.
 * Budget: 16 ms (one frame).
 */
import { medianMs, type BenchResult, type BenchSuite } from './bench-types.js';
import { DEFAULT_AREAS, DEFAULT_AREA_SET } from '../src/core/life-areas.js';
import { emptyReading, readingModel } from '../src/core/reading.js';
import { MemoryAdapter } from '../src/storage/memory-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import { setChartAnimation, type ChartController } from '../src/elements/chart/chart-controller.js';
import type { RkStarAssessment } from '../src/elements/star-assessment/star-assessment.js';
import '../src/elements/star-assessment/define.js';

const RUNS = 41;

async function seededStore(): Promise<RecordStore> {
  const store = new RecordStore(new MemoryAdapter(), { requestPersistence: false });
  await store.open();
  const readings = store.collection(readingModel);
  for (const [i, takenAt] of ['2026-01-10', '2026-04-10', '2026-07-10'].entries()) {
    const scores = Object.fromEntries(
      DEFAULT_AREAS.map((area, j) => [area.key, ((i + j) % 10) + 1]),
    );
    await readings.create({ ...emptyReading(DEFAULT_AREA_SET, takenAt), scores });
  }
  return store;
}

function liveChart(el: RkStarAssessment): ChartController<'radar'> {
  return (el as unknown as { charts: { live: ChartController<'radar'> } }).charts.live;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const suite: BenchSuite = async () => {
  setChartAnimation(false);
  const el = document.createElement('rk-star-assessment');
  el.store = await seededStore();
  el.style.inlineSize = '60rem';
  document.body.append(el);
  while (liveChart(el).status !== 'ready' || !el.shadowRoot?.querySelector('.picker'))
    await frame();
  const radios = (group: number) => [
    ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="score-${group}"]`),
  ];
  // Rate every area once so the chart has a full shape.
  for (let group = 0; group < DEFAULT_AREAS.length; group += 1) radios(group)[4].click();
  await el.updateComplete;
  const chart = liveChart(el).chart!;
  let change = 0;
  const oneRatingChange = async () => {
    change += 1;
    radios(change % DEFAULT_AREAS.length)[change % 10].click();
    await el.updateComplete;
  };
  for (let i = 0; i < 10; i += 1) await oneRatingChange(); // warm-up
  const median = await medianMs(RUNS, oneRatingChange);
  const chartOnly = await medianMs(RUNS, () => chart.update());
  el.remove();
  setChartAnimation(true);
  const results: BenchResult[] = [
    {
      suite: 'star-assessment',
      name: 'chart update after one rating change (re-render + radar redraw)',
      value: Math.round(median * 100) / 100,
      unit: 'ms',
      target: { max: 16 },
      note: `median of ${RUNS} changes after warm-up; 8 areas, animation off; 3 readings in history`,
    },
    {
      suite: 'star-assessment',
      name: 'radar redraw alone (chart.update)',
      value: Math.round(chartOnly * 100) / 100,
      unit: 'ms',
      note: `median of ${RUNS}; for comparison with the whole update above`,
    },
  ];
  return results;
};

export default suite;
