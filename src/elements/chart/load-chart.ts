import type { Chart } from 'chart.js';

/** The chart types recovery-kit draws. Each loads only the chart.js pieces it needs. */
export type ChartKind = 'radar' | 'line' | 'bar';

/** The chart.js `Chart` class, with the pieces for the requested kind registered. */
export type ChartClass = typeof Chart;

const loaders: Record<ChartKind, () => Promise<{ registeredChart: () => ChartClass }>> = {
  radar: () => import('./radar-chart.js'),
  line: () => import('./line-chart.js'),
  bar: () => import('./bar-chart.js'),
};

const loading = new Map<ChartKind, Promise<ChartClass>>();

/**
 * Loads chart.js for one kind of chart, on first use, with a dynamic `import()` of a
 * small module that registers only that kind's controller, elements, scales and
 * plugins. Later calls share the same promise. chart.js is therefore never part of the
 * initial download: keep every static `import ... from 'chart.js'` inside
 * `radar-chart.ts`, `line-chart.ts` and `bar-chart.ts` (`import type` is fine anywhere).
 *
 * A failed load (offline, blocked chunk) rejects, and the next call tries again.
 *
 * Most elements do not call this directly: `ChartController` does it for them.
 *
 * @example
 * const Chart = await loadChart('bar');
 * new Chart(canvas, { type: 'bar', data, options });
 */
export function loadChart(kind: ChartKind): Promise<ChartClass> {
  let promise = loading.get(kind);
  if (!promise) {
    promise = loaders[kind]().then(
      (module) => module.registeredChart(),
      (error: unknown) => {
        loading.delete(kind);
        throw error;
      },
    );
    loading.set(kind, promise);
  }
  return promise;
}
