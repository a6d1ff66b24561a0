// The decorator that puts every story inside a root carrying the toolbar's choices:
// `color-scheme` (the elements follow it, see src/styles/tokens.ts) with a matching
// canvas, `lang` and `dir`.
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

export const withStoryRoot: Decorator = (story, context) => {
  const { theme, locale, dir } = context.globals as { theme: string; locale: string; dir: string };
  // The page behind the docs and canvas follows the theme too, so dark has no white frame.
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = 'Canvas';
  return html`<div
    class="rk-story-root"
    lang=${locale}
    dir=${dir}
    style="color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 1rem;"
  >
    ${story()}
  </div>`;
};
