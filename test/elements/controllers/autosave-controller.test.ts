import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FakeClock } from '../../helpers/fake-clock.js';
import {
  AutosaveController,
  type AutosaveOptions,
} from '../../../src/elements/controllers/autosave-controller.js';

/** A bare host element; each test attaches its own controller. */
class AutosaveTestHost extends LitElement {
  updates = 0;
  override updated(): void {
    this.updates += 1;
  }
}
customElements.define('autosave-test-host', AutosaveTestHost);

interface SaveLog {
  saved: string[];
  calls: number;
  active: number;
  maxActive: number;
}

/** A save function that records what it wrote, takes `ms` and fails while `fail()` says so. */
function recordingSave(
  log: SaveLog,
  ms = 0,
  fail: () => boolean = () => false,
): AutosaveOptions<string>['save'] {
  return async (value) => {
    log.calls += 1;
    log.active += 1;
    log.maxActive = Math.max(log.maxActive, log.active);
    try {
      if (ms) await aTimeout(ms);
      if (fail()) throw new Error('disk full');
      log.saved.push(value);
    } finally {
      log.active -= 1;
    }
  };
}

async function setup(
  options: Omit<AutosaveOptions<string>, 'save'> & { ms?: number; fail?: () => boolean } = {},
) {
  const log: SaveLog = { saved: [], calls: 0, active: 0, maxActive: 0 };
  const host = await fixture<AutosaveTestHost>(html`<autosave-test-host></autosave-test-host>`);
  const controller = new AutosaveController<string>(host, {
    delay: options.delay ?? 30,
    onError: options.onError,
    save: recordingSave(log, options.ms, options.fail),
  });
  return { host, controller, log };
}

/**
 * Sets what `document.visibilityState` reports (`undefined` restores the real value).
 * Tests set it both ways: a test page in the background really is hidden.
 */
function pretendPageIs(state: DocumentVisibilityState | undefined): void {
  if (state)
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  else delete (document as unknown as Record<string, unknown>).visibilityState;
}

/** A delay long enough that only the fake clock ever reaches it. */
const MINUTE = 60_000;

describe('AutosaveController', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = new FakeClock({ from: MINUTE })));
  afterEach(() => {
    clock.uninstall();
    pretendPageIs(undefined);
  });

  it('saves only the newest value once typing pauses', async () => {
    const { controller, log } = await setup();
    controller.schedule('h');
    controller.schedule('he');
    controller.schedule('hello');
    expect(controller.pending).to.equal(true);
    expect(log.calls).to.equal(0);
    await waitUntil(() => !controller.pending);
    expect(log.saved).to.deep.equal(['hello']);
  });

  it('restarts the quiet time on every change', async () => {
    const { controller, log } = await setup({ delay: MINUTE });
    controller.schedule('a');
    clock.tick(MINUTE - 1);
    controller.schedule('ab');
    clock.tick(MINUTE - 1);
    expect(log.calls, 'no save while still typing').to.equal(0);
    clock.tick(1);
    expect(log.calls, 'saved once the quiet time is over').to.equal(1);
    await waitUntil(() => !controller.pending);
    expect(log.saved).to.deep.equal(['ab']);
  });

  it('flush() saves at once and resolves when stored', async () => {
    const { controller, log } = await setup({ delay: 10_000 });
    controller.schedule('now please');
    await controller.flush();
    expect(log.saved).to.deep.equal(['now please']);
    expect(controller.pending).to.equal(false);
  });

  it('flush() with nothing waiting does nothing', async () => {
    const { controller, log } = await setup();
    await controller.flush();
    expect(log.calls).to.equal(0);
  });

  it('starts the write synchronously on pagehide', async () => {
    const { controller, log } = await setup({ delay: 10_000 });
    controller.schedule('last words');
    window.dispatchEvent(new Event('pagehide'));
    expect(log.calls, 'save called inside the pagehide handler').to.equal(1);
    await waitUntil(() => !controller.pending);
    expect(log.saved).to.deep.equal(['last words']);
  });

  it('flushes when the page becomes hidden, not when it becomes visible', async () => {
    const { controller, log } = await setup({ delay: 10_000 });
    controller.schedule('typed then switched tab');
    pretendPageIs('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(log.calls, 'still visible').to.equal(0);
    pretendPageIs('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(log.calls).to.equal(1);
    await waitUntil(() => !controller.pending);
    expect(log.saved).to.deep.equal(['typed then switched tab']);
  });

  it('flushes when the host element is removed and then stops listening', async () => {
    const { host, controller, log } = await setup({ delay: 10_000 });
    controller.schedule('removed mid-edit');
    host.remove();
    expect(log.calls).to.equal(1);
    await waitUntil(() => !controller.pending);
    expect(log.saved).to.deep.equal(['removed mid-edit']);
    controller.schedule('after removal');
    window.dispatchEvent(new Event('pagehide'));
    expect(log.calls, 'listener removed').to.equal(1);
    controller.cancel();
  });

  it('never runs two saves at once and always ends with the newest value', async () => {
    const { controller, log } = await setup({ delay: MINUTE, ms: 25 });
    controller.schedule('one');
    clock.tick(MINUTE);
    expect(log.active, 'first save running').to.equal(1);
    controller.schedule('two');
    controller.schedule('three');
    void controller.flush();
    await waitUntil(() => !controller.pending);
    expect(log.maxActive).to.equal(1);
    expect(log.saved).to.deep.equal(['one', 'three']);
  });

  it('keeps a value whose save failed and saves it on retry', async () => {
    let failing = true;
    const errors: unknown[] = [];
    const { controller, log } = await setup({
      fail: () => failing,
      onError: (e) => errors.push(e),
    });
    controller.schedule('precious');
    await waitUntil(() => errors.length === 1);
    expect(controller.pending, 'still waiting to be saved').to.equal(true);
    expect(log.saved).to.deep.equal([]);
    let rejected: unknown;
    await controller.flush().catch((e: unknown) => (rejected = e));
    expect(rejected).to.be.instanceOf(Error);
    failing = false;
    await controller.flush();
    expect(log.saved).to.deep.equal(['precious']);
    expect(controller.pending).to.equal(false);
  });

  it('prefers a newer value over a failed older one', async () => {
    let failing = true;
    const { controller, log } = await setup({ delay: 10_000, ms: 20, fail: () => failing });
    controller.schedule('old');
    const first = controller.flush().catch(() => undefined);
    controller.schedule('new');
    await first;
    failing = false;
    await controller.flush();
    expect(log.saved).to.deep.equal(['new']);
  });

  it('cancel() forgets the waiting value', async () => {
    const { controller, log } = await setup({ delay: MINUTE });
    controller.schedule('discarded draft');
    controller.cancel();
    expect(controller.pending).to.equal(false);
    clock.tick(2 * MINUTE);
    expect(log.calls).to.equal(0);
  });

  it('asks the host to re-render when pending changes, not on every keystroke', async () => {
    const { host, controller } = await setup();
    await host.updateComplete;
    const before = host.updates;
    for (const text of ['a', 'ab', 'abc', 'abcd']) controller.schedule(text);
    await host.updateComplete;
    expect(host.updates - before).to.equal(1);
    await waitUntil(() => !controller.pending);
    await host.updateComplete;
    expect(host.updates - before).to.equal(2);
  });
});
