import { html, type TemplateResult } from 'lit';
import type { Goal } from '../../core/goal.js';
import { LazyPart } from '../lazy-part.js';
import type { GoalUi } from './goal-ui.js';

const editor = new LazyPart(() => import('./goal-editor.js'), 'the goal editor');

/**
 * An open goal's fields (goal-editor.ts, with the step list), loaded the first time a
 * goal is opened rather than with the list: the list and the overview show without
 * them. Until they arrive the goal says it is opening; when they cannot be loaded (the
 * connection dropped), it says so and that reloading the page tries again.
 */
export function openGoalEditor(
  ui: GoalUi,
  id: string,
  goal: Goal,
  onRemove: () => void,
): TemplateResult {
  const loaded = editor.get(ui.element, (failed) => {
    if (failed) ui.announce(ui.s.editorFailed);
    ui.redraw();
  });
  if (loaded) return loaded.goalEditor(ui, id, goal, onRemove);
  return html`<p class="editor">${editor.failed ? ui.s.editorFailed : ui.s.editorLoading}</p>`;
}
