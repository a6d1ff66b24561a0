// `npm test`: every check a change must pass, in the order that fails fastest.
// 1. a Chrome/Chromium exists (clear message if not)   2. types   3. lint and format
// 4. custom-elements.json is up to date                 5. the browser tests
import { spawnSync } from 'node:child_process';
import { findChrome, MISSING_CHROME_MESSAGE } from './find-chrome.mjs';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint and format', 'npm', ['run', '--silent', 'lint']],
  ['custom-elements.json is current', 'node', ['scripts/check-manifest.mjs']],
  ['browser tests (Chromium)', 'npx', ['wtr']],
];

if (!(await findChrome())) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
