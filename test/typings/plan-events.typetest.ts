// Type test (checked by `tsc`, never run): the plan events are typed on every element.
import type {} from '../../src/events/plan-events.js';

declare const el: HTMLElement;

el.addEventListener('rk-plan-saved', (e) => e.detail.plan.sections['helps']?.items[0]?.text);
el.addEventListener('rk-plan-saved', (e) => e.detail.plan.contacts.map((c) => c.phone));
el.addEventListener('rk-plan-saved', (e) => e.detail.record.rev);
el.addEventListener('rk-plan-reviewed', (e) => {
  const at: string | null = e.detail.plan.reviewedAt;
  return at;
});
el.addEventListener('rk-plan-reviewed', (e) => {
  const template: 'staying-well' | 'safety' = e.detail.plan.template;
  return template;
});

// @ts-expect-error a plan has no `title`
el.addEventListener('rk-plan-saved', (e) => e.detail.plan.title);
// @ts-expect-error there is no third template
el.addEventListener('rk-plan-reviewed', (e) => e.detail.plan.template === 'crisis-card');
