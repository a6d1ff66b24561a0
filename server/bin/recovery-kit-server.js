#!/usr/bin/env node
// @ts-check
// The command line: `recovery-kit-server [migrate] [--dev] [options]` (see --help).
import { readConfig, USAGE } from '../src/config.js';
import { startDevDatabase } from '../src/dev.js';
import { migrate } from '../src/migrate.js';
import { startServer } from '../src/server.js';

/** @param {unknown} error */
function fail(error) {
  console.error(`recovery-kit-server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** @type {import('../src/config.js').Config} */
let config;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  fail(error);
  throw error;
}

if (config.command === 'help') {
  console.log(USAGE);
} else if (config.command === 'migrate' && !config.dev) {
  const applied = await migrate(/** @type {string} */ (config.databaseUrl)).catch(fail);
  console.log(applied?.length ? `applied ${applied.join(', ')}` : 'nothing to migrate');
} else {
  const dev = config.dev ? await startDevDatabase().catch(fail) : null;
  const databaseUrl = dev?.appUrl ?? /** @type {string} */ (config.databaseUrl);
  const stop = async (code = 0) => {
    await server?.close().catch(() => undefined);
    await dev?.cluster.destroy();
    process.exit(code);
  };
  const server = await startServer(
    { ...config, databaseUrl },
    {
      onEventsLost: (error) => {
        console.error(
          `recovery-kit-server: lost the LISTEN connection (${error.message}); exiting so a supervisor restarts a healthy process`,
        );
        void stop(1);
      },
    },
  ).catch(async (error) => {
    await dev?.cluster.destroy();
    fail(error);
  });
  console.log(
    `sync server listening on ${server?.url}${config.dev ? ' (dev mode: Bearer dev:<person-id>)' : ''}`,
  );
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
