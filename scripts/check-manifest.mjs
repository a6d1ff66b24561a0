// Fails when the committed custom-elements.json no longer matches the JSDoc in src/elements.
// It regenerates the manifest into a temporary folder with the same config and compares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committedPath = join(root, 'custom-elements.json');
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const scratch = mkdtempSync(join(tmpdir(), 'rk-manifest-'));

try {
  const run = spawnSync(
    process.execPath,
    [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'].concat([
      '--outdir',
      relative(root, scratch),
    ]),
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('Could not generate custom-elements.json (see the analyzer output above).');
    process.exit(1);
  }
  const fresh = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
  const committed = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : '';
  if (fresh.trim() !== committed.trim()) {
    console.error('custom-elements.json is stale: run npm run analyze (and commit the result).');
    process.exit(1);
  }
  console.log('custom-elements.json matches the JSDoc in src/elements.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
