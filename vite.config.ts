// Two builds from one config.
//
// `vite build` (default mode): ES modules for bundlers. Every source module becomes its own
// minified file under dist/ (dist/index.js, dist/define.js, dist/elements/<name>/define.js,
// ...), so a bundler tree-shakes what a page does not use and the registering modules are
// exactly the ones package.json lists in `sideEffects`. lit, @lit/context, chart.js and the
// virtualizer stay imports: the application installs and dedupes them.
//
// `vite build --mode cdn`: one self-contained file, dist/cdn/recovery-kit.js, that registers
// every element when a page loads it with <script type="module">. Everything is bundled and
// minified. Code reached only through a dynamic import() (chart.js) lands in chunks beside
// it and is fetched the first time a chart is shown, by a URL relative to the importing
// module, so the folder can be served from any base path.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplateLiteralsPlugin } from './scripts/minify-template-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => `${root}${path}`;

/** Packages a bundler should resolve itself (the library build leaves them as imports). */
const EXTERNAL =
  /^(lit|lit-html|lit-element|@lit\/context|@lit-labs\/virtualizer|chart\.js|chai)(\/|$)/;

/** `src/elements/<name>/define.ts` for every element folder: new elements need no config. */
function elementDefineEntries(): Record<string, string> {
  const elementsDir = fromRoot('src/elements');
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(elementsDir, { withFileTypes: true })) {
    const define = `${elementsDir}/${folder.name}/define.ts`;
    if (folder.isDirectory() && existsSync(define)) {
      entries[`elements/${folder.name}/define`] = define;
    }
  }
  return entries;
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') {
    return {
      plugins: [minifyTemplateLiteralsPlugin()],
      // The CDN bundle is a production build whatever the mode is called.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: 'oxc',
        sourcemap: false,
        reportCompressedSize: false,
        lib: {
          entry: fromRoot('src/define.ts'),
          formats: ['es'],
          fileName: () => 'recovery-kit.js',
        },
        rolldownOptions: {
          // Library mode keeps the entry's signature strict, so code the entry shares with
          // lazy chunks goes to a small chunk of its own and no chunk ever imports
          // recovery-kit.js itself: a page may add a query string (cache busting) to the
          // script URL without the bundle running twice.
          output: {
            // Vite keeps whitespace in ES library output; a page downloads this file as is.
            minify: true,
            comments: { annotation: false, jsdoc: false, legal: false },
            // Lazy pieces sit next to recovery-kit.js and are imported as './<name>.js'.
            chunkFileNames: '[name]-[hash].js',
          },
        },
      },
    };
  }

  return {
    plugins: [minifyTemplateLiteralsPlugin()],
    build: {
      outDir: 'dist',
      // dist/types (from tsc) and dist/cdn (the other mode) live here too.
      emptyOutDir: false,
      target: 'es2022',
      minify: 'oxc',
      sourcemap: false,
      reportCompressedSize: false,
      lib: {
        entry: {
          index: fromRoot('src/index.ts'),
          define: fromRoot('src/define.ts'),
          // recovery-kit/testing: the adapter conformance suite, never part of the main entry.
          'testing/index': fromRoot('src/testing/index.ts'),
          ...elementDefineEntries(),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id: string) => EXTERNAL.test(id),
        // Inlining another module's constants would leave a bare `import './x.js'` behind,
        // which bundlers then warn about (the module is side-effect free); theirs inline anyway.
        optimization: { inlineConst: false },
        output: {
          // Fully minified too: bundlers re-minify anyway, and pure annotations survive.
          minify: true,
          // One file per source module, mirroring src/, so paths match dist/types.
          preserveModules: true,
          preserveModulesRoot: 'src',
          // Compiler helpers (the decorator runtime) get a short, version-free path.
          entryFileNames: ({ name }) =>
            `${name.replace(/^_virtual\/.*\/helpers\/(esm\/)?/, 'runtime/')}.js`,
        },
      },
    },
  };
});
