import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { sharedStore } from '../../../src/elements/controllers/default-store.js';
import type { RkLock } from '../../../src/elements/lock/rk-lock.js';
import type { RkProvider } from '../../../src/elements/provider/rk-provider.js';
import type { ProtectionChangedDetail } from '../../../src/events/lock-events.js';
import '../../../src/elements/provider/define.js';
import '../../../src/elements/goal-tracker/define.js';
import { EncryptedAdapter } from '../../../src/storage/encrypted-adapter.js';
import { MemoryAdapter, MemoryDatabase } from '../../../src/storage/memory-adapter.js';
import { OptionalEncryptionAdapter } from '../../../src/storage/optional-encryption-adapter.js';
import type { StorageAdapter } from '../../../src/storage/storage-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../../helpers/stores.js';
import { rawRequest } from '../../storage/indexeddb-raw.js';
import { StopsAfter } from '../../storage/encrypted-harness.js';
import {
  contentShown,
  createByKeyboard,
  inLock,
  lockAround,
  press,
  tabTo,
  type,
} from './lock-fixtures.js';

const PASSPHRASE = 'kingfishers over the weir';
const MARKER = 'otter-marker-3307';

const lockOf = (provider: RkProvider) => provider.shadowRoot!.querySelector<RkLock>('rk-lock')!;
const focusedPart = (part: string) => (focused: Element) => focused.matches(`[part~="${part}"]`);

/** Empties the focused field by keyboard (select all, delete). */
async function clearField(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await press('Backspace');
}

/** "Stop protecting with a passphrase", by keyboard: opens the screen, types the passphrase, confirms. */
async function stopProtecting(lock: RkLock, passphrase: string): Promise<void> {
  await tabTo(lock, focusedPart('stop-protecting'), 'Shift+Tab');
  await press('Enter');
  await waitUntil(() => inLock(lock, '#passphrase'), 'the screen asks for the passphrase');
  await tabTo(lock, (focused) => focused.id === 'passphrase');
  await type(passphrase);
  await press('Enter');
}

describe('<rk-provider encryption="optional">: the person turns the passphrase on and off', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's 10 s on a busy machine.
  this.timeout(60_000);
  let namespace: string;
  beforeEach(() => (namespace = uniqueNamespace('optional-encryption')));
  afterEach(() => deleteDatabase(`recovery-kit:${namespace}`));

  const rows = () =>
    rawRequest(`recovery-kit:${namespace}`, 'readonly', (raw) => raw.getAll()).then((found) =>
      JSON.stringify(found),
    );
  const mount = () =>
    fixture<RkProvider>(
      html`<rk-provider encryption="optional" namespace=${namespace}>
        <rk-goal-tracker></rk-goal-tracker>
      </rk-provider>`,
    );
  const goalShown = (provider: RkProvider) =>
    provider.querySelector('rk-goal-tracker')!.shadowRoot!.textContent!.includes(MARKER);

  it('protects a store that already holds data, then stops, by keyboard, with axe, and is the same when made again', async () => {
    await sharedStore(namespace, 'indexeddb')
      .collection(goalModel)
      .create(createGoal({ title: MARKER, chime: ['hope'] }));
    let provider = await mount();
    await waitUntil(() => inLock(lockOf(provider), '[part~="protect"]'), 'a plain store is shown');
    let lock = lockOf(provider);
    await waitUntil(() => goalShown(provider), 'the goal saved before is shown');
    expect(inLock(lock, '[part~="lock-now"]')).to.equal(null);
    await expect(provider).to.be.accessible();

    inLock(lock, '[part~="protect"]')!.focus();
    await press('Enter');
    await waitUntil(() => inLock(lock, '#new-passphrase'), 'the passphrase screen');
    expect(lock.shadowRoot!.textContent).to.include('already saved on this device will be locked');
    expect(provider.querySelector('rk-goal-tracker')!.checkVisibility()).to.equal(false);
    await expect(provider).to.be.accessible();
    const turnedOn = oneEvent(lock, 'rk-protection-changed');
    await createByKeyboard(lock, PASSPHRASE);
    expect(((await turnedOn) as CustomEvent<ProtectionChangedDetail>).detail).to.deep.equal({
      protected: true,
    });
    await waitUntil(async () => !(await rows()).includes(MARKER), 'the stored goal is encrypted');
    await waitUntil(() => goalShown(provider), 'the goal is still shown, decrypted');
    expect(inLock(lock, '[part~="lock-now"]')).to.exist;
    await expect(provider).to.be.accessible();

    await stopProtecting(lock, 'not the passphrase');
    await waitUntil(() => inLock(lock, '#passphrase-error'), 'a wrong passphrase is refused');
    expect(inLock(lock, '#passphrase-error')!.textContent).to.include('does not open');
    expect(await rows()).to.not.include(MARKER);
    expect(lock.shadowRoot!.textContent).to.include('Anyone who uses this device will be able');
    await expect(provider).to.be.accessible();
    await clearField();
    await type(PASSPHRASE);
    const turnedOff = oneEvent(lock, 'rk-protection-changed');
    await press('Enter');
    expect(((await turnedOff) as CustomEvent<ProtectionChangedDetail>).detail).to.deep.equal({
      protected: false,
    });
    await waitUntil(() => inLock(lock, '[part~="protect"]'), 'plain again');
    expect(lock.shadowRoot!.activeElement?.matches('[part~="protect"]')).to.equal(true);
    expect(await rows()).to.include(MARKER);
    expect(await rows()).to.not.include('"sealed"');
    await waitUntil(() => goalShown(provider), 'the goal is shown');

    fixtureCleanup();
    provider = await mount();
    await waitUntil(() => inLock(lockOf(provider), '[part~="protect"]'), 'still plain');
    lock = lockOf(provider);
    await waitUntil(() => goalShown(provider), 'the goal is shown again');
  });

  it('keeps the host\'s choice with encryption="passphrase": no way to stop protecting', async () => {
    const provider = await fixture<RkProvider>(
      html`<rk-provider encryption="passphrase" namespace=${namespace}>
        <rk-goal-tracker></rk-goal-tracker>
      </rk-provider>`,
    );
    await waitUntil(() => lockOf(provider)?.shadowRoot?.querySelector('form'), 'unlock screen');
    const lock = lockOf(provider);
    expect(inLock(lock, '[part~="cancel"]')).to.equal(null);
    await createByKeyboard(lock, PASSPHRASE);
    expect(inLock(lock, '[part~="lock-now"]')).to.exist;
    expect(inLock(lock, '[part~="stop-protecting"]')).to.equal(null);
  });
});

