/**
 * <rk-goal-tracker> at scale: 500 goals (each with steps, text in every field) in
 * IndexedDB. Median of 9 runs after one warm-up, each from element creation:
 * - to goals on screen: the first goals rendered and that frame painted (the budget,
 *   150 ms; the element paints the first screenful before building the rest),
 * - to all 500 goals in the list and painted (reported beside it, no budget).
 */
import { medianMs, type BenchResult, type BenchSuite } from './bench-types.js';
import { CHIME_KEYS } from '../src/core/chime.js';
import { createGoal, goalModel, GOAL_STATUSES, type Goal } from '../src/core/goal.js';
import type { RecordEnvelope } from '../src/core/record.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import type { RkGoalTracker } from '../src/elements/goal-tracker/goal-tracker.js';
import '../src/elements/goal-tracker/define.js';

const GOALS = 500;
const RUNS = 9;

function goalFor(index: number): Goal {
  return createGoal({
    title: `Goal ${index + 1}: take one small step towards something that matters to me`,
    chime: [CHIME_KEYS[index % 5], CHIME_KEYS[(index + 2) % 5]],
    status: GOAL_STATUSES[index % 4],
    why: 'Because it helps me feel more like myself. '.repeat(5),
    strengths: 'Patience, humour, my friends.',
    steps: Array.from({ length: 5 }, (_, i) => ({
      id: `g${index}-s${i}`,
      text: `Step ${i + 1}`,
      done: i < index % 5,
      doneAt: i < index % 5 ? '2026-01-01T10:00:00.000Z' : null,
    })),
    barriers: [{ text: 'Feeling tired', plan: 'Go in the morning' }],
    supporters: ['A friend', 'My keyworker'],
    reviewOn: index % 3 ? '2026-01-15' : null,
    notes: 'Some notes. '.repeat(20),
  });
}

/** A store holding exactly `GOALS` goals, seeded in one import (kept between runs). */
async function seededStore(): Promise<RecordStore> {
  const adapter = new IndexedDbAdapter({ namespace: `bench-goals-${GOALS}` });
  const store = new RecordStore(adapter, { requestPersistence: false });
  await store.open();
  if ((await store.collection(goalModel).count()) === GOALS) return store;
  const now = Date.UTC(2026, 0, 1);
  const records: RecordEnvelope[] = Array.from({ length: GOALS }, (_, index) => ({
    id: `goal-${String(index).padStart(4, '0')}`,
    kind: goalModel.kind,
    schemaVersion: goalModel.schemaVersion,
    createdAt: new Date(now + index * 1000).toISOString(),
    updatedAt: new Date(now + index * 1000).toISOString(),
    rev: '1-seed',
    data: goalFor(index),
  }));
  await adapter.importAll(records, { mode: 'replace' });
  return store;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Creates a tracker on `store`; resolves once at least `count` goals are in the list and painted. */
async function goalsOnScreen(store: RecordStore, count: number): Promise<RkGoalTracker> {
  const el = document.createElement('rk-goal-tracker');
  el.store = store;
  document.body.append(el);
  while ((el.shadowRoot?.querySelectorAll('[part="goal"]').length ?? 0) < count) await frame();
  await frame();
  return el;
}

const suite: BenchSuite = async () => {
  const store = await seededStore();
  (await goalsOnScreen(store, GOALS)).remove(); // warm up (code, styles)
  const first = await medianMs(RUNS, async () => (await goalsOnScreen(store, 1)).remove());
  const all = await medianMs(RUNS, async () => (await goalsOnScreen(store, GOALS)).remove());
  const note = `median of ${RUNS} after a warm-up; each goal has 5 steps and text in every field`;
  const results: BenchResult[] = [
    {
      suite: 'goal-tracker',
      name: `element creation to goals on screen (${GOALS} goals in IndexedDB)`,
      value: Math.round(first * 10) / 10,
      unit: 'ms',
      target: { max: 150 },
      note: `${note}; first goals painted (the rest follow a frame later)`,
    },
    {
      suite: 'goal-tracker',
      name: `element creation to all ${GOALS} goals in the list`,
      value: Math.round(all * 10) / 10,
      unit: 'ms',
      note,
    },
  ];
  return results;
};

export default suite;
