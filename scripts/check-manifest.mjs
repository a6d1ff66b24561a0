// Fails when the committed custom-elements.json, or the integration files generated from it
// (integrations/), no longer match the JSDoc in src/elements, and when the source documents
// an event, part or CSS property the manifest lacks (scripts/manifest-coverage.mjs).
// It regenerates everything into a temporary folder with the same config and compares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingFromManifest, tagsWithoutLoader } from './manifest-coverage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const scratch = mkdtempSync(join(tmpdir(), 'rk-manifest-'));
const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : '');

try {
  const run = spawnSync(
    process.execPath,
    [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'].concat([
      '--outdir',
      relative(root, scratch),
    ]),
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, RK_INTEGRATIONS_OUTDIR: join(scratch, 'integrations') },
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('Could not generate custom-elements.json (see the analyzer output above).');
    process.exit(1);
  }
  const fresh = read(join(scratch, 'custom-elements.json'));
  const manifest = JSON.parse(fresh);
  const missing = [...missingFromManifest(root, manifest), ...tagsWithoutLoader(root, manifest)];
  if (missing.length > 0) {
    console.error(missing.join('\n'));
    process.exit(1);
  }
  const generated = [
    'custom-elements.json',
    ...readdirSync(join(scratch, 'integrations')).map((file) => `integrations/${file}`),
  ];
  const stale = generated.filter((file) => read(join(scratch, file)) !== read(join(root, file)));
  if (stale.length > 0) {
    const verb = stale.length === 1 ? 'is' : 'are';
    console.error(
      `${stale.join(', ')} ${verb} stale: run npm run analyze (and commit the result).`,
    );
    process.exit(1);
  }
  console.log(`${generated.join(', ')} match the JSDoc in src/elements.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
