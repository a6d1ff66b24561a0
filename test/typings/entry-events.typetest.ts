// Type test (checked by `tsc`, never run): the journal events are typed on every element.
import type {} from '../../src/events/entry-events.js';

declare const el: HTMLElement;

el.addEventListener('rk-entry-saved', (e) => e.detail.entry.body);
el.addEventListener('rk-entry-saved', (e) => {
  const change: 'created' | 'updated' | 'restored' = e.detail.change;
  const hope: number | null = e.detail.entry.hope;
  return [change, hope, e.detail.record.rev];
});
el.addEventListener('rk-entry-removed', (e) => e.detail.record.id);
el.addEventListener('rk-entry-removed', (e) => e.detail.entry.tags.join(', '));

// @ts-expect-error an entry has no `title`
el.addEventListener('rk-entry-saved', (e) => e.detail.entry.title);
// @ts-expect-error there is no "deleted" change
el.addEventListener('rk-entry-saved', (e) => e.detail.change === 'deleted');
// @ts-expect-error a removal has no `change`
el.addEventListener('rk-entry-removed', (e) => e.detail.change);
