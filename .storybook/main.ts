// Storybook 10 for recovery-kit: the docs pages (stories/*.mdx) and one stories file per
// element. Works offline: telemetry and version checks are off here and in package.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Documentation' },
  // Storybook's own manager and docs chunks are large by nature; that warning is noise here.
  // One copy of Lit: the web-components renderer imports `lit/directive-helpers.js`, which
  // Vite would otherwise serve unbundled (from `lit-html/development/`) beside the
  // prebundled Lit the stories use, and Lit warns "Multiple versions of Lit loaded".
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
  }),
};

export default config;
