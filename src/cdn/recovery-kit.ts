// The script-tag build's main file (dist/cdn/recovery-kit.js): it registers only the
// elements a page uses, each loaded from its own chunk the first time its tag is on the
// page, now or later, and exports the API in ./api.ts.
import { watchElements } from './autoloader.js';

export * from './api.js';

/** Set once per page, so a second copy of this file (say, with a query string) does not watch again. */
const WATCHING = Symbol.for('recovery-kit.autoloader');
const page = globalThis as { [WATCHING]?: true };

if (!page[WATCHING] && typeof document !== 'undefined') {
  page[WATCHING] = true;
  watchElements(document.documentElement);
}
