// @ts-check
// Starts one server process: a connection pool as the application role, the events hub,
// the HTTP app. `close()` stops all three.
import pg from 'pg';
import { buildApp } from './app.js';
import { createAuthenticator } from './auth.js';
import { createEventsHub } from './events.js';
import { assertApplicationRole } from './role-check.js';

/**
 * @param {import('./config.js').Config & { databaseUrl: string }} config
 * @param {{ onEventsLost?: (error: Error) => void }} [hooks]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(config, hooks = {}) {
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await assertApplicationRole(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const events = await createEventsHub(config.listenDatabaseUrl ?? config.databaseUrl, {
    onLost: hooks.onEventsLost,
  });
  const app = await buildApp({
    pool,
    events,
    authenticate: createAuthenticator(config.auth),
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    bodyLimit: config.bodyLimit,
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
      await events.close();
      await pool.end();
    },
  };
}
