import { html, type TemplateResult } from 'lit';

/**
 * Puts a table in a frame that scrolls sideways on its own when the table is wider than
 * the tool, so the page never does (320 px reflow, WCAG 1.4.10). The frame is a group
 * named `label` (the table's caption) that takes focus, so keyboard users can scroll it.
 * Styled by `.table-frame` in `tool-styles.ts`.
 */
export function tableFrame(label: string, table: TemplateResult): TemplateResult {
  return html`<div
    class="table-frame"
    part="table-frame"
    role="group"
    tabindex="0"
    aria-label=${label}
  >
    ${table}
  </div>`;
}
