// @ts-check
// Reading and writing a person's records. Every query runs inside a transaction that names
// the person with set_config('app.owner', ..., true); the SQL never filters by owner itself:
// PostgreSQL's row-level security does, so a mistake here cannot show one person another's rows.
import pg from 'pg';

/** The channel pushes notify on; the events hub listens on it. */
export const CHANGES_CHANNEL = 'recovery_kit_sync';

/**
 * @typedef {object} PushedRecord
 * @property {string} kind
 * @property {string} id
 * @property {string | null} [expectedRev] the rev the device last saw, null for a new record
 * @property {string} rev the new revision, unique to this change
 * @property {boolean} [deleted] a removal (tombstone); its body is not kept
 * @property {unknown} [body] the record itself (JSON; ciphertext when encrypted)
 *
 * @typedef {object} StoredRecord
 * @property {string} kind
 * @property {string} id
 * @property {string} rev
 * @property {number} seq the person's sequence number of this version
 * @property {boolean} deleted
 * @property {unknown} body
 * @property {string} updatedAt
 *
 * @typedef {{ kind: string, id: string, rev: string, seq: number }} Accepted
 * @typedef {{ kind: string, id: string, current: StoredRecord | null }} Conflict
 * @typedef {{ accepted: Accepted[], conflicts: Conflict[] }} PushResult
 * @typedef {{ seq: number, at: string }} EraseMarker the sequence number the person's last erase took, and when
 * @typedef {{ records: string, checkpoint: { seq: number }, more: boolean, erased?: EraseMarker }} PullResult
 *   (`records`: the page's StoredRecords as JSON text, comma-separated, without the brackets)
 *
 * @typedef {import('pg').Pool} Pool
 * @typedef {import('pg').PoolClient} PoolClient
 */

const COLUMNS = 'kind, id, rev, seq, deleted, body, updated_at';

/**
 * Locks the person's clock, first in every push: a second push for the same person waits
 * here until this one commits, so sequence numbers become visible in order. An erase takes
 * the same lock, so it commits wholly before a push or after it; the row's erase marker
 * comes back with the lock (see markerOf).
 */
export const LOCK_CLOCK = `INSERT INTO owner_clock (seq) VALUES (0)
  ON CONFLICT (owner) DO UPDATE SET seq = owner_clock.seq RETURNING seq, erased_seq, erased_at`;

/**
 * The erase marker in a row of the person's clock (`erased_seq`, `erased_at`), if they ever erased.
 * @param {any} [row]
 * @returns {EraseMarker | undefined}
 */
export function markerOf(row) {
  if (row?.erased_seq === null || row?.erased_seq === undefined) return undefined;
  return { seq: Number(row.erased_seq), at: row.erased_at.toISOString() };
}

/**
 * The statement that names the person for the transaction: the only place app.owner is set.
 * It runs in a query of several statements (one round trip), which takes no parameters, so
 * the owner goes in as a literal escaped by pg (quotes, backslashes); it is the token's subject.
 * @param {PoolClient} client
 * @param {string} owner the verified token's subject
 */
function nameOwner(client, owner) {
  return `SELECT set_config('app.owner', ${client.escapeLiteral(owner)}, true)`;
}

/**
 * Opens a transaction for one person on a pooled connection, then runs `next` (SQL without
 * parameters, one or more statements, if given) in the same round trip and returns the
 * rows of each of its statements, in order.
 * @param {PoolClient} client
 * @param {string} owner the verified token's subject
 * @param {string} [next]
 * @returns {Promise<any[][]>}
 */
export async function beginAsOwner(client, owner, next) {
  const results = await client.query(
    `BEGIN; ${nameOwner(client, owner)}${next ? `; ${next}` : ''}`,
  );
  return /** @type {any} */ (results).slice(2).map((/** @type {any} */ result) => result.rows);
}

