// ESLint flat config. Strict where a mistake would hurt a person (security, accessibility,
// lost promises), quiet about matters of taste (prettier owns formatting).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

/**
 * Globals of the plain-JS tooling scripts (no `globals` package here: the few we use),
 * including browser ones for the functions those scripts run in a page.
 */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'setTimeout',
    'clearTimeout',
    'Buffer',
    'performance',
    'fetch',
    'structuredClone',
    'window',
    'document',
    'requestAnimationFrame',
    'customElements',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'integrations/',
      'bench/results.json',
      'coverage/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'RkElement'] } },
  },
  {
    files: ['**/*.{ts,js,mjs}'],
    rules: {
      // Security: text from people and hosts is never run or parsed as code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      // Everyday correctness.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-debugger': 'error',
      'no-duplicate-imports': 'off',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Library code: no innerHTML/unsafeHTML, no stray console.log (warnings are fine).
    files: ['src/**/*.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Render text as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Render text as text.' },
            { name: 'lit-html/directives/unsafe-html.js', message: 'Render text as text.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text as text (see CONTRIBUTING.md).' },
        { property: 'outerHTML', message: 'Render text as text (see CONTRIBUTING.md).' },
        { property: 'insertAdjacentHTML', message: 'Render text as text.' },
      ],
    },
  },
  {
    // Tests may use chai's expression assertions (`expect(x).to.be.true`), and feed
    // `javascript:` URLs to prove they are refused.
    files: ['test/**/*.ts'],
    rules: {
      'no-script-url': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript tooling: TypeScript does not check these, so ESLint looks for typos.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: nodeGlobals },
    rules: { 'no-undef': 'error' },
  },
  {
    // The sync server (server/) runs in Node only: its few extra timers and encoders.
    files: ['server/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['setInterval', 'clearInterval', 'TextEncoder', 'TextDecoderStream', 'AbortController'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },
);
