import { html, type TemplateResult } from 'lit';
import type { RkTool } from './rk-tool.js';

/**
 * A real `<h1>`-`<h6>` at the element's heading level (`heading-level`, see
 * `RkTool.effectiveHeadingLevel`) plus `offset`: 0 for the tool's title, 1 for its
 * sections, 2 below that; capped at 6. Only the tools have headings, so this lives
 * apart from the base class and the small elements do not carry it.
 */
export function renderHeading(
  host: Pick<RkTool, 'effectiveHeadingLevel'>,
  content: unknown,
  offset = 0,
  part = 'heading',
): TemplateResult {
  switch (Math.min(6, host.effectiveHeadingLevel + offset)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
