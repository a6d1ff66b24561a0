/**
 * Runs in a real second tab (opened by `openBrowserTab()`): answers calls on a
 * BroadcastChannel by running LocalStorageAdapter operations here, in a renderer of its
 * own, with its own copy of localStorage.
 */
import { LocalStorageAdapter } from '../../src/storage/localstorage-adapter.js';
import { isStorageError } from '../../src/storage/storage-error.js';
import { TAB_CHANNEL, startAt, type TabCall, type TabReply } from './browser-tab-protocol.js';

const adapters = new Map<string, LocalStorageAdapter>();
const channel = new BroadcastChannel(TAB_CHANNEL);

channel.onmessage = async ({ data }: MessageEvent<TabCall>) => {
  if (data.type !== 'call') return;
  let adapter = adapters.get(data.namespace);
  if (!adapter) adapters.set(data.namespace, (adapter = new LocalStorageAdapter(data)));
  const run = adapter[data.method] as (...args: unknown[]) => Promise<unknown>;
  await startAt(data.at);
  let reply: TabReply;
  try {
    reply = {
      type: 'reply',
      call: data.call,
      ok: true,
      value: await run.apply(adapter, data.args),
    };
  } catch (error) {
    reply = {
      type: 'reply',
      call: data.call,
      ok: false,
      code: isStorageError(error) ? error.code : String(error),
      current: isStorageError(error) ? error.details.current : undefined,
    };
  }
  channel.postMessage(reply);
};
channel.postMessage({ type: 'ready' });
