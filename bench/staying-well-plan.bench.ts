/**
 * <rk-staying-well-plan> typing cost with a full plan: every section of both templates
 * filled (20 lines each, long notes) and 20 contacts. Measures the time from an `input`
 * event in a line (and in a section's notes) to the element's updated render, median of
 * 200 keystrokes. Budget: 16 ms per keystroke (one frame).
 */
import { medianMs, type BenchResult, type BenchSuite } from './bench-types.js';
import { PLAN_RECORD_ID, planModel, type Plan } from '../src/core/plan.js';
import { SAFETY_PLAN_SECTIONS, STAYING_WELL_SECTIONS } from '../src/core/plan-sections.js';
import { IndexedDbAdapter } from '../src/storage/indexeddb-adapter.js';
import { RecordStore } from '../src/storage/record-store.js';
import type { RkStayingWellPlan } from '../src/elements/staying-well-plan/staying-well-plan.js';
import { itemControlId } from '../src/elements/staying-well-plan/section-editor.js';
import '../src/elements/staying-well-plan/define.js';

const LINES = 20;
const CONTACTS = 20;
const KEYSTROKES = 200;

function fullPlan(): Plan {
  const sections: Plan['sections'] = {};
  for (const section of [...STAYING_WELL_SECTIONS, ...SAFETY_PLAN_SECTIONS]) {
    sections[section.key] = {
      items: Array.from({ length: LINES }, (_, i) => ({
        id: `${section.key}-${i}`,
        text: `Line ${i + 1} of ${section.title}: something that helps me, written in my own words`,
      })),
      notes: `Notes for ${section.title}. `.repeat(40),
    };
  }
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `contact-${i}`,
    kind: i % 2 ? ('professional' as const) : ('person' as const),
    name: `Contact ${i + 1}`,
    relationship: i % 2 ? 'Care coordinator' : 'Friend',
    phone: `07700 900${String(100 + i)}`,
    email: `contact${i}@example.org`,
    when: 'Weekday evenings',
  }));
  return { template: 'staying-well', sections, contacts, reviewedAt: new Date().toISOString() };
}

async function planElement(): Promise<RkStayingWellPlan> {
  const namespace = `bench-plan-${Date.now().toString(36)}`;
  const store = new RecordStore(new IndexedDbAdapter({ namespace }), { requestPersistence: false });
  await store.open();
  await store.collection(planModel).create(fullPlan(), { id: PLAN_RECORD_ID });
  const el = document.createElement('rk-staying-well-plan');
  el.store = store;
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.editor'))
    await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
  return el;
}

/** Median time from an `input` event on `control` to the element's next completed render. */
function keystrokeCost(
  el: RkStayingWellPlan,
  control: HTMLInputElement | HTMLTextAreaElement,
): Promise<number> {
  let n = 0;
  return medianMs(KEYSTROKES, async () => {
    control.value += String.fromCharCode(97 + (n++ % 26));
    control.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }),
    );
    await el.updateComplete;
  });
}

const suite: BenchSuite = async () => {
  const el = await planElement();
  const root = el.shadowRoot!;
  const line = root.getElementById(itemControlId('crisis-0', 'text')) as HTMLInputElement;
  const notes = root.querySelector<HTMLTextAreaElement>('#notes-helps')!;
  const lineMs = await keystrokeCost(el, line);
  const notesMs = await keystrokeCost(el, notes);
  await el.flush();
  el.remove();
  const note = `full plan: ${LINES} lines in each of ${STAYING_WELL_SECTIONS.length + SAFETY_PLAN_SECTIONS.length} sections, ${CONTACTS} contacts; median of ${KEYSTROKES} keystrokes, input event to updateComplete`;
  const results: BenchResult[] = [
    {
      suite: 'staying-well-plan',
      name: 'keystroke in a line, full plan',
      value: lineMs,
      unit: 'ms',
      target: { max: 16 },
      note,
    },
    {
      suite: 'staying-well-plan',
      name: 'keystroke in notes, full plan',
      value: notesMs,
      unit: 'ms',
      target: { max: 16 },
      note,
    },
  ];
  return results;
};

export default suite;
