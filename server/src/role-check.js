// @ts-check
// The server refuses to serve as a role that could step around row-level security: a
// superuser, a role with BYPASSRLS (or able to SET ROLE to one), the tables' owner, or tables
// whose row-level security is not forced.

/**
 * @param {import('pg').Pool} pool connections as the role the server will use
 */
export async function assertApplicationRole(pool) {
  const { rows } = await pool.query(`
    SELECT current_user AS name,
      EXISTS (SELECT 1 FROM pg_roles r WHERE pg_has_role(current_user, r.oid, 'MEMBER')
              AND (r.rolsuper OR r.rolbypassrls)) AS bypasses,
      EXISTS (SELECT 1 FROM pg_class c WHERE c.relname IN ('records', 'owner_clock')
              AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owns,
      (SELECT count(*) FROM pg_class c WHERE c.relname IN ('records', 'owner_clock')
       AND c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity)::int AS forced`);
  const role = rows[0];
  if (role.forced !== 2) {
    throw new Error(
      'The sync tables are missing or their row-level security is not forced: run `recovery-kit-server migrate`.',
    );
  }
  if (role.bypasses || role.owns) {
    throw new Error(
      `Refusing to serve as "${role.name}": it can bypass row-level security (superuser, BYPASSRLS or the tables' owner). Connect as a login role in recovery_kit_app.`,
    );
  }
}
