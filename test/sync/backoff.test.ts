import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/storage/memory-adapter.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { retryDelay, type SyncClock } from '../../src/sync/backoff.js';
import { SyncClient } from '../../src/sync/sync-client.js';
import { SyncedAdapter } from '../../src/sync/synced-adapter.js';

/** Timers run only when the test says so: no waiting on the wall clock. */
class ManualClock implements SyncClock {
  timers = new Map<number, { at: number; callback: () => void; ms: number }>();
  time = 0;
  #next = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    this.timers.set(++this.#next, { at: this.time + ms, callback, ms });
    return this.#next;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  now(): number {
    return this.time;
  }
  /** The delays of the timers waiting now, longest first. */
  waiting(): number[] {
    return [...this.timers.values()].map((timer) => timer.ms).sort((a, b) => b - a);
  }
  /** Runs the next timer due (moving the time on to it). */
  runNext(): void {
    const [handle, timer] = [...this.timers].sort(([, a], [, b]) => a.at - b.at)[0]!;
    this.timers.delete(handle);
    this.time = timer.at;
    timer.callback();
  }
}

describe('retry backoff', () => {
  it('grows exponentially with full jitter, capped, with Retry-After as a floor', () => {
    const top = { baseMs: 1000, maxMs: 60_000, random: () => 0.999999 };
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7, 40].map((attempt) => retryDelay(attempt, top));
    expect(ceilings).to.deep.equal([
      999,
      1999,
      3999,
      7999,
      15999,
      31999,
      59999,
      60000 - 1,
      60000 - 1,
    ]);
    expect(retryDelay(3, { ...top, random: () => 0 })).to.equal(0);
    expect(retryDelay(3, { ...top, random: () => 0.5 })).to.equal(4000);
    expect(retryDelay(0, { ...top, random: () => 0 }, 5000)).to.equal(5000);
    expect(retryDelay(0, top, 120_000), 'the cap wins over a long Retry-After').to.equal(60_000);
  });

  it('retries a failing sync on its clock, each wait longer up to the cap, and at once when back online', async () => {
    const clock = new ManualClock();
    let requests = 0;
    const adapter = new SyncedAdapter(new MemoryAdapter());
    const client = new SyncClient(adapter, {
      url: 'http://127.0.0.1:9',
      live: false,
      clock,
      backoff: { baseMs: 100, maxMs: 1000, random: () => 0.999 },
      fetch: () => {
        requests += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    await adapter.put(draft('a'), null);
    await client.syncNow();
    expect(client.status).to.include({ state: 'offline', pending: 1 });
    const waits: number[] = [];
    for (let retry = 0; retry < 6; retry += 1) {
      const retryTimer = clock.waiting().find((ms) => ms < 30_000)!;
      waits.push(retryTimer);
      // The request timeout's timer is cleared; only the retry waits.
      expect(clock.waiting()).to.deep.equal([retryTimer]);
      clock.runNext();
      await client.syncNow();
    }
    expect(waits).to.deep.equal([99, 199, 399, 799, 999, 999]);
    expect(requests).to.equal(7);
    client.stop();
    expect(clock.waiting(), 'stop clears the retry').to.deep.equal([]);
  });

  it('syncs at once when the browser comes back online or the page becomes visible, without waiting for the retry', async () => {
    const clock = new ManualClock();
    const asked: string[] = [];
    const adapter = new SyncedAdapter(new MemoryAdapter());
    const client = new SyncClient(adapter, {
      url: 'http://127.0.0.1:9',
      clock,
      backoff: { baseMs: 60_000, maxMs: 60_000, random: () => 0.5 },
      fetch: (input) => {
        asked.push(new URL(String(input)).pathname);
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
    await client.start();
    const pushesOrPulls = () => asked.filter((path) => !path.endsWith('/events')).length;
    expect(client.status.state).to.equal('offline');
    expect(asked, 'the event stream was tried too').to.include('/v1/sync/events');
    const before = pushesOrPulls();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => pushesOrPulls() === before + 1, 'synced on online');
    await waitUntil(() => client.status.state === 'offline', 'the round ended');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => pushesOrPulls() === before + 2, 'synced on visible');
    client.stop();
    window.dispatchEvent(new Event('online'));
    expect(pushesOrPulls(), 'stopped: no more requests').to.equal(before + 2);
  });
});
