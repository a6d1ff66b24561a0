// Type test (checked by `tsc`, never run): the goal events are typed on every element.
import type {} from '../../src/events/goal-events.js';

declare const el: HTMLElement;

el.addEventListener('rk-goal-created', (e) => e.detail.goal.title);
el.addEventListener('rk-goal-updated', (e) => e.detail.record.rev);
el.addEventListener('rk-goal-removed', (e) => e.detail.record.id);
el.addEventListener('rk-goal-restored', (e) => e.detail.goal.chime);
el.addEventListener('rk-goal-status-changed', (e) => {
  const to: 'active' | 'paused' | 'achieved' | 'let-go' = e.detail.to;
  return [to, e.detail.from];
});
el.addEventListener('rk-step-completed', (e) => e.detail.step.doneAt);

// @ts-expect-error a goal has no `name`
el.addEventListener('rk-goal-created', (e) => e.detail.goal.name);
// @ts-expect-error there is no "failed" status
el.addEventListener('rk-goal-status-changed', (e) => e.detail.to === 'failed');
