// Two builds from one config.
//
// `vite build` (default mode): ES modules for bundlers. Every source module becomes its own
// minified file under dist/ (dist/index.js, dist/define.js, dist/elements/<name>/define.js,
// ...), so a bundler tree-shakes what a page does not use and the registering modules are
// exactly the ones package.json lists in `sideEffects`. lit, @lit/context, chart.js and the
// virtualizer stay imports: the application installs and dedupes them.
//
// `vite build --mode cdn`: the script-tag build in dist/cdn/, everything bundled and
// minified. recovery-kit.js (src/cdn/recovery-kit.ts) registers only the elements a page
// uses: each element is a chunk of its own, fetched the first time its tag appears, and
// code elements share (Lit, the base classes) goes to shared chunks, so a page with one
// tool downloads that tool and what it needs. recovery-kit-all.js registers every element
// at once. recovery-kit-api.js (src/cdn/api.ts) is the API for a page's own modules, which
// recovery-kit-all.js exports too. Chunks (chart.js too, on first chart)
// are imported by URLs relative to the importing module, so the folder can be served from
// any base path.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplateLiteralsPlugin } from './scripts/minify-template-literals.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => `${root}${path}`;

/** Packages a bundler should resolve itself (the library build leaves them as imports). */
const EXTERNAL =
  /^(lit|lit-html|lit-element|@lit\/context|@lit-labs\/virtualizer|chart\.js|chai)(\/|$)/;

/**
 * Modules the CDN build keeps out of the shared chunk although three chunks import them,
 * because most pages never need them: chart.js (loaded with the first chart) and the
 * localStorage and memory adapters and what only they use (the API file,
 * recovery-kit-all.js and the fallback for a browser without IndexedDB import them; a tool
 * on IndexedDB does not). check-cdn fails when a tool page downloads one of them. The undo
 * notice's loader (undo-notice-ready.ts) is imported by the three tools that remove things
 * and by no page without one of them.
 */
const NOT_SHARED =
  /node_modules[\\/](chart\.js|@kurkle)[\\/]|src[\\/](storage[\\/](localstorage-adapter|memory-adapter|cross-tab-lock)|elements[\\/](controllers[\\/]create-adapter|undo[\\/]undo-notice-ready))\.ts$/;

/** The script-tag build's three files (see the top of this file). */
const CDN_ENTRIES: Record<string, string> = {
  'recovery-kit': fromRoot('src/cdn/recovery-kit.ts'),
  'recovery-kit-all': fromRoot('src/cdn/recovery-kit-all.ts'),
  'recovery-kit-api': fromRoot('src/cdn/api.ts'),
};

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
        sourcemap: true,
        reportCompressedSize: false,
        lib: {
          entry: CDN_ENTRIES,
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          // Crisis help, save status and the undo notice are loaded by their own loader and
          // imported by every tool: they live in the shared chunk, as intended, so the
          // bundler's note that their dynamic import moves nothing is noise here.
          checks: { ineffectiveDynamicImport: false },
          // Library mode keeps the entry's signature strict, so code the entry shares with
          // lazy chunks goes to a small chunk of its own and no chunk ever imports
          // recovery-kit.js itself: a page may add a query string (cache busting) to the
          // script URL without the bundle running twice.
          output: {
            // Vite keeps whitespace in ES library output; a page downloads this file as is.
            minify: true,
            comments: { annotation: false, jsdoc: false, legal: false },
            // Code that three or more chunks share (Lit, the base classes, the store, the
            // small shared elements) goes to one shared chunk rather than to a chunk per
            // combination of importers: a tool's page loads four to six files, and gzip
            // does better on fewer. Code only two chunks share stays out of it, so a page
            // that uses neither never downloads it: the encryption code (shared by <rk-lock>
            // and the encrypted store, ~4 KB gzip) went to every page when this was two.
            // chart.js stays in the chunks loaded with the first chart.
            codeSplitting: {
              groups: [
                {
                  name: 'shared',
                  test: (id: string) => !NOT_SHARED.test(id),
                  minShareCount: 3,
                },
              ],
            },
            // Lazy pieces sit next to recovery-kit.js and are imported as './<name>.js'; an
            // element's chunk is named after its folder (goal-tracker-<hash>.js).
            chunkFileNames: ({ moduleIds }) =>
              `${/elements\/([^/]+)\/define\.ts$/.exec(moduleIds.at(-1) ?? '')?.[1] ?? '[name]'}-[hash].js`,
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
      sourcemap: true,
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
