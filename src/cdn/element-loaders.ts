/**
 * How the script-tag build loads each element: its own define module, in a chunk of its
 * own beside recovery-kit.js (shared code, Lit included, goes to shared chunks). A new
 * element must be listed here: `npm test` fails until it is (scripts/check-manifest.mjs
 * compares these tags with the manifest's).
 */
export const ELEMENT_LOADERS: Record<string, () => Promise<unknown>> = {
  'rk-provider': () => import('../elements/provider/define.js'),
  'rk-crisis-help': () => import('../elements/crisis-help/define.js'),
  'rk-save-status': () => import('../elements/save-status/define.js'),
  'rk-undo-notice': () => import('../elements/undo/define.js'),
  'rk-goal-tracker': () => import('../elements/goal-tracker/define.js'),
  'rk-star-assessment': () => import('../elements/star-assessment/define.js'),
  'rk-staying-well-plan': () => import('../elements/staying-well-plan/define.js'),
  'rk-hope-journal': () => import('../elements/hope-journal/define.js'),
  'rk-my-data': () => import('../elements/my-data/define.js'),
  'rk-lock': () => import('../elements/lock/define.js'),
};
