// Size measurements for `npm run bench`: gzip -9 of minified code, as a person downloads it.
// Every function returns BenchResult-shaped objects (see bench-types.ts), suite "size".
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB here is 1,000 bytes (the stricter reading of every budget). */
const KB = 1000;

/**
 * What counts as each tool's own code: its element folder plus its core models and its
 * events file. Shared modules (base class, controllers, storage, styles, i18n) are not.
 */
export const TOOL_OWN_CODE = [
  { folder: 'goal-tracker', models: ['goal'], maxKb: 12 },
  { folder: 'star-assessment', models: ['reading', 'life-areas'], maxKb: 12 },
  { folder: 'staying-well-plan', models: ['plan'], maxKb: 12 },
  { folder: 'hope-journal', models: ['entry', 'journal'], maxKb: 14 },
];

/** The pieces of the "foundation" CDN bundle the issue budgets at 16 KB. */
const FOUNDATION_ELEMENTS = ['provider', 'crisis-help', 'save-status'];

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

const sizeResult = (name, bytes, maxKb, note) => ({
  suite: 'size',
  name,
  value: bytes,
  unit: 'bytes',
  ...(maxKb === undefined ? {} : { target: { max: maxKb * KB } }),
  ...(note ? { note } : {}),
});

/** Bundles one entry with esbuild, minified, and returns the gzip -9 size of the output. */
async function bundledGzip(root, options) {
  const result = await build({
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  return gzipSize(Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents))));
}

/** An esbuild plugin that leaves every bare (package) import external. */
const packagesExternal = {
  name: 'packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Each public entry of the npm build (dist/index.js, dist/define.js, dist/elements/x/define.js)
 * with the package modules it pulls in, packages (lit, chart.js, ...) left out.
 */
export async function publicEntrySizes(root) {
  const dist = join(root, 'dist');
  const entries = ['index.js', 'define.js'];
  const elementsDir = join(dist, 'elements');
  if (existsSync(elementsDir)) {
    for (const folder of readdirSync(elementsDir).sort()) {
      if (existsSync(join(elementsDir, folder, 'define.js')))
        entries.push(`elements/${folder}/define.js`);
    }
  }
  const results = [];
  for (const entry of entries) {
    const bytes = await bundledGzip(root, {
      entryPoints: [join(dist, entry)],
      plugins: [packagesExternal],
    });
    results.push(
      sizeResult(
        `npm entry dist/${entry}`,
        bytes,
        undefined,
        'with the package modules it imports; lit, @lit/context, chart.js external',
      ),
    );
  }
  return results;
}

/** Static `import ... from './x.js'` targets of a built chunk (other chunks it needs first). */
function staticChunkImports(code) {
  const targets = new Set();
  for (const match of code.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g,
  ))
    targets.add(match[1]);
  return [...targets];
}

/** The .js files of a build folder, by name. */
function readChunks(dir) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(join(dir, file))]));
}

/** `start` and every chunk it imports statically, transitively, except those in `skip`. */
function staticClosure(code, start, skip = new Set()) {
  const needed = new Set();
  const visit = (file) => {
    if (needed.has(file) || skip.has(file) || !code.has(file)) return;
    needed.add(file);
    staticChunkImports(code.get(file).toString()).forEach(visit);
  };
  visit(start);
  return [...needed];
}

const gzipTotal = (code, files) => files.reduce((sum, file) => sum + gzipSize(code.get(file)), 0);

/** Tool pages the script-tag build is budgeted for: one tool downloads at most 36 KB. */
export const ONE_TOOL_PAGE_MAX_KB = 36;

