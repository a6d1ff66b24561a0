// Type test (checked by `tsc`, never run): the my-data events are typed on every element.
import type { RkElement } from '../../src/elements/rk-element.js';
import type { ImportReport } from '../../src/storage/import-plan.js';
import type {} from '../../src/events/my-data-events.js';

declare const el: HTMLElement;
declare const rk: RkElement;
declare const report: ImportReport;

el.addEventListener('rk-data-exported', (e) => {
  const count: number = e.detail.count;
  const fileName: string = e.detail.fileName;
  return [count, fileName];
});
el.addEventListener('rk-data-imported', (e) => {
  const mode: 'merge' | 'replace' = e.detail.mode;
  return [mode, e.detail.added, e.detail.replaced, e.detail.kept, e.detail.problems];
});
el.addEventListener('rk-data-erased', (e) => e.detail);

rk.emit('rk-data-exported', { count: 3, fileName: 'my-recovery-kit-copy-2026-03-03.json' });
rk.emit('rk-data-imported', report);
rk.emit('rk-data-erased', {});

// @ts-expect-error the export detail has no `bundle`
el.addEventListener('rk-data-exported', (e) => e.detail.bundle);
// @ts-expect-error an import report has no `written`
el.addEventListener('rk-data-imported', (e) => e.detail.written);
// @ts-expect-error `fileName` is required
rk.emit('rk-data-exported', { count: 3 });
// @ts-expect-error the erase event carries nothing
rk.emit('rk-data-erased', { count: 3 });
