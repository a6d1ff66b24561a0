// A complete StorageAdapter over a plain asynchronous key-value store, using only the
// public API: the skeleton shown in the Storage docs page, and run through the
// conformance suite by test/storage/example-adapter.test.ts. Replace `KeyValueStore`
// with your own storage (a server, a native bridge, an encrypted store).
import {
  StorageError,
  envelopeProblem,
  isCorrupt,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type RecordDraft,
  type RecordEnvelope,
  type StorageAdapter,
  type StorageChange,
  type StorageChangeListener,
  type StoredRecord,
} from '../src/index.js';

/** Your storage: text values under string keys. */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export class KeyValueAdapter implements StorageAdapter {
  readonly name = 'key-value';
  #listeners = new Set<StorageChangeListener>();
  #channel: BroadcastChannel | undefined;

  constructor(
    private readonly store: KeyValueStore,
    /** Adapters with the same channel name hear each other's changes (other tabs). */
    private readonly channelName: string,
  ) {}

  async open(): Promise<OpenReport> {
    return { adapter: this.name, durability: 'memory', partitioned: false };
  }

  async get(kind: string, id: string): Promise<StoredRecord | undefined> {
    const text = await this.store.get(keyOf(kind, id));
    return text === undefined ? undefined : parse(kind, id, text);
  }

  async list(kind: string, options: ListOptions = {}): Promise<ListPage> {
    const all = await this.#all(kind);
    const sign = options.direction === 'desc' ? -1 : 1;
    const after = options.cursor === undefined ? undefined : positionFromCursor(options.cursor);
    const listed = all
      .filter((record) => options.includeDeleted || isCorrupt(record) || !record.deleted)
      .map((record) => ({ record, at: positionOf(record) }))
      .filter(({ at }) => !after || sign * compare(at, after) > 0)
      .sort((a, b) => sign * compare(a.at, b.at));
    const page = listed.slice(0, options.limit ?? listed.length);
    const last = page[page.length - 1];
    const records = page.map(({ record }) => record);
    return listed.length > page.length && last
      ? { records, cursor: JSON.stringify(last.at) }
      : { records };
  }

  /** Compare-and-set, made atomic between tabs by a Web Lock on the record. */
  put(draft: RecordDraft, expectedRev: string | null): Promise<RecordEnvelope> {
    return this.#exclusive(
      draft.kind,
      draft.id,
      async (current) => {
        check(current, draft.kind, draft.id, expectedRev);
        const generation = parseInt((current as RecordEnvelope | undefined)?.rev ?? '0', 10) || 0;
        return { ...draft, rev: `${generation + 1}-${crypto.randomUUID().slice(0, 8)}` };
      },
      'put',
    );
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#exclusive(
      kind,
      id,
      async (current) => {
        if (!current) throw new StorageError('not-found', `There is no ${kind} ${id}.`);
        check(current, kind, id, expectedRev);
        const record = current as RecordEnvelope;
        const generation = parseInt(record.rev, 10) || 0;
        return {
          ...record,
          deleted: true,
          data: null,
          updatedAt: new Date().toISOString(),
          rev: `${generation + 1}-${crypto.randomUUID().slice(0, 8)}`,
        };
      },
      'remove',
    );
  }

  subscribe(listener: StorageChangeListener): () => void {
    this.#connect();
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  exportAll(): Promise<StoredRecord[]> {
    return this.#all();
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    const before = new Map<string, string | undefined>();
    for (const key of await this.store.keys()) before.set(key, await this.store.get(key));
    try {
      if (options.mode === 'replace') for (const key of before.keys()) await this.store.delete(key);
      for (const record of records) {
        const text = isCorrupt(record)
          ? typeof record.raw === 'string'
            ? record.raw
            : JSON.stringify(record.raw)
          : JSON.stringify(record);
        await this.store.set(keyOf(record.kind, record.id), text);
      }
    } catch (error) {
      // All or nothing: put back what was there.
      for (const key of await this.store.keys()) await this.store.delete(key);
      for (const [key, text] of before) if (text !== undefined) await this.store.set(key, text);
      throw new StorageError('unavailable', 'The import could not be saved.', { cause: error });
    }
    this.#publish({ type: 'import' });
  }

  async purgeAll(): Promise<void> {
    for (const key of await this.store.keys()) await this.store.delete(key);
    this.#publish({ type: 'purge' });
  }

  async close(): Promise<void> {
    this.#channel?.close();
    this.#channel = undefined;
  }

  async #exclusive(
    kind: string,
    id: string,
    decide: (current: StoredRecord | undefined) => Promise<RecordEnvelope>,
    type: 'put' | 'remove',
  ): Promise<RecordEnvelope> {
    const record = await navigator.locks.request(
      `${this.channelName}:${keyOf(kind, id)}`,
      async () => {
        const record = await decide(await this.get(kind, id));
        await this.store.set(keyOf(kind, id), JSON.stringify(record));
        return record;
      },
    );
    this.#publish({ type, kind, id, rev: record.rev });
    return record;
  }

  async #all(kind?: string): Promise<StoredRecord[]> {
    const records: StoredRecord[] = [];
    for (const key of await this.store.keys()) {
      const [storedKind, id] = JSON.parse(key) as [string, string];
      const text = await this.store.get(key);
      if ((kind === undefined || storedKind === kind) && text !== undefined)
        records.push(parse(storedKind, id, text));
    }
    return records;
  }

  #publish(change: Omit<StorageChange, 'origin'>): void {
    this.#connect().postMessage(change);
    this.#deliver({ ...change, origin: 'local' });
  }

  #deliver(change: StorageChange): void {
    this.#listeners.forEach((listener) => listener(change));
  }

  #connect(): BroadcastChannel {
    if (!this.#channel) {
      this.#channel = new BroadcastChannel(this.channelName);
      this.#channel.onmessage = ({ data }: MessageEvent<Omit<StorageChange, 'origin'>>) =>
        this.#deliver({ ...data, origin: 'other-tab' });
    }
    return this.#channel;
  }
}

