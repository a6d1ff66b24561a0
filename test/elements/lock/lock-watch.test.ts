// <rk-lock> follows the lock state of the adapter it uses now (lock-watch.ts): an adapter
// it was given before, or any adapter once the element is gone, locking is none of its
// business. Stand-in adapters, so that no passphrase has to be derived.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LockableAdapter, RkLock } from '../../../src/elements/lock/rk-lock.js';
import '../../../src/elements/lock/define.js';
import { contentShown, inLock } from './lock-fixtures.js';

/**
 * An unlocked adapter with a passphrase, whose lock state the test changes. A host's own
 * adapter may be `leaky`: its unsubscribe does nothing, and it goes on calling.
 */
function openAdapter({ leaky = false } = {}) {
  const listeners = new Set<(locked: boolean) => void>();
  let locked = false;
  const setLocked = (now: boolean) => {
    locked = now;
    for (const listener of listeners) listener(now);
  };
  const adapter = {
    isLocked: () => locked,
    hasPassphrase: async () => true,
    lock: () => setLocked(true),
    onLockChange: (listener: (locked: boolean) => void) => {
      listeners.add(listener);
      return () => leaky || listeners.delete(listener);
    },
  } as unknown as LockableAdapter;
  return { adapter, setLocked, listening: () => listeners.size };
}

async function lockOn(adapter: LockableAdapter): Promise<RkLock> {
  const el = await fixture<RkLock>(
    html`<rk-lock .adapter=${adapter}><p id="secret">private words</p></rk-lock>`,
  );
  await waitUntil(() => inLock(el, '[part~="bar"]'), 'the content shows, unlocked');
  return el;
}

describe('<rk-lock> follows the adapter it uses', () => {
  it('shows the lock screen when its adapter locks elsewhere, with the reason', async () => {
    const first = openAdapter();
    const el = await lockOn(first.adapter);
    const reasons: string[] = [];
    el.addEventListener('rk-locked', (event) => reasons.push(event.detail.reason));
    first.setLocked(true);
    await el.updateComplete;
    expect(reasons).to.deep.equal(['elsewhere']);
    expect(contentShown(el)).to.equal(false);
  });

  it('ignores an adapter it no longer uses, and stops listening to it', async () => {
    const first = openAdapter();
    const second = openAdapter();
    const el = await lockOn(first.adapter);
    el.adapter = second.adapter;
    await el.updateComplete;
    const reasons: string[] = [];
    el.addEventListener('rk-locked', (event) => reasons.push(event.detail.reason));
    first.setLocked(true);
    await el.updateComplete;
    expect(reasons, 'the old adapter locking locks nothing here').to.deep.equal([]);
    expect(contentShown(el)).to.equal(true);
    expect(first.listening()).to.equal(0);

    el.lock();
    await el.updateComplete;
    expect(reasons).to.deep.equal(['asked']);
    expect(second.adapter.isLocked(), '"Lock now" locks the adapter in use').to.equal(true);
  });

  it('ignores an adapter it no longer uses even when that adapter goes on calling', async () => {
    const first = openAdapter({ leaky: true });
    const el = await lockOn(first.adapter);
    el.adapter = openAdapter().adapter;
    await el.updateComplete;
    const reasons: string[] = [];
    el.addEventListener('rk-locked', (event) => reasons.push(event.detail.reason));
    first.setLocked(true);
    await el.updateComplete;
    expect(reasons).to.deep.equal([]);
    expect(contentShown(el)).to.equal(true);
  });

  it('stops listening once removed from the page', async () => {
    const first = openAdapter();
    const el = await lockOn(first.adapter);
    expect(first.listening()).to.equal(1);
    el.remove();
    expect(first.listening()).to.equal(0);
  });
});