/**
 * Until every tool page meets the 36 KB budget, the most each may weigh (bytes, first
 * load): about 300 B above what it weighed on 3 December 2026 once the shared chunk held
 * only code two or more tools use (scripts/cdn-chunks.ts) and a goal's editor loaded when
 * a goal is opened: 40,379 / 43,132 / 42,505 / 47,199 B. The goal tracker's would pass
 * its ceiling if a module awaited at the top level again (vite.config.ts: +390 B). Before
 * @lit/context's provider left the shared chunk (-385 B on each), the star assessment's
 * had risen (from 42,567 to 43,518) because the life areas left the shared chunk for its
 * own (the other three pages are 0.7-1.1 KB lighter) and the autoloader left it too (a
 * page with no tool downloads 0.9 KB, not 30.6 KB). The
 * package check (scripts/check-cdn.mjs) fails on a jump such as the encryption code's
 * 4 KB reaching every page, not on small changes. Lower a ceiling when you save bytes;
 * never raise one without saying why in the commit. Later on 3 December 2026 each
 * tool's three-way merge became loaded when a save first meets a change made elsewhere
 * (39,664 / 42,831 / 41,892 / 46,136 B), then the chart controller when a chart is first
 * shown (39,264 / 43,405 / 41,477 / 45,712 B): the star assessment, which draws its
 * charts at first, then fetches the controller as a chunk of its own (+574 B), which is
 * why its ceiling rose from 43,450. On 3 December 2026 (session 9) the views of saved
 * records (the goal list, the journal's list and look back, the star assessment's saved
 * readings) became loaded once there is a record to show (LazyPart), with their styles:
 * 35,620 / 42,747 / 41,570 / 42,291 B. The goal tracker's page is within the budget,
 * which is its ceiling now; the plan's rose 0.2 KB (LazyPart moved to the shared chunk).
 * The journal's list and look-back styles then came with them too: 41,773 B. In session
 * 10 the star assessment's charts (the live one, their tables, the chart controller) and
 * every tool's chart styles became loaded once there is something to draw: 35,389 /
 * 39,153 / 41,339 / 41,526 B. The charts part's words then came with it (addPartDefaults):
 * the star assessment's page 38,494 B; the others about 50 B heavier for the mechanism.
 * The journal's records view and the goal tracker's list view and editor then brought
 * theirs: 34,540 / 38,497 / 41,402 / 41,010 B.
 */
export const ONE_TOOL_PAGE_CEILINGS = {
  'goal-tracker': 36_000,
  'star-assessment': 38_800,
  'staying-well-plan': 41_650,
  'hope-journal': 41_300,
};
const TOOL_FOLDERS = new Set(TOOL_OWN_CODE.map((tool) => tool.folder));

/**
 * The script-tag build (dist/cdn) as pages download it. recovery-kit.js loads each element
 * from its own chunk (named after the element's folder) when its tag is on the page, so
 * for each element: what a page holding only that element downloads before it shows
 * (recovery-kit.js, the element's chunk and every chunk they import statically). Then the
 * page that loads recovery-kit-all.js (every element), each file, and what drawing the
 * first radar chart downloads on top.
 */
/**
 * The files of the script-tag build (dist/cdn) a page holding only <rk-`folder`> downloads
 * before it shows: recovery-kit.js, the element's chunk and every chunk they import
 * statically. Undefined when the build has no chunk for the element.
 */
export function cdnPageFiles(root, folder, code = readChunks(join(root, 'dist/cdn'))) {
  const chunk = [...code.keys()].find((file) => file.startsWith(`${folder}-`));
  if (!chunk) return undefined;
  return [...new Set([...staticClosure(code, 'recovery-kit.js'), ...staticClosure(code, chunk)])];
}

export function cdnSizes(root) {
  const code = readChunks(join(root, 'dist/cdn'));
  const entry = staticClosure(code, 'recovery-kit.js');
  const results = [
    sizeResult(
      'CDN recovery-kit.js as first loaded, no element on the page',
      gzipTotal(code, entry),
      undefined,
      `${entry.join(' + ')}: the autoloader`,
    ),
  ];
  const elementsDir = join(root, 'src/elements');
  const folders = readdirSync(elementsDir).filter((folder) =>
    existsSync(join(elementsDir, folder, 'define.ts')),
  );
  for (const folder of folders.sort()) {
    const page = cdnPageFiles(root, folder, code);
    if (!page) continue;
    results.push(
      sizeResult(
        `CDN page with only <rk-${folder}>: first load`,
        gzipTotal(code, page),
        TOOL_FOLDERS.has(folder) ? ONE_TOOL_PAGE_MAX_KB : undefined,
        `${page.length} files: ${page.join(' + ')}`,
      ),
    );
  }
  const everything = new Set(staticClosure(code, 'recovery-kit-all.js'));
  for (const file of code.keys()) {
    if (folders.some((folder) => file.startsWith(`${folder}-`))) {
      staticClosure(code, file).forEach((needed) => everything.add(needed));
    }
  }
  results.push(
    sizeResult(
      'CDN recovery-kit-all.js as first loaded (every element and Lit)',
      gzipTotal(code, [...everything]),
      undefined,
      `${everything.size} files; chart.js loads on demand`,
    ),
  );
  for (const file of code.keys()) {
    const when = everything.has(file) ? 'loaded with its element' : 'loaded on demand';
    results.push(sizeResult(`CDN file ${file}`, gzipSize(code.get(file)), undefined, when));
  }
  const radar = [...code.keys()].find((file) => file.startsWith('radar-chart'));
  if (radar) {
    const needed = staticClosure(code, radar, everything);
    results.push(
      sizeResult(
        'radar chart: chart.js chunks loaded on first show',
        gzipTotal(code, needed),
        65,
        `${needed.join(' + ')}, each gzipped`,
      ),
    );
  }
  return results;
}

