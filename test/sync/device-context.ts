/**
 * A second device for sync tests: a page in a browser context of its own (its own
 * IndexedDB, like another phone), opened and driven by scripts/wtr-devices.mjs.
 *
 * ```ts
 * const phone = await openDevice(person);
 * await phone.type('rk-goal-tracker >>> #title-new', 'Walk');
 * await phone.offline();
 * afterEach(closeDeviceContexts);
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { syncServer } from './sync-devices.js';

type Api = Window['rkDevice'];
type Result<M extends keyof Api> = Awaited<ReturnType<Api[M]>>;

const command = <T = unknown>(name: string, payload: object = {}) =>
  executeServerCommand(name, payload) as Promise<T>;

export interface DeviceContext {
  /** Runs `window.rkDevice[method](...args)` in the device (see device-page.ts). */
  call<M extends keyof Api>(method: M, ...args: Parameters<Api[M]>): Promise<Result<M>>;
  /** Types with the device's keyboard into `selector` (`>>>` pierces shadow roots). */
  type(selector: string, text: string, options?: { clear?: boolean }): Promise<void>;
  /** Presses one key, on `selector` focused first when given. */
  press(key: string, selector?: string): Promise<void>;
  offline(): Promise<void>;
  online(): Promise<void>;
  /** Reloads the page; `duringPush`: goes online and reloads as its first push leaves. */
  reload(options?: { duringPush?: boolean }): Promise<void>;
}

/** Opens a device of `person`, syncing with the run's dev server; resolves once its tools show. */
export async function openDevice(person: string): Promise<DeviceContext> {
  const url = await syncServer();
  const query = new URLSearchParams({ url, person });
  const { device } = await command<{ device: string }>('device-open', {
    path: `/test/sync/device-page.html?${query}`,
  });
  const one: DeviceContext = {
    call: async (method, ...args) =>
      (await command<{ value: never }>('device-call', { device, method, args })).value,
    type: async (selector, text, options) => {
      await command('device-type', { device, selector, text, ...options });
    },
    press: async (key, selector) => {
      await command('device-press', { device, key, selector });
    },
    offline: async () => {
      await command('device-network', { device, online: false });
    },
    online: async () => {
      await command('device-network', { device, online: true });
    },
    reload: async (options) => {
      await command('device-reload', { device, ...options });
      await one.call('ready');
    },
  };
  await one.call('ready');
  return one;
}

/** Closes every device the test opened (call it in `afterEach`, so a failure closes them too). */
export async function closeDeviceContexts(): Promise<void> {
  await command('device-close-all');
}
