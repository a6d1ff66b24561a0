/**
 * Shared steps for the staying-well plan tests: create the element on a store, find
 * things in its shadow root as a person would (by label or text), and read what was saved.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PLAN_RECORD_ID, planModel, type Plan } from '../../../src/core/plan.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import '../../../src/elements/staying-well-plan/define.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import type { RkUndoNotice } from '../../../src/elements/undo/undo-notice.js';

/** A plan element on `store`, loaded and rendered. */
export async function planOn(
  store: RecordStore,
  template?: 'safety' | 'staying-well',
  readonly = false,
): Promise<RkStayingWellPlan> {
  const el = await fixture<RkStayingWellPlan>(
    html`<rk-staying-well-plan
      .store=${store}
      template=${template ?? 'staying-well'}
      ?readonly=${readonly}
    ></rk-staying-well-plan>`,
  );
  await loaded(el);
  return el;
}

/** Waits until the element has read its plan. */
export async function loaded(el: RkStayingWellPlan): Promise<void> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('.editor, .view-section'),
    'plan never loaded',
  );
  await el.updateComplete;
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The section element for a section key. */
export function section(el: Element, key: string): HTMLElement {
  return $(el, `[aria-labelledby="section-${key}-heading"]`);
}

/** The control labelled `text` (by its <label for>), anywhere in the shadow root. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  el: Element,
  text: string | RegExp,
): T {
  const labels = $$(el, 'label[for]');
  const label = labels.find((l) =>
    typeof text === 'string' ? l.textContent!.trim() === text : text.test(l.textContent!),
  );
  if (!label)
    throw new Error(
      `no label ${text}; have: ${labels.map((l) => l.textContent!.trim()).join(' | ')}`,
    );
  return el.shadowRoot!.getElementById(label.getAttribute('for')!) as T;
}

/** A button's name: its `aria-label`, else its text. */
export function buttonName(b: Element): string {
  return b.getAttribute('aria-label') ?? b.textContent!.replace(/\s+/g, ' ').trim();
}

/** The button whose accessible name matches. */
export function button(root: Element | ShadowRoot, text: string | RegExp): HTMLButtonElement {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const buttons = [...scope.querySelectorAll('button')];
  const match = buttons.find((b) =>
    typeof text === 'string' ? buttonName(b) === text : text.test(buttonName(b)),
  );
  if (!match) throw new Error(`no button ${text}; have: ${buttons.map(buttonName).join(' | ')}`);
  return match;
}

/** Focuses `control` and types `text` with real key presses. */
export async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

/** The plan as stored now (undefined when nothing is stored). */
export async function storedPlan(store: RecordStore): Promise<Plan | undefined> {
  return (await store.collection(planModel).get(PLAN_RECORD_ID))?.record?.data;
}

/** The texts of a section's lines, as shown. */
export function lineTexts(el: Element, key: string): string[] {
  return [...section(el, key).querySelectorAll<HTMLInputElement>('input.item-text')].map(
    (input) => input.value,
  );
}

/** The element that has focus inside the element's shadow root. */
export function focused(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Stores `plan` as the namespace's plan, as if written on an earlier visit. */
export async function seedPlan(store: RecordStore, plan: Plan): Promise<void> {
  await store.collection(planModel).create(plan, { id: PLAN_RECORD_ID });
}

/** The plan's "Removed ‘…’. Undo" notice. */
export function undoNotice(el: Element): RkUndoNotice {
  return $(el, 'rk-undo-notice') as RkUndoNotice;
}

/** The notice's message as shown (and announced). */
export function undoMessage(el: Element): string {
  return undoNotice(el).shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();
}

/** Which of the notice's buttons has focus ('undo-button', 'dismiss-button'), if any. */
export function focusedInNotice(el: Element): string | null | undefined {
  const notice = undoNotice(el);
  return focused(el) === notice
    ? notice.shadowRoot!.activeElement?.getAttribute('part')
    : undefined;
}

/**
 * The trademarked plan names that must never appear on screen or in an export. Built
 * from parts so the names themselves are nowhere in the repository.
 */
export const TRADEMARKED_NAMES = new RegExp(
  [['W', 'RAP'].join(''), ['Wellness', 'Recovery', 'Action', 'Plan'].join('\\s+')].join('|'),
  'i',
);
