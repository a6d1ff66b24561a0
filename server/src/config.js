// @ts-check
// Settings from the command line and the environment. Secrets come only from the
// environment (a command line is visible to every user of the machine).
import { parseArgs } from 'node:util';

/** Storybook's own addresses, allowed in dev mode so the two-devices story can sync. */
const DEV_ORIGINS = ['http://localhost:6006', 'http://127.0.0.1:6006'];
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const USAGE = `Usage: recovery-kit-server [migrate] [options]

  recovery-kit-server --dev       a throwaway local PostgreSQL and dev:<person-id> tokens
  recovery-kit-server migrate     apply the SQL migrations (DATABASE_URL of the owner role)
  recovery-kit-server             serve (DATABASE_URL of a login role in recovery_kit_app)

Options (and environment variables):
  --host HOST            HOST, default 127.0.0.1
  --port PORT            PORT, default 8787 (0 picks a free port)
  --cors-origin ORIGINS  CORS_ORIGINS, comma-separated exact origins allowed from browsers
  --rate-limit N         RATE_LIMIT, requests per person per minute, default 600
  --max-body-bytes N     MAX_BODY_BYTES, largest request, default 4194304
  --dev                  loopback only; accepts Authorization: Bearer dev:<person-id>
  DATABASE_URL           postgresql://... (not used with --dev)
  LISTEN_DATABASE_URL    a direct connection for LISTEN when DATABASE_URL goes through PgBouncer
  JWKS_URL               the sign-in provider's JSON Web Key Set, or
  JWT_SECRET             a shared HS256 secret
  JWT_ISSUER, JWT_AUDIENCE  claims every token must carry, when set`;

/**
 * @typedef {object} Config
 * @property {'serve' | 'migrate' | 'help'} command
 * @property {boolean} dev
 * @property {string} host
 * @property {number} port
 * @property {string} [databaseUrl]
 * @property {string} [listenDatabaseUrl]
 * @property {string[]} corsOrigins
 * @property {number} rateLimit
 * @property {number} bodyLimit
 * @property {import('./auth.js').AuthOptions} auth
 */

/**
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @returns {Config}
 */
export function readConfig(argv, env) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dev: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      host: { type: 'string' },
      port: { type: 'string' },
      'cors-origin': { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-body-bytes': { type: 'string' },
    },
  });
  const command = values.help ? 'help' : positionals[0] === 'migrate' ? 'migrate' : 'serve';
  if (positionals.length > 1 || (positionals[0] && positionals[0] !== 'migrate')) {
    throw new Error(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  }
  const host = values.host ?? env.HOST ?? '127.0.0.1';
  const origins = (values['cors-origin'] ?? env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  /** @type {Config} */
  const config = {
    command,
    dev: values.dev === true,
    host,
    port: number('port', values.port ?? env.PORT ?? '8787', 0),
    databaseUrl: env.DATABASE_URL,
    listenDatabaseUrl: env.LISTEN_DATABASE_URL,
    corsOrigins: values.dev ? [...DEV_ORIGINS, ...origins] : origins,
    rateLimit: number('rate-limit', values['rate-limit'] ?? env.RATE_LIMIT ?? '600', 1),
    bodyLimit: number(
      'max-body-bytes',
      values['max-body-bytes'] ?? env.MAX_BODY_BYTES ?? '4194304',
      1024,
    ),
    auth: {
      dev: values.dev === true,
      jwksUrl: env.JWKS_URL || undefined,
      jwtSecret: env.JWT_SECRET || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
  };
  if (command !== 'help') check(config);
  return config;
}

/** @param {Config} config */
function check(config) {
  if (config.dev && !LOOPBACK.has(config.host)) {
    throw new Error(
      `--dev accepts unsigned tokens, so it only binds to a loopback address (127.0.0.1, ::1 or localhost), not ${config.host}.`,
    );
  }
  if (config.dev) return;
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set (or use --dev).');
  if (config.command === 'serve' && !config.auth.jwksUrl && !config.auth.jwtSecret) {
    throw new Error('Set JWKS_URL or JWT_SECRET so tokens can be verified (or use --dev).');
  }
}

/**
 * @param {string} name @param {string} value @param {number} min
 */
function number(name, value, min) {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  }
  return parsed;
}