/**
 * Runs `work` in one transaction as `owner`, committing when it resolves; `next` runs with
 * the opening (see beginAsOwner) and the rows of its statements are handed to `work`.
 * @template T
 * @param {Pool} pool
 * @param {string} owner
 * @param {(client: PoolClient, first: any[][]) => Promise<T>} work
 * @param {string} [next]
 * @returns {Promise<T>}
 */
export async function asOwner(pool, owner, work, next) {
  const client = await pool.connect();
  try {
    const result = await work(client, await beginAsOwner(client, owner, next));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Each pulled record as compact JSON text, built by PostgreSQL: the body stays the jsonb
 * text it was stored as, and `updatedAt` is written as `Date.toISOString()` would, so the server never
 * parses 1,000 bodies or dates only to write them out again.
 */
const RECORD_JSON = `'{"kind":' || to_json(kind) || ',"id":' || to_json(id)
  || ',"rev":' || to_json(rev) || ',"seq":' || seq || ',"deleted":' || deleted
  || ',"body":' || coalesce(body::text, 'null') || ',"updatedAt":"'
  || to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}'`;

/**
 * The person's changes after `since`, oldest first, as JSON text (see pull-response.js),
 * with their erase marker, in one round trip: begin, name the person, read, read the
 * marker and commit are one query of five statements.
 * @param {Pool} pool
 * @param {string} owner the verified token's subject
 * @param {number} since the checkpoint of the last pull (0 for everything)
 * @param {number} limit
 * @returns {Promise<PullResult>}
 */
export async function pullAsOwner(pool, owner, since, limit) {
  // Written into the SQL text, so checked here as well as by the route's schema.
  if (!Number.isSafeInteger(since) || !Number.isSafeInteger(limit) || since < 0 || limit < 1)
    throw new RangeError('since and limit must be whole numbers');
  const client = await pool.connect();
  try {
    // One row more than the page says whether there is more; it is counted, not sent.
    const results = await client.query(
      `BEGIN READ ONLY; ${nameOwner(client, owner)};
       SELECT count(*) > ${limit} AS more, max(seq) FILTER (WHERE n <= ${limit}) AS last,
         coalesce(string_agg(${RECORD_JSON}, ',' ORDER BY seq) FILTER (WHERE n <= ${limit}), '')
           AS records
       FROM (SELECT *, row_number() OVER (ORDER BY seq) AS n FROM records
             WHERE seq > ${since} ORDER BY seq LIMIT ${limit + 1}) AS page;
       SELECT erased_seq, erased_at FROM owner_clock; COMMIT`,
    );
    const [page] = /** @type {any} */ (results)[2].rows;
    const erased = markerOf(/** @type {any} */ (results)[3].rows[0]);
    const seq = page.last === null ? since : Number(page.last);
    return {
      records: page.records,
      checkpoint: { seq },
      more: page.more,
      ...(erased && { erased }),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The person's latest sequence number (0 before their first push).
 * @param {PoolClient} client in a transaction begun by beginAsOwner
 */
export async function currentSeq(client) {
  const { rows } = await client.query('SELECT seq FROM owner_clock');
  return rows.length > 0 ? Number(rows[0].seq) : 0;
}

/**
 * The stored versions of the pushed records, as SQL without parameters (the keys go in as
 * literals escaped by pg), so that it can run with the push's opening. Each key is looked
 * up on its own in the primary key (LIMIT 1 keeps the lateral join from being flattened),
 * so a push reads about as many rows as it carries: a join over all the person's rows was
 * chosen otherwise, 3.8 ms for a person with 10,000 records against 0.6 ms this way.
 * @param {PushedRecord[]} pushed
 */
function storedVersions(pushed) {
  const texts = (/** @type {string[]} */ values) =>
    `ARRAY[${values.map((value) => pg.escapeLiteral(value)).join(', ')}]::text[]`;
  return `SELECT stored.* FROM unnest(${texts(pushed.map((record) => record.kind))},
       ${texts(pushed.map((record) => record.id))}) AS pushed (kind, id)
     CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM records
       WHERE records.kind = pushed.kind AND records.id = pushed.id LIMIT 1) AS stored`;
}

/**
 * What a push runs with its opening (see asOwner), so that its first round trip also locks
 * the clock and reads the stored versions: the lock, then the read as a statement of its
 * own, whose snapshot is taken once the lock is held and so includes the push it waited
 * for (in one statement with the lock it would not, and a stale read would overwrite).
 * @param {PushedRecord[]} pushed
 */
export function pushOpening(pushed) {
  return `${LOCK_CLOCK}; ${storedVersions(pushed)}`;
}

/**
 * Compare-and-set of each record against the stored version. A record is written when its
 * `expectedRev` is the stored rev (or null and nothing is stored); a record whose `rev` is
 * already stored is a replay and counts as accepted; anything else is a conflict answered
 * with the stored version. Keys must be distinct within one push.
 * @param {PoolClient} client in a transaction begun by beginAsOwner
 * @param {PushedRecord[]} pushed
 * @param {any[][]} [opened] the rows of {@link pushOpening}, when it ran with the opening (a round trip fewer)
 * @returns {Promise<PushResult>}
 */
export async function pushRecords(client, pushed, opened) {
  const [locked, stored] = opened ?? [
    (await client.query(LOCK_CLOCK)).rows,
    (await client.query(storedVersions(pushed))).rows,
  ];
  let seq = Number(locked[0].seq);
  const current = new Map(stored.map((row) => [key(row), toRecord(row)]));

  /** @type {PushResult} */
  const result = { accepted: [], conflicts: [] };
  /** @type {PushedRecord[]} */
  const writes = [];
  /** @type {number[]} */
  const seqs = [];
  for (const record of pushed) {
    const { kind, id, rev } = record;
    const now = current.get(key(record)) ?? null;
    if (now && now.rev === rev) {
      result.accepted.push({ kind, id, rev, seq: now.seq });
    } else if ((now?.rev ?? null) === (record.expectedRev ?? null)) {
      seq += 1;
      writes.push(record);
      seqs.push(seq);
      result.accepted.push({ kind, id, rev, seq });
    } else {
      result.conflicts.push({ kind, id, current: now });
    }
  }
  if (writes.length === 0) return result;

  // One statement writes the rows, moves the clock and queues the poke (NOTIFY is delivered
  // on commit, never for a push that rolled back). The rows go as one JSON parameter: as
  // text arrays, pg escaped every quote of every body (0.26 ms of each push).
  await client.query(
    `WITH written AS (
       INSERT INTO records (kind, id, rev, seq, deleted, body)
       SELECT kind, id, rev, seq, deleted, body
       FROM jsonb_to_recordset($1::jsonb)
         AS pushed (kind text, id text, rev text, seq bigint, deleted boolean, body jsonb)
       ON CONFLICT (owner, kind, id) DO UPDATE SET rev = excluded.rev, seq = excluded.seq,
         deleted = excluded.deleted, body = excluded.body, updated_at = now()
     ), clock AS (UPDATE owner_clock SET seq = $2)
     SELECT pg_notify($3, json_build_object('owner', current_setting('app.owner', true),
       'seq', $2::bigint)::text)`,
    [
      JSON.stringify(
        writes.map((record, i) => {
          const deleted = record.deleted === true;
          const { kind, id, rev } = record;
          return { kind, id, rev, seq: seqs[i], deleted, body: deleted ? null : record.body };
        }),
      ),
      seq,
      CHANGES_CHANNEL,
    ],
  );
  return result;
}

/** @param {{ kind: string, id: string }} record */
function key(record) {
  return `${record.kind}\u0000${record.id}`;
}

/**
 * @param {any} row
 * @returns {StoredRecord}
 */
function toRecord(row) {
  return {
    kind: row.kind,
    id: row.id,
    rev: row.rev,
    seq: Number(row.seq),
    deleted: row.deleted,
    body: row.body,
    updatedAt: row.updated_at.toISOString(),
  };
}
