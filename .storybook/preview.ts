// What every story shares: the API tables from custom-elements.json (generated from JSDoc),
// and toolbar switches for theme, locale and text direction applied around each story.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElementsManifest from '../custom-elements.json' with { type: 'json' };
import { withStoryRoot } from './story-root.js';

setCustomElementsManifest(customElementsManifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the page around the element',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the interface',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'cy', title: 'Cymraeg (Welsh, awaiting review)' },
          { value: 'en-XA', title: 'Pseudo-locale (finds untranslated text)' },
          { value: 'ar-XB', title: 'Right-to-left pseudo-locale (tries RTL layout)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-GB', dir: 'ltr' },
  decorators: [withStoryRoot],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Introduction',
            'Embedding',
            'Theming',
            'Storage',
            'Events',
            'Accessibility',
            'Localization',
          ],
          'Tools',
          'Foundation',
        ],
      },
    },
  },
};

export default preview;
