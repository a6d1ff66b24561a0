import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EncryptedAdapter } from '../../../src/storage/encrypted-adapter.js';
import { MemoryAdapter, MemoryDatabase } from '../../../src/storage/memory-adapter.js';
import type { LockableAdapter, RkLock } from '../../../src/elements/lock/rk-lock.js';
import '../../../src/elements/lock/define.js';
import { uniqueNamespace } from '../../helpers/stores.js';

/** Adapters on one memory database and namespace: each is another tab. */
export function lockTabs() {
  const database = new MemoryDatabase();
  const namespace = uniqueNamespace('lock');
  const made: EncryptedAdapter[] = [];
  const adapter = () => {
    const made1 = new EncryptedAdapter(new MemoryAdapter({ database }), { namespace });
    made.push(made1);
    return made1;
  };
  return { database, namespace, adapter, close: () => Promise.all(made.map((a) => a.close())) };
}

/** A lock screen around a paragraph of private text. */
export async function lockAround(adapter: LockableAdapter, lockAfter?: number): Promise<RkLock> {
  const el = await fixture<RkLock>(
    html`<rk-lock .adapter=${adapter} lock-after=${lockAfter ?? 15}
      ><p id="secret">private words</p></rk-lock
    >`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('form, [part~="bar"]'),
    'the lock screen shows a form, or the content when already unlocked (or plain)',
  );
  return el;
}

/** The element in the lock's shadow root matching `selector`. */
export const inLock = <E extends Element = HTMLElement>(el: RkLock, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

/** Whether the slotted content is on screen. */
export const contentShown = (el: RkLock) =>
  el.querySelector<HTMLElement>('#secret')!.checkVisibility();

/** Types into the focused field. */
export const type = (text: string) => sendKeys({ type: text });
/** Presses a key; `Shift+Tab` holds Shift down around Tab. */
export async function press(key: string): Promise<void> {
  if (key !== 'Shift+Tab') return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Moves focus with Tab (or `key`) until `matches` holds for the focused element in the lock (at most 20 presses). */
export async function tabTo(
  el: RkLock,
  matches: (focused: Element) => boolean,
  key = 'Tab',
): Promise<void> {
  for (let step = 0; step < 20; step += 1) {
    const focused = el.shadowRoot!.activeElement;
    if (focused && matches(focused)) return;
    await press(key);
  }
  throw new Error('could not reach the element by Tab');
}

/** Sets the first passphrase by keyboard and confirms the recovery code; resolves with the code. */
export async function createByKeyboard(el: RkLock, passphrase: string): Promise<string> {
  await tabTo(el, (focused) => focused.id === 'new-passphrase');
  await type(passphrase);
  await press('Tab');
  await type(passphrase);
  await press('Enter');
  await waitUntil(() => inLock(el, '[part~="code"]'), 'the recovery code is shown', {
    timeout: 5000,
  });
  const code = inLock(el, '[part~="code"]')!.textContent!.trim();
  await tabTo(el, (focused) => focused.id === 'code-kept');
  await press('Space');
  const unlocked = oneEvent(el, 'rk-unlocked');
  await press('Enter');
  await unlocked;
  return code;
}