/** The chunk each tag loads (`rk-provider` -> `provider-<hash>.js`), from the autoloader's table as built. */
function elementChunks(code) {
  const chunks = new Map();
  for (const text of code.values()) {
    for (const match of text.toString().matchAll(/"(rk-[a-z-]+)":\(\)=>import\(`\.\/([^`]+)`\)/g))
      chunks.set(match[1], match[2]);
  }
  return chunks;
}

/**
 * A page with only the foundation, as the script-tag build (dist/cdn) serves it: the
 * recovery-kit.js tag, <rk-provider>, <rk-crisis-help> and <rk-save-status>, and a module of
 * its own importing RecordStore and IndexedDbAdapter from recovery-kit-api.js. What it
 * downloads before it shows (every chunk those files import statically), gzipped file by
 * file as a browser fetches them; chunks loaded on demand (encryption, sync, backups) are
 * not counted, so encryption costs such a page nothing (check-cdn fails if it does on a
 * tool page).
 */
export function foundationSize(root) {
  const name = 'CDN foundation-only page as first loaded';
  const code = readChunks(join(root, 'dist/cdn'));
  const chunks = elementChunks(code);
  const tags = FOUNDATION_ELEMENTS.map((folder) => `rk-${folder}`);
  const missing = tags.filter((tag) => !chunks.has(tag));
  if (missing.length > 0 || !code.has('recovery-kit-api.js')) {
    return [
      {
        ...sizeResult(name, 0, 16),
        error: `not measured: dist/cdn has no recovery-kit-api.js or no chunk for ${missing.join(', ')}`,
      },
    ];
  }
  const page = new Set(
    ['recovery-kit.js', 'recovery-kit-api.js', ...tags.map((tag) => chunks.get(tag))].flatMap(
      (file) => staticClosure(code, file),
    ),
  );
  return [
    sizeResult(
      name,
      gzipTotal(code, [...page]),
      16,
      `<rk-provider> + <rk-crisis-help> + <rk-save-status> + RecordStore and IndexedDbAdapter from recovery-kit-api.js, Lit included: ${page.size} files: ${[...page].join(' + ')}`,
    ),
  ];
}

/** True when `file` (absolute, .ts) belongs to the tool's own code. */
function isOwnCode(root, tool, file) {
  const path = relative(root, file).split('\\').join('/');
  if (path.startsWith(`src/elements/${tool.folder}/`)) return true;
  if (dirname(path) === 'src/core') return tool.models.some((m) => basename(path).startsWith(m));
  return tool.models.some((model) => path === `src/events/${model}-events.ts`);
}

/** An esbuild plugin that keeps only the tool's own modules in the bundle. */
function ownCodeOnly(root, tool) {
  return {
    name: 'own-code-only',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        return isOwnCode(root, tool, file) ? { path: file } : { path: args.path, external: true };
      });
    },
  };
}

/** Each tool's own code: its define entry bundled with shared modules and packages external. */
export async function ownCodeSizes(root) {
  const results = [];
  for (const tool of TOOL_OWN_CODE) {
    const entry = join(root, `src/elements/${tool.folder}/define.ts`);
    const name = `${tool.folder}: own code`;
    if (!existsSync(entry)) {
      results.push({
        ...sizeResult(name, 0, tool.maxKb),
        error: `not measured: src/elements/${tool.folder}/define.ts missing`,
      });
      continue;
    }
    const bytes = await bundledGzip(root, {
      entryPoints: [entry],
      plugins: [ownCodeOnly(root, tool)],
    });
    results.push(
      sizeResult(
        name,
        bytes,
        tool.maxKb,
        `src/elements/${tool.folder}/, core ${tool.models.join('/')}*, events; shared code external`,
      ),
    );
  }
  return results;
}
