// @ts-check
// Tokens: verified with jose against a JWKS URL (served here on 127.0.0.1) or a shared
// secret; expired, forged or mis-addressed tokens get 401; dev tokens only in dev mode, and
// dev mode only on a loopback address.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from '../src/auth.js';
import { readConfig } from '../src/config.js';
import { created, device, startTestDatabase, startTestServer } from './harness.js';

const SECRET = 'a-shared-secret-of-at-least-32-chars';
const ISSUER = 'https://sign-in.example';
const AUDIENCE = 'recovery-kit-sync';

/** @type {Awaited<ReturnType<typeof startTestDatabase>>} */
let db;
/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {import('node:http').Server} */
let jwks;
/** @type {CryptoKey} */
let signingKey;
/** @type {CryptoKey} */
let strangerKey;

/**
 * @param {string} sub
 * @param {{ key?: CryptoKey | Uint8Array, alg?: string, exp?: string | number | null, iss?: string, aud?: string }} [options]
 */
function token(sub, options = {}) {
  const alg = options.alg ?? 'RS256';
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg, ...(alg === 'RS256' ? { kid: 'k1' } : {}) })
    .setSubject(sub)
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? '5m');
  return jwt.sign(options.key ?? signingKey);
}

before(async () => {
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  // The JWKS publishes the signing key's public half as "k1".
  const signing = await generateKeyPair('RS256', { extractable: true });
  signingKey = signing.privateKey;
  const published = {
    keys: [{ ...(await exportJWK(signing.publicKey)), kid: 'k1', alg: 'RS256' }],
  };
  jwks = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(published));
  });
  await new Promise((resolve) => jwks.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (jwks.address());
  db = await startTestDatabase();
  server = await startTestServer(db.appUrl, {
    dev: false,
    auth: {
      jwksUrl: `http://127.0.0.1:${address.port}/.well-known/jwks.json`,
      jwtSecret: SECRET,
      issuer: ISSUER,
      audience: AUDIENCE,
    },
  });
});
after(async () => {
  await server?.close();
  await db?.cluster.destroy();
  await new Promise((resolve) => (jwks ? jwks.close(resolve) : resolve(undefined)));
});

describe('tokens', () => {
  it('accepts a token signed by a key in the JWKS, as its subject', async () => {
    const phone = device(server.url, await token('erin'));
    assert.equal((await phone.push([created('e')])).status, 200);
    const laptop = device(server.url, await token('erin'));
    assert.deepEqual(
      (await laptop.pullAll()).records.map((r) => r.id),
      ['e'],
    );
  });

  it('accepts a token signed with the shared secret', async () => {
    const key = new TextEncoder().encode(SECRET);
    const phone = device(server.url, await token('erin', { key, alg: 'HS256' }));
    assert.deepEqual(
      (await phone.pullAll()).records.map((r) => r.id),
      ['e'],
    );
  });

  it('refuses expired, forged, mis-addressed and dev tokens with 401', async () => {
    const wrongSecret = new TextEncoder().encode('another-secret-of-at-least-32-chars!');
    const refused = {
      expired: await token('erin', { exp: Math.floor(Date.now() / 1000) - 120 }),
      'no expiry': await token('erin', { exp: null }),
      'signed by a key not in the JWKS': await token('erin', { key: strangerKey }),
      'wrong shared secret': await token('erin', { key: wrongSecret, alg: 'HS256' }),
      'wrong issuer': await token('erin', { iss: 'https://elsewhere.example' }),
      'wrong audience': await token('erin', { aud: 'another-app' }),
      'dev token without --dev': 'dev:erin',
    };
    for (const [why, jwt] of Object.entries(refused)) {
      const stranger = device(server.url, jwt);
      const pull = await stranger.pull();
      assert.equal(pull.status, 401, why);
      assert.equal((await stranger.push([created(`x-${why}`)])).status, 401, why);
    }
    assert.deepEqual(
      (await device(server.url, await token('erin')).pullAll()).records.map((r) => r.id),
      ['e'],
    );
  });

  it('takes no person id with control characters', async () => {
    const authenticate = createAuthenticator({ dev: true });
    assert.equal(await authenticate('Bearer dev:a\u0001b'), null);
    assert.equal(await authenticate('Bearer dev:alice'), 'alice');
  });
});

describe('dev mode and configuration', () => {
  it('refuses --dev unless bound to a loopback address', () => {
    assert.throws(() => readConfig(['--dev', '--host', '0.0.0.0'], {}), /only binds to a loopback/);
    assert.throws(
      () => readConfig(['--dev', '--host', '192.168.1.2'], {}),
      /only binds to a loopback/,
    );
    for (const host of ['127.0.0.1', '::1', 'localhost']) {
      assert.equal(readConfig(['--dev', '--host', host], {}).host, host);
    }
  });

  it('the command exits with a reason for --dev on a public address, before any database', async () => {
    const bin = new URL('../bin/recovery-kit-server.js', import.meta.url).pathname;
    const run = promisify(execFile);
    // Bounded: were it to start, SIGTERM after 30 s stops it and removes its cluster.
    const failed = await run(process.execPath, [bin, '--dev', '--host', '0.0.0.0'], {
      timeout: 30_000,
    }).catch((e) => e);
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /only binds to a loopback address/);
  });

  it('refuses to serve without a way to verify tokens, or without a database', () => {
    assert.throws(
      () => readConfig([], { DATABASE_URL: 'postgresql://x' }),
      /JWKS_URL or JWT_SECRET/,
    );
    assert.throws(() => readConfig([], { JWT_SECRET: SECRET }), /DATABASE_URL/);
    assert.equal(
      readConfig([], { DATABASE_URL: 'postgresql://x', JWT_SECRET: SECRET }).auth.dev,
      false,
    );
  });
});
