// The package as a user gets it: builds dist/, packs the tarball npm would publish, lints it
// (publint, @arethetypeswrong/cli), checks the script tag in Chromium (check-cdn.mjs),
// installs it into the fixture apps in fixtures/ and type-checks and builds each of them
// with no declarations of their own:
// - fixtures/typescript: plain TypeScript, `node16` and `bundler` resolution,
//   TypeScript 5.9, 6.x and 7.x (tsgo), skipLibCheck false; then a Vite build;
// - fixtures/react: React 19 with `recovery-kit/jsx` (typed `onrk-*` props), the same three
//   TypeScript versions; then a Vite build;
// - fixtures/vue: Vue 3 with `recovery-kit/vue`, vue-tsc --strictTemplates; then a Vite build;
// - fixtures/react18: React 18 and @types/react 18 (a ref for objects and events),
//   TypeScript 5.9; then a Vite build;
// - fixtures/svelte: Svelte 5 with `recovery-kit/svelte`, svelte-check; then a Vite build;
//   and fixtures/svelte/wrong, which svelte-check must refuse (a wrong prop type, a misread
//   event detail), so the tags are proved typed rather than merely accepted;
// - fixtures/angular: Angular 21 on its TypeScript (5.9), `ng build` (AOT, strict templates).
// The fixtures' own dependencies come from fixtures/package-lock.json (`npm ci`, run again
// only when that lockfile changes); react18 and svelte are workspaces there, as they need
// versions of their own, and angular has a lockfile of its own (its TypeScript is 5.9; as a
// workspace it would share the newer one). The tarball is unpacked into node_modules, as
// npm would install it, so nothing is fetched for it: into fixtures/node_modules, and into
// react18/ and angular/ too, so that what the package imports (React's types, Lit) resolves
// to their own copies, as in a real React 18 or Angular app.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'rk-package-'));
const bin = (folder, name) => join(folder, 'node_modules', '.bin', name);
/** A fixture's own binary when npm installed one there (another version), else the shared one. */
const fixtureBin = (app, name) =>
  [bin(join(fixtures, app), name), bin(fixtures, name)].find((path) => existsSync(path));

