import { html, type TemplateResult } from 'lit';
import type { Goal } from '../../core/goal.js';
import type * as Editor from './goal-editor.js';
import type { GoalUi } from './goal-ui.js';

let editor: typeof Editor | undefined;
let loading = false;
let failed = false;
/** Trackers showing an open goal while the editor loads: rendered again when it settles. */
const waiting = new Set<GoalUi>();

function settle(): void {
  for (const ui of waiting) {
    if (failed) ui.announce(ui.s.editorFailed);
    ui.redraw();
  }
  waiting.clear();
}

/**
 * Asks for the editor, once. A module that failed to load stays failed until the page
 * is reloaded (browsers keep the failure in their module map), so it is not asked again.
 */
function load(ui: GoalUi): void {
  waiting.add(ui);
  if (loading) return;
  loading = true;
  import('./goal-editor.js').then(
    (module) => {
      editor = module;
      settle();
    },
    (error: unknown) => {
      console.warn('recovery-kit: the goal editor could not be loaded.', error);
      failed = true;
      settle();
    },
  );
}

/**
 * An open goal's fields (goal-editor.ts, with the step list), loaded the first time a
 * goal is opened rather than with the tracker: the list, the add form and the overview
 * show without them. Until they arrive the goal says it is opening; when they cannot be
 * loaded (the connection dropped), it says so and that reloading the page tries again.
 */
export function openGoalEditor(
  ui: GoalUi,
  id: string,
  goal: Goal,
  onRemove: () => void,
): TemplateResult {
  if (editor) return editor.goalEditor(ui, id, goal, onRemove);
  if (failed) return html`<p class="editor">${ui.s.editorFailed}</p>`;
  load(ui);
  return html`<p class="editor">${ui.s.editorLoading}</p>`;
}
