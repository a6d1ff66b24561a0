import { realClock, retryDelay, type BackoffOptions, type SyncClock } from './backoff.js';
import type { SyncAuth, SyncStatus } from '../storage/sync-link.js';
import { pushKey, type PushAnswer } from './replica.js';
import { SyncHttp, SyncRequestError } from './sync-http.js';
import type { PushedRecord } from './wire.js';
import type { SyncedAdapter } from './synced-adapter.js';

/** Options for {@link SyncClient}. */
export interface SyncClientOptions {
  /** The sync server's address: https, or http to localhost while developing. */
  url: string;
  /** The host's sign-in: returns an access token (`refresh: true` once after the server refused one). */
  auth?: SyncAuth;
  /** For tests: a `fetch` that loses, repeats or slows requests. */
  fetch?: typeof fetch;
  /** For tests: timers to drive by hand. */
  clock?: SyncClock;
  backoff?: BackoffOptions;
  /** Sync on `online`, on the page becoming visible and on the server's pokes (default true). */
  live?: boolean;
  /** Records per pull page (default 500). */
  pullLimit?: number;
  /** A request taking longer is abandoned and retried (default 30 s). */
  requestTimeoutMs?: number;
}

const PUSH_BATCH = 100;
/** Rounds of push and answer in one sync before giving up until the next retry (conflicts loop otherwise). */
const MAX_PUSH_ROUNDS = 50;

/**
 * Keeps a {@link SyncedAdapter} and the sync server in step: pushes the outbox with the
 * expected revisions, pulls from the persisted checkpoint, retries with capped exponential
 * backoff and jitter, and syncs again on `online`, when the page becomes visible and when
 * the server's event stream says something changed. A 401 asks `auth` for a new token
 * once; refused again, the status says `signed-out` and everything keeps working here
 * until {@link SyncClient.signedIn}. Dispatches `change` whenever {@link status} changes.
 */
export class SyncClient extends EventTarget {
  status: SyncStatus = { state: 'syncing', pending: 0, keptBoth: 0 };
  readonly #http: SyncHttp;
  readonly #clock: SyncClock;
  #running: Promise<void> | undefined;
  #again = false;
  #attempt = 0;
  #retry: unknown;
  #soon: unknown;
  #stopped = false;
  #controller = new AbortController();
  #cleanup: (() => void)[] = [];
  /** Records the server refused this session (see `#send`). */
  readonly #refused = new Set<string>();

  constructor(
    readonly adapter: SyncedAdapter,
    private readonly options: SyncClientOptions,
  ) {
    super();
    this.#http = new SyncHttp(options.url, options.auth, options.fetch);
    this.#clock = options.clock ?? realClock;
    this.#cleanup.push(adapter.onKeptBoth(() => this.#set({ keptBoth: this.status.keptBoth + 1 })));
  }

