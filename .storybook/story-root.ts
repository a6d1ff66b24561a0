// The decorator that puts every story inside a root carrying the toolbar's choices:
// `color-scheme` (the elements follow it, see src/styles/tokens.ts) with a matching
// canvas, `dir`, and the locale, which recovery-kit elements take from their own
// `locale` attribute (or a provider's), so it is set on each of them.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator } from '@storybook/web-components-vite';
import { DEFAULT_LOCALE, registerLocale } from '../src/i18n/locale-registry.js';
import { pseudoBidi, pseudoLocalize } from '../src/i18n/pseudo-locale.js';

// en-XA: every string through the localize layer comes out accented and bracketed, so
// any text that bypasses it stands out as plain English.
registerLocale('en-XA', { transform: pseudoLocalize });
// ar-XB: every string written right to left, always shown with dir="rtl", to try the
// layout as Arabic, Hebrew, Urdu or Farsi readers get it.
registerLocale('ar-XB', { transform: pseudoBidi });

/** The `lang` a pseudo-locale's root says (the language it stands in for). */
const PSEUDO_LANG: Record<string, string> = { 'en-XA': 'en', 'ar-XB': 'ar' };

/** Marks the elements whose `locale` the toolbar set, so switching back can undo it. */
const SET_BY_TOOLBAR = 'data-storybook-locale';

function applyLocale(root: Element, locale: string): void {
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.startsWith('rk-')) continue;
    const setByStory = element.hasAttribute('locale') && !element.hasAttribute(SET_BY_TOOLBAR);
    if (setByStory) continue;
    if (locale === DEFAULT_LOCALE) {
      element.removeAttribute('locale');
      element.removeAttribute(SET_BY_TOOLBAR);
    } else {
      element.setAttribute('locale', locale);
      element.setAttribute(SET_BY_TOOLBAR, '');
    }
  }
}

export const withStoryRoot: Decorator = (story, context) => {
  const { theme, locale, dir } = context.globals as { theme: string; locale: string; dir: string };
  // The page behind the docs and canvas follows the theme too, so dark has no white frame.
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = 'Canvas';
  // The story is rendered synchronously inside this root; set locales right after.
  const withLocale = (root?: Element) => {
    if (root) queueMicrotask(() => applyLocale(root, locale));
  };
  return html`<div
    class="rk-story-root"
    lang=${PSEUDO_LANG[locale] ?? locale}
    dir=${locale === 'ar-XB' ? 'rtl' : dir}
    style="color-scheme: ${theme}; background: Canvas; color: CanvasText; padding: 1rem;"
    ${ref(withLocale)}
  >
    ${story()}
  </div>`;
};
