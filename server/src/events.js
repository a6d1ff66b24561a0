// @ts-check
// "Something changed" pokes for open event streams. One LISTEN connection per server
// process receives every push's NOTIFY (sent on commit) and hands `{ seq }` to the streams of
// that person only. Nothing is kept: a device that missed a poke pulls from its checkpoint.
import pg from 'pg';
import { CHANGES_CHANNEL } from './records.js';

/** @typedef {(seq: number) => void} Poke */

/**
 * @param {string} databaseUrl a session connection (not through PgBouncer in transaction mode)
 * @param {{ onLost?: (error: Error) => void }} [options]
 */
export async function createEventsHub(databaseUrl, options = {}) {
  /** @type {Map<string, Set<Poke>>} */
  const streams = new Map();
  const client = new pg.Client({ connectionString: databaseUrl });
  let closing = false;
  client.on('notification', (message) => {
    if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
    // Any role in the database may NOTIFY this channel: a payload that is not ours is ignored
    // (the worst a well-formed forgery does is make a device pull early).
    const { owner, seq } = parsePoke(message.payload) ?? {};
    if (typeof owner !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq)) return;
    for (const poke of streams.get(owner) ?? []) poke(seq);
  });
  // Without the listener no poke arrives: the owner of the hub ends the process so that
  // devices reconnect (to a healthy server) and pull, rather than wait in silence.
  let lost = false;
  const onLost = (/** @type {Error} */ error) => {
    if (closing || lost) return;
    lost = true;
    options.onLost?.(error);
  };
  client.on('error', onLost);
  client.on('end', () => onLost(new Error('the connection ended')));
  await client.connect();
  await client.query(`LISTEN ${CHANGES_CHANNEL}`);

  return {
    /**
     * Calls `poke` for each change of `owner` until the returned function is called.
     * @param {string} owner
     * @param {Poke} poke
     */
    subscribe(owner, poke) {
      const set = streams.get(owner) ?? new Set();
      set.add(poke);
      streams.set(owner, set);
      return () => {
        set.delete(poke);
        if (set.size === 0) streams.delete(owner);
      };
    },
    /** Open streams of one person (to cap them). @param {string} owner */
    count: (owner) => streams.get(owner)?.size ?? 0,
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}

/** @param {string} payload @returns {{ owner?: unknown, seq?: unknown } | null} */
function parsePoke(payload) {
  try {
    const parsed = JSON.parse(payload);
    return typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}
