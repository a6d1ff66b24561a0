import type { StorageChange, StorageChangeListener } from './storage-adapter.js';

/** A change as it travels between adapter instances: without its origin. */
export type ChangeMessage = Omit<StorageChange, 'origin'>;

/** Carries change messages, a batch at a time, to the other adapter instances on the same database. */
export interface ChangeTransport {
  post(messages: ChangeMessage[]): void;
  close(): void;
}

/** Opens a transport that hands every message from other instances to `receive`. */
export type TransportFactory = (receive: (message: ChangeMessage) => void) => ChangeTransport;

/**
 * A transport over a `BroadcastChannel`: reaches every other instance on the channel,
 * in other tabs and in this page, but not the sender. Without BroadcastChannel
 * (very old browsers) changes stay in this instance.
 */
export function broadcastTransport(channelName: string): TransportFactory {
  return (receive) => {
    if (typeof BroadcastChannel !== 'function') return { post() {}, close() {} };
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<ChangeMessage[]>) => event.data.forEach(receive);
    return {
      post: (messages) => channel.postMessage(messages),
      close: () => channel.close(),
    };
  };
}

/** How long changes are gathered before they go to other instances in one message. */
const BATCH_MS = 20;

/**
 * The change feed of one adapter instance: tells its own subscribers about its writes
 * at once (`origin: 'local'`) and passes them on to other instances, gathered into one
 * message every {@link BATCH_MS} ms (a post for every write would slow each save), whose
 * subscribers hear them as `origin: 'other-tab'`. The transport opens on first use and
 * closes with {@link ChangeFeed.close}; it reopens if used again.
 */
export class ChangeFeed {
  #listeners = new Set<StorageChangeListener>();
  #transport: ChangeTransport | undefined;
  #outbox: ChangeMessage[] = [];

  constructor(private readonly openTransport: TransportFactory) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StorageChangeListener): () => void {
    this.#connect();
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Reports a change this instance made, here and to the other instances. */
  publish(message: ChangeMessage): void {
    if (this.#outbox.push(message) === 1) setTimeout(() => this.#flush(), BATCH_MS);
    this.#deliver({ ...message, origin: 'local' });
  }

  /** Reports a change to this instance's subscribers only (each instance notices a `lost` store itself). */
  announce(message: ChangeMessage): void {
    this.#deliver({ ...message, origin: 'local' });
  }

  /** Sends what is waiting, then stops listening to other instances (subscribers stay registered). */
  close(): void {
    this.#flush();
    this.#transport?.close();
    this.#transport = undefined;
  }

  #flush(): void {
    if (this.#outbox.length === 0) return;
    const messages = this.#outbox;
    this.#outbox = [];
    this.#connect().post(messages);
  }

  #connect(): ChangeTransport {
    this.#transport ??= this.openTransport((message) =>
      this.#deliver({ ...message, origin: 'other-tab' }),
    );
    return this.#transport;
  }

  #deliver(change: StorageChange): void {
    tellListeners(this.#listeners, change);
  }
}

/** Calls every listener with `change`; one that throws is reported without stopping the others. */
export function tellListeners(
  listeners: Iterable<StorageChangeListener>,
  change: StorageChange,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      // A failing listener must not undo or hide a write that already happened.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