/** Keys are JSON, so any kind and id fit. */
const keyOf = (kind: string, id: string) => JSON.stringify([kind, id]);

type Position = [orderKey: string, id: string];

/** List order: `sortKey ?? createdAt`, then id; unreadable records first. */
const positionOf = (record: StoredRecord): Position =>
  isCorrupt(record) ? ['', record.id] : [record.sortKey ?? record.createdAt, record.id];

const compare = (a: Position, b: Position) =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1;

function positionFromCursor(cursor: string): Position {
  try {
    const at: unknown = JSON.parse(cursor);
    if (Array.isArray(at) && at.length === 2 && at.every((part) => typeof part === 'string'))
      return at as Position;
  } catch {
    // reported below
  }
  throw new StorageError('not-found', 'The list cursor is not one this store made.');
}

/** Never write over unreadable data; otherwise the stored revision must be the expected one. */
function check(
  current: StoredRecord | undefined,
  kind: string,
  id: string,
  expected: string | null,
) {
  if (current && isCorrupt(current))
    throw new StorageError('corrupt', `The stored ${kind} ${id} could not be read.`);
  if ((current?.rev ?? null) !== expected)
    throw new StorageError('conflict', `The ${kind} ${id} was changed somewhere else.`, {
      current,
    });
}

/** The stored text as a record envelope, or a corrupt record keeping the text as it was. */
function parse(kind: string, id: string, text: string): StoredRecord {
  const corrupt = (reason: string) => ({ corrupt: true as const, kind, id, raw: text, reason });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return corrupt('The stored text is not valid JSON.');
  }
  // The library's own check: an object of this kind and id, with a schema version,
  // revision, dates and data.
  const problem = envelopeProblem(value, { kind, id });
  return problem ? corrupt(problem) : (value as RecordEnvelope);
}
