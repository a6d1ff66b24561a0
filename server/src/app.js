// @ts-check
// The HTTP surface: pull, push, an event stream and health. The server keeps no state of its
// own (only per-process rate-limit counters and open streams), so any number of processes can
// serve the same clients behind a load balancer.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { asOwner, currentSeq, markerOf, pullAsOwner, pushOpening, pushRecords } from './records.js';
import { eraseRecords } from './erase.js';
import { pullResponseJson } from './pull-response.js';
import { pullQuery, pushBody } from './schemas.js';

/**
 * @typedef {object} AppOptions
 * @property {import('pg').Pool} pool connections as the application role
 * @property {import('./auth.js').Authenticate} authenticate
 * @property {Awaited<ReturnType<typeof import('./events.js').createEventsHub>>} events
 * @property {string[]} corsOrigins origins allowed to call from a browser (exact matches)
 * @property {number} rateLimit requests per person per minute
 * @property {number} bodyLimit largest request body in bytes
 * @property {number} [streamsPerPerson] open event streams per person and process
 * @property {number} [heartbeatMs] comment line on idle streams (keeps proxies from closing)
 */

/**
 * @param {AppOptions} options
 */
export async function buildApp(options) {
  const { pool, authenticate, events } = options;
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    // Reject unknown fields (such as an `owner`) instead of quietly dropping them.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    return503OnClosing: true,
  });

  await app.register(cors, {
    origin: options.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });

  app.decorateRequest('owner', '');
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/') || request.method === 'OPTIONS') return;
    const owner = await authenticate(request.headers.authorization);
    if (!owner) {
      reply.header('WWW-Authenticate', 'Bearer');
      return reply.code(401).send({ error: 'unauthorized', message: 'Sign in again to sync.' });
    }
    request.owner = owner;
  });

  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: options.rateLimit,
    timeWindow: 60_000,
    keyGenerator: (request) => request.owner || request.ip,
  });

  app.get('/health', { config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await pool.query('SELECT 1');
      return { ok: true };
    } catch {
      return reply.code(503).send({ ok: false });
    }
  });

  app.get('/v1/sync/pull', { schema: { querystring: pullQuery } }, async (request, reply) => {
    const { since, limit } = /** @type {{ since: number, limit: number }} */ (request.query);
    const result = await pullAsOwner(pool, request.owner, since, limit);
    return reply.type('application/json; charset=utf-8').send(pullResponseJson(result));
  });

  app.post('/v1/sync/push', { schema: { body: pushBody } }, async (request, reply) => {
    const { records, erased } =
      /** @type {{ records: import('./records.js').PushedRecord[], erased?: number }} */ (
        request.body
      );
    const keys = new Set(records.map((record) => `${record.kind}\u0000${record.id}`));
    if (keys.size !== records.length) {
      return reply
        .code(400)
        .send({ error: 'duplicate', message: 'Each record may appear once per push.' });
    }
    return asOwner(
      pool,
      request.owner,
      async (client, opened) => {
        // The clock was locked with the opening: an erase commits wholly before this push or after it.
        const marker = markerOf(opened[0][0]);
        if (marker && erased !== undefined && erased < marker.seq) {
          return reply.code(409).send({
            error: 'erased',
            message: 'Everything was erased since this device last synced.',
            erased: marker,
          });
        }
        const result = await pushRecords(client, records, opened);
        return marker ? { ...result, erased: marker } : result;
      },
      pushOpening(records),
    );
  });

  // Erases every record of the calling person on the server (their rows go) and leaves the
  // erase marker that pulls and pushes carry to their other devices.
  app.post('/v1/sync/erase', async (request) => {
    const { erased } = await asOwner(pool, request.owner, eraseRecords);
    return { erased };
  });

  /** Open event streams, ended when the server closes (they would hold it open). */
  const open = new Set();
  app.addHook('preClose', async () => {
    for (const response of open) response.end();
  });

  app.get('/v1/sync/events', (request, reply) => {
    const owner = request.owner;
    if (events.count(owner) >= (options.streamsPerPerson ?? 5)) {
      return reply.code(429).send({ error: 'too-many-streams', message: 'Too many open streams.' });
    }
    reply.hijack();
    reply.raw.writeHead(200, {
      .../** @type {import('node:http').OutgoingHttpHeaders} */ (reply.getHeaders()),
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
    });
    /** @param {number} seq */
    const send = (seq) => reply.raw.write(`data: ${JSON.stringify({ seq })}\n\n`);
    const unsubscribe = events.subscribe(owner, send);
    const heartbeat = setInterval(() => reply.raw.write(': ok\n\n'), options.heartbeatMs ?? 25_000);
    open.add(reply.raw);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(reply.raw);
    };
    request.raw.on('close', end);
    // The first poke says where the server is, so a device that missed pokes pulls now.
    asOwner(pool, owner, currentSeq).then(send, () => reply.raw.destroy());
  });

  return app;
}
