import type { StorageChange, StorageChangeListener } from './storage-adapter.js';

/** A change as it travels between adapter instances: without its origin. */
export type ChangeMessage = Omit<StorageChange, 'origin'>;

/** Carries change messages to the other adapter instances on the same database. */
export interface ChangeTransport {
  post(message: ChangeMessage): void;
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
    channel.onmessage = (event: MessageEvent<ChangeMessage>) => receive(event.data);
    return {
      post: (message) => channel.postMessage(message),
      close: () => channel.close(),
    };
  };
}

/**
 * The change feed of one adapter instance: tells its own subscribers about its writes
 * (`origin: 'local'`) and passes them on to other instances, whose subscribers hear
 * them as `origin: 'other-tab'`. The transport opens on first use and closes with
 * {@link ChangeFeed.close}; it reopens if used again.
 */
export class ChangeFeed {
  #listeners = new Set<StorageChangeListener>();
  #transport: ChangeTransport | undefined;

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
    this.#connect().post(message);
    this.#deliver({ ...message, origin: 'local' });
  }

  /** Stops listening to other instances (subscribers stay registered). */
  close(): void {
    this.#transport?.close();
    this.#transport = undefined;
  }

  #connect(): ChangeTransport {
    this.#transport ??= this.openTransport((message) =>
      this.#deliver({ ...message, origin: 'other-tab' }),
    );
    return this.#transport;
  }

  #deliver(change: StorageChange): void {
    for (const listener of [...this.#listeners]) {
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
}
