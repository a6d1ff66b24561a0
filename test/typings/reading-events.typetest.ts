// Compiled by `tsc --noEmit`, never run: proves the reading events are typed on every element.
import type {} from '../../src/events/reading-events.js';
import type { Reading } from '../../src/core/reading.js';

declare const el: HTMLElement;

el.addEventListener('rk-reading-saved', (event) => {
  const reading: Reading = event.detail.reading.data;
  const created: boolean = event.detail.created;
  const score: number | undefined = reading.scores.hope;
  void [created, score, event.detail.reading.id.length];
});

el.addEventListener('rk-reading-removed', (event) => {
  const takenAt: string = event.detail.reading.data.takenAt;
  void takenAt;
});

el.addEventListener('rk-reading-saved', (event) => {
  // @ts-expect-error a saved reading has no `goal`
  void event.detail.goal;
});
