import { goalModel, type Goal } from '../../core/goal.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { StorageChange } from '../../storage/storage-adapter.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { GoalEventDetail } from '../../events/goal-events.js';
import type { RkElement } from '../rk-element.js';

/** An event detail holding copies, so a listener can never change what is on screen. */
export function goalDetail(record: RecordEnvelope<Goal>): GoalEventDetail {
  return { goal: structuredClone(record.data), record: structuredClone(record) };
}

/**
 * Fires what a saved change of a goal means: always `rk-goal-updated`, plus
 * `rk-goal-status-changed` when the status moved and `rk-step-completed` for each step
 * newly ticked off.
 */
export function emitGoalSaved(host: RkElement, before: Goal, record: RecordEnvelope<Goal>): void {
  host.emit('rk-goal-updated', goalDetail(record));
  if (before.status !== record.data.status) {
    host.emit('rk-goal-status-changed', {
      ...goalDetail(record),
      from: before.status,
      to: record.data.status,
    });
  }
  for (const step of record.data.steps) {
    const was = before.steps.find((each) => each.id === step.id);
    if (step.done && !was?.done)
      host.emit('rk-step-completed', { ...goalDetail(record), step: structuredClone(step) });
  }
}

/**
 * True when a stored change is not yet on screen (another tab, another element, an
 * import or erase), so the list must be read again. Our own saves are already shown.
 */
export function needsReload(
  change: StorageChange,
  items: readonly StoredItem<Goal>[] | undefined,
): boolean {
  if (change.kind && change.kind !== goalModel.kind) return false;
  const known = items?.find((item) => item.id === change.id);
  if (change.type === 'put') return known?.record?.rev !== change.rev;
  if (change.type === 'remove') return known !== undefined;
  return true;
}

/** The list with a freshly saved record in place of the one shown (or added at the end). */
export function withRecord(
  items: readonly StoredItem<Goal>[] | undefined,
  record: RecordEnvelope<Goal>,
): StoredItem<Goal>[] {
  const item: StoredItem<Goal> = {
    id: record.id,
    status: 'ok',
    record,
    problems: [],
    readonly: false,
  };
  const list = items ?? [];
  return list.some((each) => each.id === record.id)
    ? list.map((each) => (each.id === record.id ? item : each))
    : [...list, item];
}