  /** Starts syncing: a first round now, then on every change and trigger. */
  start(): Promise<void> {
    this.#cleanup.push(
      this.adapter.subscribe((change) => {
        // A purge here notes an erase for the server: it goes in the next round too.
        if (change.origin !== 'local') return;
        void this.#refreshPending();
        if (this.#retry === undefined && this.#soon === undefined)
          this.#soon = this.#clock.setTimeout(() => {
            this.#soon = undefined;
            void this.syncNow();
          }, 0);
      }),
    );
    if (this.options.live !== false) this.#goLive();
    return this.syncNow();
  }

  /** One round now (push, then pull until up to date); joins a round already running. */
  syncNow(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.status.state === 'signed-out') return this.#refreshPending();
    this.#again = true;
    this.#running ??= this.#run().finally(() => (this.#running = undefined));
    return this.#running;
  }

  /** After the host's sign-in succeeded again: syncs with a fresh token. */
  signedIn(): Promise<void> {
    if (this.status.state === 'signed-out') this.#set({ state: 'syncing' });
    this.#attempt = 0;
    return this.syncNow();
  }

  /** Stops every request, timer and listener. */
  stop(): void {
    this.#stopped = true;
    this.#controller.abort();
    this.#clock.clearTimeout(this.#retry);
    this.#clock.clearTimeout(this.#soon);
    this.#cleanup.forEach((undo) => undo());
    this.#cleanup = [];
    this.#set({ state: 'stopped' });
  }

  async #run(): Promise<void> {
    while (this.#again && !this.#stopped) {
      this.#again = false;
      this.#clock.clearTimeout(this.#retry);
      this.#retry = undefined;
      if (this.status.state !== 'syncing') this.#set({ state: 'syncing' });
      try {
        await this.adapter.eraseOnServer(() => this.#timed((signal) => this.#http.erase(signal)));
        await this.#push();
        await this.#pull();
        await this.#push();
        this.#attempt = 0;
        const pending = await this.adapter.outbox.count();
        // Records the server refused are not synced: say so rather than "synced".
        if (this.#refused.size > 0) this.#set({ state: 'error', pending });
        else this.#set({ state: 'synced', lastSyncedAt: this.#clock.now(), pending });
      } catch (error) {
        if (!this.#stopped) await this.#failed(error);
        return;
      }
    }
  }

  async #push(): Promise<void> {
    for (let round = 0; round < MAX_PUSH_ROUNDS; round += 1) {
      // Read before the batch: a batch from before an erase then never names its marker.
      const before = await this.adapter.erasure.state();
      const seen = before?.seen;
      const applies = this.adapter.erasure.since(before);
      const batch = await this.adapter.replica.nextPush(PUSH_BATCH, this.#refused);
      if (batch.length === 0) return;
      for (const answer of await this.#send(batch, seen)) {
        // Erased elsewhere (the outbox went with everything else), or refused as stale.
        if ((await this.adapter.erasedElsewhere(answer.erased)) || answer.stale) return;
        await this.adapter.replica.answered(answer, applies);
      }
      void this.#refreshPending();
    }
  }

  /**
   * Pushes a batch. When the server refuses it whole (400), pushes its records one at a
   * time and sets aside each one it refuses, so one record it cannot take never holds up
   * the others. Set-aside records stay here and in the outbox, and are tried again after
   * a reload.
   */
  async #send(batch: PushedRecord[], seen: number | undefined): Promise<PushAnswer[]> {
    try {
      return [await this.#timed((signal) => this.#http.push(batch, signal, seen))];
    } catch (error) {
      if (!(error instanceof SyncRequestError && error.status === 400)) throw error;
      if (batch.length === 1) {
        console.warn(
          `recovery-kit: the sync server refused ${batch[0]!.kind} ${batch[0]!.id}; it stays on this device.`,
        );
        this.#refused.add(pushKey(batch[0]!));
        return [];
      }
      const answers: PushAnswer[] = [];
      for (const record of batch) answers.push(...(await this.#send([record], seen)));
      return answers;
    }
  }

  async #pull(): Promise<void> {
    const limit = this.options.pullLimit ?? 500;
    for (;;) {
      // An erase here since this round began: the next round tells the server first.
      const before = await this.adapter.erasure.state();
      if (before?.pending) return;
      const applies = this.adapter.erasure.since(before);
      const since = await this.adapter.outbox.checkpoint();
      const page = await this.#timed((signal) => this.#http.pull(since, limit, signal));
      // Erased elsewhere: everything here went too; pull again from the erase on.
      if (await this.adapter.erasedElsewhere(page.erased)) continue;
      const seq = Math.max(since, page.checkpoint.seq);
      const applied = await this.adapter.replica.pulled(
        page.records,
        () => this.adapter.outbox.setCheckpoint(seq),
        applies,
      );
      if (!applied) continue;
      if (!page.more || page.records.length === 0) return;
    }
  }

  /** A request abandoned after `requestTimeoutMs` (a timed-out request counts as offline). */
  async #timed<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    this.#controller.signal.addEventListener('abort', abort);
    const timer = this.#clock.setTimeout(abort, this.options.requestTimeoutMs ?? 30_000);
    try {
      return await request(controller.signal);
    } catch (error) {
      if (error instanceof SyncRequestError) throw error;
      throw new SyncRequestError('offline', 'The sync server did not answer in full.');
    } finally {
      this.#clock.clearTimeout(timer);
      this.#controller.signal.removeEventListener('abort', abort);
    }
  }

  async #failed(error: unknown): Promise<void> {
    const pending = await this.adapter.outbox.count().catch(() => this.status.pending);
    if (error instanceof SyncRequestError && error.reason === 'unauthorized') {
      this.#set({ state: 'signed-out', pending });
      return;
    }
    const offline =
      !(error instanceof SyncRequestError) ||
      error.reason === 'offline' ||
      navigator.onLine === false;
    this.#set({ state: offline ? 'offline' : 'error', pending });
    const floor = error instanceof SyncRequestError ? error.retryAfterMs : undefined;
    const delay = retryDelay(this.#attempt, this.options.backoff, floor);
    this.#attempt += 1;
    this.#retry = this.#clock.setTimeout(() => {
      this.#retry = undefined;
      void this.syncNow();
    }, delay);
  }

  async #refreshPending(): Promise<void> {
    const pending = await this.adapter.outbox.count().catch(() => this.status.pending);
    if (pending !== this.status.pending) this.#set({ pending });
  }

  #goLive(): void {
    const now = () => {
      this.#attempt = 0;
      void this.syncNow();
    };
    const visible = () => document.visibilityState === 'visible' && void this.syncNow();
    addEventListener('online', now);
    document.addEventListener('visibilitychange', visible);
    this.#cleanup.push(() => {
      removeEventListener('online', now);
      document.removeEventListener('visibilitychange', visible);
    });
    void this.#listen();
  }

  /** Follows the server's event stream, reconnecting with backoff; each poke past the checkpoint syncs. */
  async #listen(): Promise<void> {
    let attempt = 0;
    while (!this.#stopped && this.status.state !== 'signed-out') {
      try {
        await this.#http.events(async (seq) => {
          attempt = 0;
          if (seq > (await this.adapter.outbox.checkpoint())) void this.syncNow();
        }, this.#controller.signal);
      } catch (error) {
        if (error instanceof SyncRequestError && error.reason === 'unauthorized') return;
      }
      if (this.#stopped) return;
      await new Promise((resume) =>
        this.#clock.setTimeout(
          () => resume(undefined),
          retryDelay(attempt++, this.options.backoff),
        ),
      );
    }
  }

  #set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}
