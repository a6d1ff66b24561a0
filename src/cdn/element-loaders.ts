/**
 * How the script-tag build loads each element: its own define module, in a chunk of its
 * own beside recovery-kit.js (shared code, Lit included, goes to shared chunks). A new
 * element must be listed here: `npm test` fails until it is (scripts/check-manifest.mjs
 * compares these tags with the manifest's).
 *
 * Each promise gives nothing (`.then(() => {})`, written out so the bundler sees it): a
 * define module's exports are never read, so no module object is built for one. A tool's
 * chunk also exports what its lazy views import, and building its define module's object
 * took a helper chunk on the tool's page.
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<void>> = {
  'rk-provider': () => import('../elements/provider/define.js').then(() => {}),
  'rk-crisis-help': () => import('../elements/crisis-help/define.js').then(() => {}),
  'rk-save-status': () => import('../elements/save-status/define.js').then(() => {}),
  'rk-undo-notice': () => import('../elements/undo/define.js').then(() => {}),
  'rk-goal-tracker': () => import('../elements/goal-tracker/define.js').then(() => {}),
  'rk-star-assessment': () => import('../elements/star-assessment/define.js').then(() => {}),
  'rk-staying-well-plan': () => import('../elements/staying-well-plan/define.js').then(() => {}),
  'rk-hope-journal': () => import('../elements/hope-journal/define.js').then(() => {}),
  'rk-my-data': () => import('../elements/my-data/define.js').then(() => {}),
  'rk-lock': () => import('../elements/lock/define.js').then(() => {}),
};
