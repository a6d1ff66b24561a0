// The script-tag build's main file (dist/cdn/recovery-kit.js): it registers only the
// elements a page uses, each loaded from its own chunk the first time its tag is on the
// page, now or later. It exports only `loadElements`: the API (store, adapters, backups,
// locales) is recovery-kit-api.js (./api.ts), so a page that only shows tools never
// downloads the adapters it does not use.
import { watchElements } from './autoloader.js';

export { loadElements } from './autoloader.js';

/** Set once per page, so a second copy of this file (say, with a query string) does not watch again. */
const WATCHING = Symbol.for('recovery-kit.autoloader');
const page = globalThis as { [WATCHING]?: true };

if (!page[WATCHING] && typeof document !== 'undefined') {
  page[WATCHING] = true;
  watchElements(document.documentElement);
}
