import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/goal-tracker/define.js';
import type { RkGoalTracker } from '../../../src/elements/goal-tracker/goal-tracker.js';
import { goalModel, type Goal } from '../../../src/core/goal.js';
import type { RecordStore } from '../../../src/storage/record-store.js';

/** A goal tracker on `store`, once its goals (or its introduction) are on screen. */
export async function tracker(store: RecordStore, readonly = false): Promise<RkGoalTracker> {
  const el = await fixture<RkGoalTracker>(
    html`<rk-goal-tracker .store=${store} ?readonly=${readonly}></rk-goal-tracker>`,
  );
  await waitUntil(() => q(el, '[part="goal-list"], [part="intro"]'), 'goals never appeared', {
    timeout: 5000,
  });
  return el;
}

export function q<E extends Element = HTMLElement>(el: RkGoalTracker, selector: string): E {
  return el.shadowRoot!.querySelector<E>(selector)!;
}

export function all<E extends Element = HTMLElement>(el: RkGoalTracker, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Focuses a control and types into it as a person would. */
export async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

/** The goals kept in the store (valid ones). */
export async function stored(store: RecordStore): Promise<Goal[]> {
  const items = await store.collection(goalModel).all();
  return items.filter((item) => item.status === 'ok').map((item) => item.record!.data);
}

/** Waits until the store holds goals that pass `check`. */
export async function waitForStored(
  store: RecordStore,
  check: (goals: Goal[]) => boolean,
): Promise<Goal[]> {
  let goals: Goal[] = [];
  await waitUntil(async () => check((goals = await stored(store))), 'the store never got there', {
    timeout: 5000,
  });
  return goals;
}

/** Adds a goal through the form: types the title, ticks CHIME boxes, presses Add. */
export async function addThroughForm(
  el: RkGoalTracker,
  title: string,
  chime: string[],
): Promise<void> {
  await typeInto(q(el, '#title-new'), title);
  for (const key of chime) {
    q(el, `#new-chime-${key}`).focus();
    await sendKeys({ press: 'Space' });
  }
  q(el, '[part="add-form"] button[type="submit"]').focus();
  await sendKeys({ press: 'Enter' });
}

/** Opens a goal by its title button. */
export async function openGoal(el: RkGoalTracker, title: string): Promise<string> {
  await el.updateComplete; // the list view, when this is the first goal
  const toggle = all<HTMLButtonElement>(el, '[part="goal-toggle"]').find(
    (b) => b.textContent!.trim() === title,
  )!;
  toggle.focus();
  await sendKeys({ press: 'Enter' });
  const id = toggle.id.replace('toggle-', '');
  // The editor is loaded the first time a goal is opened (goal-editor-loader.ts).
  await waitUntil(() => el.shadowRoot!.getElementById(`title-${id}`), 'the goal never opened');
  return id;
}
