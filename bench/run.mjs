// `npm run bench`: builds the package, measures what a person downloads, runs every
// bench/*.bench.ts suite in headless Chromium, prints one table and writes
// bench/results.json. A number over its budget, a missing suite or a suite that threw is
// reported (table and "Problems"), never turned into a failing exit code: machines differ.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cdnSizes, foundationSize, ownCodeSizes, publicEntrySizes } from './sizes.mjs';
import { findSuites, runBrowserSuites } from './browser-suites.mjs';
import { cdnBasePathCheck } from './cdn-base-path.mjs';
import { syncServerBench } from './sync-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The suites the project's issues ask for; a missing one is named in the report. */
const EXPECTED_SUITES = [
  'storage',
  'goal-tracker',
  'star-assessment',
  'staying-well-plan',
  'hope-journal',
  'encryption',
  'sync-client',
];

const problems = [];
const results = [];

async function measure(label, work) {
  try {
    results.push(...(await work()));
  } catch (error) {
    problems.push(`${label}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

console.log('== building (npm run build)');
const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status === 0) {
  console.log('== measuring sizes (gzip -9 of minified code)');
  await measure('npm entries', () => publicEntrySizes(root));
  await measure('CDN bundle', () => cdnSizes(root));
  await measure('CDN from a nested base path', async () => [await cdnBasePathCheck(root)]);
} else {
  problems.push('the build failed, so the npm and CDN sizes were not measured');
}
await measure('foundation CDN bundle', () => foundationSize(root));
await measure('own code per tool', () => ownCodeSizes(root));

console.log('== sync server (a throwaway PostgreSQL, loopback only)');
await measure('sync server', async () => {
  const run = await syncServerBench();
  problems.push(...run.problems);
  return run.results;
});

console.log('== running browser suites (headless Chromium)');
const present = findSuites(root).map((file) => file.replace(/\.bench\.ts$/, ''));
for (const suite of EXPECTED_SUITES.filter((name) => !present.includes(name))) {
  problems.push(`bench/${suite}.bench.ts is missing`);
}
const browserRun = await runBrowserSuites(root);
results.push(...browserRun.results);
problems.push(...browserRun.problems);

for (const result of results) {
  if (result.error) problems.push(`${result.name}: ${result.error}`);
}

/** "within", "over" or "" for a result against its target. */
function verdict(result) {
  if (result.error) return 'not measured';
  const { target } = result;
  if (!target) return '';
  const over = target.max !== undefined && result.value > target.max;
  const under = target.min !== undefined && result.value < target.min;
  return over || under ? 'OVER BUDGET' : 'within';
}

function formatTarget(target) {
  if (!target) return '';
  const parts = [];
  if (target.max !== undefined) parts.push(`<= ${target.max.toLocaleString('en-GB')}`);
  if (target.min !== undefined) parts.push(`>= ${target.min.toLocaleString('en-GB')}`);
  return parts.join(', ');
}

function formatValue(value) {
  return Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

const rows = results.map((result) => [
  result.suite,
  result.name,
  result.error ? '-' : formatValue(result.value),
  result.unit,
  formatTarget(result.target),
  verdict(result),
]);
const header = ['suite', 'name', 'value', 'unit', 'target', 'result'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
);
const line = (cells) =>
  cells
    .map((cell, column) =>
      column === 2 ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]),
    )
    .join('  ')
    .trimEnd();

console.log('');
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
rows.forEach((row) => console.log(line(row)));

const overBudget = results.filter((result) => verdict(result) === 'OVER BUDGET');
console.log('');
console.log(
  `${results.length} results, ${overBudget.length} over budget, ${problems.length} problems.`,
);
if (problems.length > 0) {
  console.log('Problems:');
  problems.forEach((problem) => console.log(`  - ${problem}`));
}

const chrome = await import('../scripts/find-chrome.mjs').then((m) => m.findChrome());
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length, chrome: chrome ?? null },
      notes: 'Sizes are gzip -9 bytes of minified code; 1 KB in a budget is 1,000 bytes.',
      results,
      problems,
    },
    null,
    2,
  )}\n`,
);
console.log('Wrote bench/results.json');

// Over budget, a missing suite or one that threw is reported above; only a build that
// does not build makes the command fail, because then nothing here means anything.
process.exitCode = built.status === 0 ? 0 : 1;
