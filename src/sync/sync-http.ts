import { checkSyncUrl, type SyncAuth } from '../storage/sync-link.js';
import type { EraseMarker } from './erasure.js';
import type { PushAnswer } from './replica.js';
import type { PushedRecord, RemoteRecord } from './wire.js';

/** One pull page (`GET /v1/sync/pull`). */
export interface PullPage {
  records: RemoteRecord[];
  checkpoint: { seq: number };
  more: boolean;
  /** The person's last erase on the server, if they ever erased. */
  erased?: EraseMarker;
}

/** Why a request to the sync server failed: `unauthorized` after a fresh token was refused too. */
export class SyncRequestError extends Error {
  constructor(
    readonly reason: 'offline' | 'unauthorized' | 'server' | 'refused',
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    /** For 429 and 503: the server's `Retry-After`, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

/** The sync server's endpoints, with the token in a header and one fresh token after a 401. */
export class SyncHttp {
  readonly #base: URL;
  #token: string | undefined;

  constructor(
    url: string,
    private readonly auth: SyncAuth | undefined,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.#base = checkSyncUrl(url.endsWith('/') ? url : `${url}/`);
  }

  async pull(since: number, limit: number, signal?: AbortSignal): Promise<PullPage> {
    const response = await this.#request(`v1/sync/pull?since=${since}&limit=${limit}`, { signal });
    return (await response.json()) as PullPage;
  }

  /**
   * Pushes `records`; `erased` names the erase marker this device has acted on. The server
   * refuses a push naming an older one (409): the answer then has `stale` and the marker.
   */
  async push(records: PushedRecord[], signal?: AbortSignal, erased?: number): Promise<PushAnswer> {
    const response = await this.#request(
      'v1/sync/push',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(erased === undefined ? { records } : { records, erased }),
        signal,
      },
      409,
    );
    const answer = (await response.json()) as PushAnswer;
    return response.status === 409
      ? { accepted: [], conflicts: [], erased: answer.erased, stale: true }
      : answer;
  }

  /** Erases every record of the person on the server; resolves with the erase marker. */
  async erase(signal?: AbortSignal): Promise<EraseMarker> {
    const response = await this.#request('v1/sync/erase', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      signal,
    });
    return ((await response.json()) as { erased: EraseMarker }).erased;
  }

  /** Reads the event stream, calling `poke` with each `{ seq }`, until it ends or `signal` aborts. */
  async events(poke: (seq: number) => void, signal: AbortSignal): Promise<void> {
    const response = await this.#request('v1/sync/events', {
      headers: { Accept: 'text/event-stream' },
      signal,
    });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) return;
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const events = buffer.split('\n\n');
      buffer = events.pop() ?? '';
      for (const event of events) {
        for (const line of event.split('\n')) {
          if (!line.startsWith('data:')) continue;
          const seq = (JSON.parse(line.slice(5)) as { seq?: unknown }).seq;
          if (typeof seq === 'number') poke(seq);
        }
      }
    }
  }

  /** A request with one fresh token after a 401; `allowed` is a status answered as it is. */
  async #request(path: string, init: RequestInit, allowed?: number): Promise<Response> {
    let response = await this.#send(path, init, false);
    if (response.status === 401 && this.auth) response = await this.#send(path, init, true);
    if (response.status === 401)
      throw new SyncRequestError(
        'unauthorized',
        'The sync server did not accept the sign-in.',
        401,
      );
    if (response.ok || response.status === allowed) return response;
    const retryAfter = Number(response.headers.get('Retry-After'));
    const reason =
      response.status >= 500 || response.status === 429 || response.status === 408
        ? 'server'
        : 'refused';
    throw new SyncRequestError(
      reason,
      `The sync server answered ${response.status}.`,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    );
  }

  async #send(path: string, init: RequestInit, refresh: boolean): Promise<Response> {
    if (refresh || this.#token === undefined)
      this.#token = (await this.auth?.({ refresh })) ?? undefined;
    const headers = new Headers(init.headers);
    if (this.#token) headers.set('Authorization', `Bearer ${this.#token}`);
    try {
      return await this.fetchImpl(new URL(path, this.#base).href, {
        ...init,
        headers,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new SyncRequestError('offline', 'The sync server could not be reached.');
    }
  }
}