describe('<rk-lock> over an OptionalEncryptionAdapter', function () {
  this.timeout(60_000);

  it('finishes stopping protection after a reload part-way, once the passphrase is typed, and loses nothing', async () => {
    const database = new MemoryDatabase();
    const namespace = uniqueNamespace('optional-lock');
    const optional = (inner: StorageAdapter = new MemoryAdapter({ database })) =>
      new OptionalEncryptionAdapter(new EncryptedAdapter(inner, { namespace }));
    const plain = new MemoryAdapter({ database });
    const texts = Array.from({ length: 6 }, (_, index) => `${MARKER} ${index}`);
    for (const [index, text] of texts.entries())
      await plain.put(
        {
          kind: 'note',
          id: `n${index}`,
          schemaVersion: 1,
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-01T10:00:00.000Z',
          data: { text },
        },
        null,
      );
    const first = optional(new StopsAfter(new MemoryAdapter({ database }), 11));
    await first.create(PASSPHRASE);
    await first.whenUnlocked();
    const el = await lockAround(first);
    await waitUntil(() => inLock(el, '[part~="stop-protecting"]'), 'protected and unlocked');
    await stopProtecting(el, PASSPHRASE);
    await waitUntil(() => inLock(el, '#passphrase-error'), 'the page "closed" part-way');
    const sealedLeft = () =>
      [...database.kind('note').values()].filter((row) => JSON.stringify(row).includes('"sealed"'))
        .length;
    expect(sealedLeft()).to.be.within(1, 5);

    fixtureCleanup();
    const reloaded = await lockAround(optional());
    await waitUntil(() => reloaded.shadowRoot!.activeElement?.id === 'passphrase');
    await expect(reloaded).to.be.accessible();
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(() => inLock(reloaded, '[part~="protect"]'), 'plain, once finished');
    expect(contentShown(reloaded)).to.equal(true);
    expect(sealedLeft()).to.equal(0);
    const stored = (await plain.exportAll()).map((row) => JSON.stringify(row)).join();
    for (const text of texts) expect(stored).to.include(text);
    expect(await plain.get('rk:keys', 'data-key')).to.deep.include({ deleted: true });
  });

  it('shows the data as it is when another tab stopped protecting it while this one asked for the passphrase', async () => {
    const database = new MemoryDatabase();
    const namespace = uniqueNamespace('optional-lock');
    const optional = () =>
      new OptionalEncryptionAdapter(
        new EncryptedAdapter(new MemoryAdapter({ database }), { namespace }),
      );
    const otherTab = optional();
    await otherTab.create(PASSPHRASE);
    await otherTab.put(
      {
        kind: 'note',
        id: 'n1',
        schemaVersion: 1,
        createdAt: '2026-01-01T10:00:00.000Z',
        updatedAt: '2026-01-01T10:00:00.000Z',
        data: { text: MARKER },
      },
      null,
    );
    otherTab.lock();
    const el = await lockAround(optional());
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'passphrase', 'asks to unlock');

    await otherTab.unlock(PASSPHRASE);
    await otherTab.removeEncryption(PASSPHRASE);
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(() => inLock(el, '[part~="protect"]'), 'shown plain, as the other tab left it');
    expect(contentShown(el)).to.equal(true);
    expect(inLock(el, '#passphrase-error')).to.equal(null);
    expect(JSON.stringify([...database.kind('note').values()])).to.include(MARKER);
    await expect(el).to.be.accessible();
  });
});
