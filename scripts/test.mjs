// `npm test`: every check a change must pass, in the order that fails fastest.
// 1. a Chrome/Chromium exists (clear message if not)   2. types   3. lint and format
// 4. custom-elements.json is up to date   5. Storybook builds and every story renders
// 6. the browser tests   7. the sync server's types and its tests on a throwaway PostgreSQL
// (clear message if none)   8. the package as users get it: packed, linted, installed into
// fixture apps that type-check and build (scripts/check-package.mjs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, MISSING_CHROME_MESSAGE } from './find-chrome.mjs';
import { findPostgresBin, MISSING_POSTGRES_MESSAGE } from '../server/src/local-cluster.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const storybookOut = mkdtempSync(join(tmpdir(), 'rk-storybook-'));

/** [name, command, args, quiet]: a quiet step prints its output only when it fails. */
const steps = [
  ['type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['custom-elements.json is current', process.execPath, ['scripts/check-manifest.mjs']],
  [
    'Storybook builds',
    bin('storybook'),
    ['build', '--disable-telemetry', '--quiet', '-o', storybookOut],
    true,
  ],
  ['every story renders', process.execPath, ['scripts/check-stories.mjs', storybookOut]],
  ['browser tests (Chromium)', bin('wtr'), []],
  ['sync server types', bin('tsc'), ['-p', 'server/tsconfig.json']],
  ['sync server tests (PostgreSQL)', 'npm', ['test', '--silent', '-w', 'server']],
  ['package: pack, publint, attw, fixture apps', process.execPath, ['scripts/check-package.mjs']],
];

if (!(await findChrome())) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}
if (!findPostgresBin()) {
  console.error(MISSING_POSTGRES_MESSAGE);
  process.exit(1);
}

const startedAll = Date.now();
try {
  for (const [name, command, args, quiet] of steps) {
    console.log(`\n== ${name}`);
    const started = Date.now();
    const run = spawnSync(command, args, {
      cwd: root,
      stdio: quiet ? 'pipe' : 'inherit',
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) {
      if (quiet) console.error(`${run.stdout ?? ''}${run.stderr ?? ''}`);
      if (run.error) console.error(run.error.message);
      console.error(`\n✗ ${name} failed (exit ${run.status}).`);
      process.exitCode = run.status || 1;
      break;
    }
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  rmSync(storybookOut, { recursive: true, force: true });
}
if (!process.exitCode) {
  console.log(`\nAll checks passed in ${((Date.now() - startedAll) / 1000).toFixed(0)} s.`);
}
