/**
 * Runs in a page of its own browser context (opened by `openDevice()`, device-context.ts):
 * one device of a person, as a host page would be. A provider syncing to `?url=` as
 * `?person=`, with a goal tracker the test types into, and `window.rkDevice` for what a
 * test reads or does without the keyboard.
 */
import { html, render } from 'lit';
import '../../src/elements/provider/define.js';
import '../../src/elements/goal-tracker/define.js';
import type { Goal } from '../../src/core/goal.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { draft } from '../../src/testing/conformance-harness.js';
import type { SyncStatus } from '../../src/storage/sync-link.js';
import { syncLinkOf } from '../../src/storage/synced-stores.js';
import type { SyncClient } from '../../src/sync/sync-client.js';
import '../elements/base/store-probe.js';
import { contents } from './device-contents.js';

const query = new URLSearchParams(location.search);
const person = query.get('person')!;
render(
  html`<rk-provider namespace="device" sync-url=${query.get('url')!} .auth=${() => `dev:${person}`}
    ><rk-goal-tracker></rk-goal-tracker><rk-store-probe></rk-store-probe
  ></rk-provider>`,
  document.body,
);

const probe = document.querySelector('rk-store-probe')!;
const tracker = () => document.querySelector('rk-goal-tracker')!.shadowRoot!;
const store = () => probe.storage.whenReady();
const link = async () => syncLinkOf(await store())!;
const goal = async (id: string) =>
  (await (await store()).adapter.get('goal', id)) as RecordEnvelope<Goal>;

/** What a test may ask of this device. */
const device = {
  /** Resolves once the tracker shows the person's goals (or its introduction). */
  async ready(): Promise<boolean> {
    await store();
    while (!tracker().querySelector('[part="goal-list"], [part="intro"]'))
      await new Promise(requestAnimationFrame);
    return true;
  },
  /** The goals' titles on screen, as the person sees them. */
  goalTitles: () =>
    [...tracker().querySelectorAll('[part="goal-toggle"]')].map((b) => b.textContent!.trim()),
  /** The sync line of the tracker's save status. */
  syncLine: () =>
    tracker()
      .querySelector('rk-save-status')
      ?.shadowRoot?.querySelector('[part="sync"]')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim() ?? '',
  /** Every record this device holds (`kind/id` -> data or "deleted"). */
  records: async () => contents((await store()).adapter),
  /** Changes not yet on the server. */
  pending: async () => (await link()).status.pending,
  status: async (): Promise<SyncStatus> => (await link()).status,
  /** One sync round now (push, then pull). */
  syncNow: async () => ((await link()).client as SyncClient).syncNow(),
  /** Changes fields of a stored goal, as an edit elsewhere in the page would. */
  async editGoal(id: string, patch: Partial<Goal>): Promise<string> {
    const current = await goal(id);
    const saved = await (
      await store()
    ).adapter.put({ ...current, data: { ...current.data, ...patch } }, current.rev);
    return saved.rev;
  },
  async removeGoal(id: string): Promise<void> {
    await (await store()).adapter.remove('goal', id, (await goal(id)).rev);
  },
  /** Adds `count` small notes at once (so a push takes more than one batch). */
  async addNotes(count: number, prefix: string): Promise<void> {
    const { adapter } = await store();
    for (let n = 0; n < count; n += 1)
      await adapter.put(draft(`${prefix}-${n}`, 1, `${prefix} ${n}`), null);
  },
};

declare global {
  interface Window {
    rkDevice: typeof device;
  }
}
window.rkDevice = device;
