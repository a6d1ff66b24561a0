// @ts-check
// `--dev`: a throwaway PostgreSQL in a temporary folder (socket only), migrated, with a
// login role in recovery_kit_app for the server, removed again when the server stops.
import pg from 'pg';
import { startLocalCluster } from './local-cluster.js';
import { migrate } from './migrate.js';

/** The login role the server uses in dev mode and in tests. */
export const DEV_SERVER_ROLE = 'recovery_kit_server';

/**
 * A local cluster ready for the server: migrated, with its application login role.
 * @param {Parameters<typeof startLocalCluster>[0]} [options]
 */
export async function startDevDatabase(options) {
  const cluster = await startLocalCluster(options);
  try {
    await migrate(cluster.url());
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(
      `CREATE ROLE ${DEV_SERVER_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE recovery_kit_app`,
    );
    await admin.end();
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return { cluster, appUrl: cluster.url(DEV_SERVER_ROLE), ownerUrl: cluster.url() };
}
