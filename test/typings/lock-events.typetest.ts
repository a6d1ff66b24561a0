// Type test (checked by `tsc`, never run): the lock's events are typed on every element.
import type { RkElement } from '../../src/elements/rk-element.js';
import type {} from '../../src/events/lock-events.js';

declare const el: HTMLElement;
declare const rk: RkElement;

el.addEventListener('rk-locked', (e) => {
  const reason: 'asked' | 'idle' | 'elsewhere' = e.detail.reason;
  return reason;
});
el.addEventListener('rk-unlocked', (e) => Object.keys(e.detail).length);
el.addEventListener('rk-protection-changed', (e) => {
  const now: boolean = e.detail.protected;
  return now;
});

// @ts-expect-error there is no "timeout" reason
el.addEventListener('rk-locked', (e) => e.detail.reason === 'timeout');
// @ts-expect-error an unlock carries no reason
el.addEventListener('rk-unlocked', (e) => e.detail.reason.length);
// @ts-expect-error `protected` is a boolean
el.addEventListener('rk-protection-changed', (e) => e.detail.protected.length);

rk.emit('rk-locked', { reason: 'idle' });
rk.emit('rk-protection-changed', { protected: true });
// @ts-expect-error `protected` is required
rk.emit('rk-protection-changed', {});
