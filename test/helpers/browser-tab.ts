/**
 * A real second tab on the test's origin, in another renderer: unlike two adapters in one
 * page, it keeps its own copy of localStorage, as a person's second tab does.
 *
 * ```ts
 * const tab = await openBrowserTab();
 * const reply = await tab.call({ namespace, method: 'put', args: [draft, rev], at });
 * await tab.close();
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { TAB_CHANNEL, type TabCall, type TabReply } from './browser-tab-protocol.js';

export { startAt, type TabReply } from './browser-tab-protocol.js';

export interface BrowserTab {
  /** Runs one LocalStorageAdapter method in the other tab and resolves with its outcome. */
  call(call: Omit<TabCall, 'type' | 'call'>): Promise<TabReply>;
  close(): Promise<void>;
}

let calls = 0;

export async function openBrowserTab(): Promise<BrowserTab> {
  const channel = new BroadcastChannel(TAB_CHANNEL);
  const waiting = new Map<number, (reply: TabReply) => void>();
  const ready = new Promise<void>((resolve) => {
    channel.onmessage = ({ data }: MessageEvent<TabReply | { type: 'ready' }>) => {
      if (data.type === 'ready') resolve();
      else waiting.get(data.call)?.(data);
    };
  });
  await executeServerCommand('open-second-tab', { path: '/test/helpers/browser-tab.html' });
  await ready;
  return {
    call(call) {
      calls += 1;
      const id = calls;
      const reply = new Promise<TabReply>((resolve) => waiting.set(id, resolve));
      channel.postMessage({ ...call, type: 'call', call: id } satisfies TabCall);
      return reply;
    },
    async close() {
      channel.close();
      await executeServerCommand('close-second-tabs');
    },
  };
}
