// Runs every bench/*.bench.ts suite in headless Chromium and collects its BenchResults.
// Each suite is bundled by esbuild (lazy chunks kept apart), served from memory on a
// local port, and imported into a fresh page; its default export is called there.
import { build } from 'esbuild';
import { puppeteerCore } from '@web/test-runner-chrome';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { startServer } from '../scripts/wtr-sync-server.mjs';
import { findPostgresBin, MISSING_POSTGRES_MESSAGE } from '../server/src/local-cluster.js';

/** A suite that takes longer than this is stopped and reported, not waited on forever. */
const SUITE_TIMEOUT_MS = 10 * 60 * 1000;

/** The suite files, e.g. ['hope-journal.bench.ts', 'storage.bench.ts']. */
export function findSuites(root) {
  return readdirSync(join(root, 'bench'))
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
}

/** Bundles the suites for the browser: one entry per suite, shared and lazy chunks split. */
async function bundleSuites(root, suites) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      suites.map((file) => [file.replace(/\.ts$/, ''), join(root, 'bench', file)]),
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: join(root, 'bench/.out'),
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    files.set(`/${file.path.slice(join(root, 'bench/.out').length + 1)}`, file.contents);
  }
  return files;
}

/** Serves the bundled files and an empty page; resolves to the server and its origin. */
function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end('<!doctype html><html lang="en"><title>recovery-kit bench</title><body></body>');
    } else if (path === '/favicon.ico') {
      response.statusCode = 204;
      response.end();
    } else if (files.has(path)) {
      response.setHeader('content-type', 'text/javascript; charset=utf-8');
      response.end(files.get(path));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () =>
      resolveServer({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/**
 * A dev sync server (throwaway PostgreSQL) letting `origin` in, for the suites that sync:
 * `{ context: { syncUrl }, stop }`, or `{ context: { syncProblem } }` when it cannot start.
 */
async function syncServerFor(origin) {
  if (!findPostgresBin())
    return { context: { syncProblem: MISSING_POSTGRES_MESSAGE }, stop: async () => {} };
  const { child, url } = startServer(origin);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    return { context: { syncUrl: await url }, stop };
  } catch (error) {
    return { context: { syncProblem: String(error.message).split('\n')[0] }, stop };
  }
}

/** Runs one suite in its own page with `context` (see bench-types.ts). Returns { results } or { error }. */
async function runSuite(browser, origin, file, log, context) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`  [${file}] console error: ${message.text()}`);
  });
  try {
    await page.goto(`${origin}/`);
    const url = `${origin}/${file.replace(/\.ts$/, '.js')}`;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`)),
        SUITE_TIMEOUT_MS,
      );
    });
    const run = page.evaluate(
      async (suiteUrl, suiteContext) => {
        const module = await import(suiteUrl);
        if (typeof module.default !== 'function') {
          throw new Error('the default export is not a BenchSuite function');
        }
        const results = await module.default(suiteContext);
        if (!Array.isArray(results)) throw new Error('the suite did not return an array');
        return JSON.parse(JSON.stringify(results));
      },
      url,
      context,
    );
    try {
      return { results: await Promise.race([run, timeout]) };
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    return { error: [message, ...pageErrors].join('; ') };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Runs every suite (or the `only` files, e.g. ['sync-client.bench.ts']). Returns
 * { results, problems }: problems name suites that could not be bundled, could not start
 * a browser, threw or timed out.
 */
export async function runBrowserSuites(root, log = console.log, only = undefined) {
  const suites = findSuites(root).filter((file) => !only || only.includes(file));
  const problems = [];
  if (suites.length === 0) {
    problems.push('no bench/*.bench.ts suites found');
    return { results: [], problems };
  }
  let files;
  try {
    files = await bundleSuites(root, suites);
  } catch (error) {
    // One broken suite must not hide the others: bundle them one at a time to find it.
    files = new Map();
    for (const suite of suites) {
      try {
        for (const [path, contents] of await bundleSuites(root, [suite])) files.set(path, contents);
      } catch (suiteError) {
        const reason = suiteError.errors?.[0]?.text ?? String(suiteError.message ?? error);
        problems.push(`${suite}: could not be bundled: ${reason}`);
      }
    }
  }
  const executablePath = await findChrome();
  if (!executablePath) {
    problems.push('no Chrome/Chromium found (set CHROME_PATH); browser suites not run');
    return { results: [], problems };
  }
  const { server, origin } = await serve(files);
  const browser = await puppeteerCore.launch({
    executablePath,
    headless: true,
    args: CHROME_ARGS,
    protocolTimeout: SUITE_TIMEOUT_MS + 60000,
  });
  const sync = await syncServerFor(origin);
  const results = [];
  try {
    for (const suite of suites) {
      if (!files.has(`/${suite.replace(/\.ts$/, '.js')}`)) continue;
      log(`  running ${suite} ...`);
      const started = Date.now();
      const outcome = await runSuite(browser, origin, suite, log, sync.context);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (outcome.error) {
        problems.push(`${suite} threw: ${outcome.error}`);
        log(`  ${suite} threw after ${seconds} s: ${outcome.error}`);
      } else {
        results.push(...outcome.results);
        log(`  ${suite}: ${outcome.results.length} results in ${seconds} s`);
      }
    }
  } finally {
    await sync.stop();
    await browser.close();
    server.close();
  }
  return { results, problems };
}
