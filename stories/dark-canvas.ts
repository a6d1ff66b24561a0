import { html, type TemplateResult } from 'lit';

/**
 * Shows `content` on a dark page, as the dark-theme stories need: a dark background and
 * `color-scheme: dark`, so elements that follow the page's scheme turn dark too.
 */
export function onDarkCanvas(content: unknown): TemplateResult {
  return html`<div style="background: #15191e; padding: 1rem; color-scheme: dark">${content}</div>`;
}
