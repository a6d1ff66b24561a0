/**
 * The shape every benchmark suite in bench/ returns. `npm run bench` (bench/run.mjs)
 * loads each `bench/*.bench.ts` module in headless Chromium, calls its default export
 * and prints and saves what it returns. Benchmarks are never run as tests.
 */
export interface BenchResult {
  /** The suite: `storage`, `goal-tracker`, ... */
  suite: string;
  /** What was measured, e.g. `indexeddb put one by one (1,000 records)`. */
  name: string;
  value: number;
  unit: 'ms' | 'ratio' | 'ops/s' | 'bytes' | 'count';
  /** The issue's budget, when there is one: `value` must stay at or under `max`. */
  target?: { max?: number; min?: number };
  /** Anything a reader needs to interpret the number (baseline, sample count). */
  note?: string;
}

/** What `npm run bench` gives every suite. */
export interface BenchContext {
  /** A dev sync server (`recovery-kit-server --dev`) that lets the bench page in; absent when it could not start. */
  syncUrl?: string;
  /** Why there is no `syncUrl`. */
  syncProblem?: string;
}

/** A benchmark module's default export. */
export type BenchSuite = (context: BenchContext) => Promise<BenchResult[]>;

/** Median of `runs` timings of `work`, in milliseconds (performance.now()). */
export async function medianMs(
  runs: number,
  work: () => unknown | Promise<unknown>,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
