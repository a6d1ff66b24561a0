/** Gives the access token for the sync server; `refresh: true` once after the server refused the last one. */
export type SyncAuth = (options: {
  refresh: boolean;
}) => Promise<string | undefined> | string | undefined;

/** Where syncing stands: `synced` after a round with nothing left to push. */
export type SyncState = 'syncing' | 'synced' | 'offline' | 'signed-out' | 'error' | 'stopped';

/** What the save status shows about sync. */
export interface SyncStatus {
  state: SyncState;
  /** When the last round finished with everything pushed and pulled (ms since 1970). */
  lastSyncedAt?: number;
  /** Changes on this device not yet on the server. */
  pending: number;
  /** Records changed both here and elsewhere whose two versions were both kept, since this page opened. */
  keptBoth: number;
}

/** Only https, or http to this machine while developing; throws a TypeError otherwise. */
export function checkSyncUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`The sync URL "${url}" is not a URL.`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
    throw new TypeError(
      `The sync URL must use https (or http to localhost while developing), not "${url}".`,
    );
  if (parsed.username || parsed.password)
    throw new TypeError('The sync URL must not carry a user name or password.');
  return parsed;
}

/**
 * What a page knows about one synced store before (and after) the sync code has
 * downloaded: the host's settings, the latest status, and the client once it runs.
 * Dispatches `change` with every new status.
 */
export class SyncLink extends EventTarget {
  status: SyncStatus = { state: 'syncing', pending: 0, keptBoth: 0 };
  /** The running client (set by the sync chunk): the host signing in again resumes it. */
  client?: { signedIn(): Promise<void>; stop(): void };

  constructor(
    readonly url: string,
    /** The host's sign-in; may be replaced later (`<rk-provider>.auth`). */
    public auth: SyncAuth | undefined,
    /** The organisation whose server holds the copy, as the person knows it. */
    public organisation: string | undefined,
    /** Whether records are encrypted before they leave the device (with optional encryption: whether the person protected them). */
    public encrypted: boolean,
  ) {
    super();
  }

  update(status: SyncStatus): void {
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }
}