/** Runs one step, prints its time, and stops everything with its output if it fails. */
function step(name, command, args, cwd = root) {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    console.error(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}`);
    throw new Error(`${name} failed (exit ${run.status})`);
  }
  console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return run.stdout;
}

/** The same as step() for independent checks, two at a time (CI has two cores). */
async function stepsInParallel(checks, width = 2) {
  const runOne = ([name, command, args, cwd]) =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const child = spawn(command, args, { cwd });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0) {
          console.error(output);
          reject(new Error(`${name} failed (exit ${status})`));
          return;
        }
        console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        resolve();
      });
    });
  const queue = [...checks];
  const lanes = Array.from({ length: width }, async () => {
    while (queue.length > 0) await runOne(queue.shift());
  });
  await Promise.all(lanes);
}

/**
 * Runs a check that must fail, and fails unless its output names every one of `expected`
 * (so it failed for the reasons meant, not for another).
 */
function stepThatMustFail(name, command, args, cwd, expected) {
  const started = Date.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}`;
  const missing = expected.filter((text) => !output.includes(text));
  if (run.status === 0 || missing.length > 0) {
    console.error(output);
    throw new Error(`${name}: expected a failure naming ${missing.join(', ') || 'them'}`);
  }
  console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Fixture folders with a lockfile of their own: fixtures/ (with its workspaces) and Angular. */
const INSTALLS = [fixtures, join(fixtures, 'angular')];
/** True when `folder` was last installed from its current lockfile (a copy is kept after `npm ci`). */
const installedFromLock = (folder) => {
  const copy = join(folder, 'node_modules/.installed-package-lock.json');
  return (
    existsSync(copy) &&
    readFileSync(copy, 'utf8') === readFileSync(join(folder, 'package-lock.json'), 'utf8')
  );
};

/** `elements/<name>` for every element, so attw checks what the `elements/*` pattern offers. */
const elementEntrypoints = () =>
  readdirSync(join(root, 'src/elements'), { withFileTypes: true })
    .filter((entry) => existsSync(join(root, 'src/elements', entry.name, 'define.ts')))
    .map((entry) => `./elements/${entry.name}`);

/**
 * Folders of src/elements without a define.ts (shared pieces such as chart/) that
 * package.json does not keep out of `./elements/*` with a `null` entry: the pattern would
 * offer `recovery-kit/elements/<folder>` and point at a file that is not there.
 */
function foldersTheExportsOffer() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return readdirSync(join(root, 'src/elements'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => !existsSync(join(root, 'src/elements', entry.name, 'define.ts')))
    .filter((entry) => exports[`./elements/${entry.name}`] !== null)
    .map((entry) => `./elements/${entry.name}`);
}

/**
 * `homepage`, `repository` and `bugs` in package.json must name one repository (which one
 * is for the maintainers to confirm before the first publish); null when they do.
 */
function repositoryMismatch() {
  const { homepage, repository, bugs } = JSON.parse(
    readFileSync(join(root, 'package.json'), 'utf8'),
  );
  const repo = /^git\+(https:\/\/[^/]+\/[^/]+\/[^/]+)\.git$/.exec(repository?.url ?? '')?.[1];
  if (!repo)
    return `repository.url is not git+https://<host>/<owner>/<name>.git: ${repository?.url}`;
  if (homepage !== `${repo}#readme`) return `homepage is not ${repo}#readme: ${homepage}`;
  if (bugs?.url !== `${repo}/issues`) return `bugs.url is not ${repo}/issues: ${bugs?.url}`;
  return null;
}

/** Docs pages whose code is a fixture's file (less its opening `//` comment), kept equal. */
const DOCS_SHOW = [
  ['stories/frameworks-react.mdx', 'fixtures/react18/App.tsx'],
  ['stories/frameworks-angular.mdx', 'fixtures/angular/src/goals.component.ts'],
  ['stories/frameworks-svelte.mdx', 'fixtures/svelte/App.svelte'],
];

/** The pages of DOCS_SHOW whose code is not their fixture's, as they stand. */
function docsNotShowingFixtures() {
  return DOCS_SHOW.filter(([page, file]) => {
    const code = readFileSync(join(root, file), 'utf8').replace(/^(\/\/.*\n)+/, '');
    return !readFileSync(join(root, page), 'utf8').includes(code.trim());
  }).map(([page, file]) => `${page} does not show ${file} as it is`);
}

const TYPESCRIPTS = [
  [
    'TypeScript 5.9',
    (dir) => [process.execPath, [join(dir, 'node_modules/typescript-5.9/bin/tsc')]],
  ],
  ['TypeScript 6', (dir) => [bin(dir, 'tsc'), []]],
  ['TypeScript 7 (tsgo)', (dir) => [bin(dir, 'tsgo'), []]],
];

try {
  const offered = foldersTheExportsOffer();
  if (offered.length > 0) {
    throw new Error(
      `package.json exports ${offered.join(', ')} through ./elements/*, but there is no define.ts: add "${offered[0]}": null`,
    );
  }
  const mismatch = repositoryMismatch();
  if (mismatch) throw new Error(`package.json: ${mismatch}`);
  const stale = docsNotShowingFixtures();
  if (stale.length > 0) throw new Error(stale.join('\n'));
  step('build dist/ and dist/cdn/', 'npm', ['run', 'build', '--silent']);
  const packed = JSON.parse(
    step('npm pack', 'npm', ['pack', '--json', '--pack-destination', scratch, '--ignore-scripts']),
  )[0];
  const tarball = join(scratch, packed.filename);
  console.log(
    `    ${packed.filename}: ${packed.size} B packed, ${packed.unpackedSize} B unpacked, ${packed.entryCount} files`,
  );
  step('publint', bin(root, 'publint'), ['run', tarball, '--strict']);
  // The package is ESM for browsers and bundlers: CommonJS and node10 resolution are out of scope.
  step('attw', bin(root, 'attw'), [
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--include-entrypoints',
    ...elementEntrypoints(),
  ]);

  console.log(
    step('script tag: dist/cdn in Chromium', process.execPath, ['scripts/check-cdn.mjs']).trimEnd(),
  );

  for (const folder of INSTALLS.filter((folder) => !installedFromLock(folder))) {
    step(
      `${relative(root, folder)}: npm ci`,
      'npm',
      ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
      folder,
    );
    copyFileSync(
      join(folder, 'package-lock.json'),
      join(folder, 'node_modules/.installed-package-lock.json'),
    );
  }
  for (const folder of ['.', 'react18', 'angular']) {
    const installed = join(fixtures, folder, 'node_modules/recovery-kit');
    rmSync(installed, { recursive: true, force: true });
    mkdirSync(installed, { recursive: true });
    step(`fixtures: install the tarball in ${folder}`, 'tar', [
      '-xzf',
      tarball,
      '-C',
      installed,
      '--strip-components=1',
    ]);
  }

  const projects = [
    ['typescript', 'tsconfig.node16.json'],
    ['typescript', 'tsconfig.bundler.json'],
    ['react', 'tsconfig.json'],
  ];
  // React 18 on TypeScript 5.9 only: the React 19 app already covers 5.9, 6 and 7.
  const typeChecks = [
    ...projects.map((project) => [...project, TYPESCRIPTS]),
    ['react18', 'tsconfig.json', TYPESCRIPTS.slice(0, 1)],
  ].flatMap(([app, tsconfig, compilers]) =>
    compilers.map(([label, compiler]) => {
      const [command, args] = compiler(fixtures);
      return [
        `${app}/${tsconfig}: ${label}`,
        command,
        [...args, '-p', join(app, tsconfig)],
        fixtures,
      ];
    }),
  );
  await stepsInParallel([
    [
      'vue: vue-tsc --strictTemplates',
      bin(fixtures, 'vue-tsc'),
      ['-p', 'vue/tsconfig.json'],
      fixtures,
    ],
    [
      'svelte: svelte-check',
      fixtureBin('svelte', 'svelte-check'),
      ['--tsconfig', './tsconfig.json', '--fail-on-warnings'],
      join(fixtures, 'svelte'),
    ],
    ...typeChecks,
  ]);
  stepThatMustFail(
    'svelte/wrong: svelte-check refuses a wrong prop type and event detail',
    fixtureBin('svelte', 'svelte-check'),
    ['--tsconfig', './tsconfig.json', '--output', 'machine'],
    join(fixtures, 'svelte/wrong'),
    ['"Wrong.svelte" 11:', '"Wrong.svelte" 12:'],
  );
  await stepsInParallel([
    [
      'angular: ng build (AOT, strict templates, TypeScript 5.9)',
      fixtureBin('angular', 'ng'),
      ['build', '--output-path', join(scratch, 'build-angular')],
      join(fixtures, 'angular'),
    ],
    ...['typescript', 'react', 'vue', 'react18', 'svelte'].map((app) => [
      `${app}: vite build`,
      bin(fixtures, 'vite'),
      ['build', '--logLevel', 'warn', '--outDir', join(scratch, `build-${app}`)],
      join(fixtures, app),
    ]),
  ]);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
