import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { sharedStore } from '../../../src/elements/controllers/default-store.js';
import type { RkLock } from '../../../src/elements/lock/rk-lock.js';
import type { RkProvider } from '../../../src/elements/provider/rk-provider.js';
import '../../../src/elements/provider/define.js';
import '../../../src/elements/goal-tracker/define.js';
import '../../../src/elements/star-assessment/define.js';
import '../../../src/elements/staying-well-plan/define.js';
import '../../../src/elements/hope-journal/define.js';
import '../../../src/elements/my-data/define.js';
import { EncryptedAdapter } from '../../../src/storage/encrypted-adapter.js';
import { MemoryAdapter } from '../../../src/storage/memory-adapter.js';
import { RecordStore } from '../../../src/storage/record-store.js';
import { deleteDatabase, uniqueNamespace } from '../../helpers/stores.js';
import { rawRequest } from '../../storage/indexeddb-raw.js';
import { createByKeyboard, inLock, press, tabTo, type } from './lock-fixtures.js';

const TOOLS = [
  'rk-goal-tracker',
  'rk-star-assessment',
  'rk-staying-well-plan',
  'rk-hope-journal',
  'rk-my-data',
] as const;
const PASSPHRASE = 'lanterns along the canal';
const MARKER = 'heron-marker-5521';

const lockOf = (provider: RkProvider) => provider.shadowRoot!.querySelector<RkLock>('rk-lock')!;
const toolsShown = (provider: RkProvider) =>
  TOOLS.map((tag) => provider.querySelector<HTMLElement>(tag)!.checkVisibility());

describe('<rk-provider encryption="passphrase">', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's 10 s on a busy machine.
  this.timeout(60_000);
  let namespace: string;
  beforeEach(() => (namespace = uniqueNamespace('provider-encrypted')));
  afterEach(() => deleteDatabase(`recovery-kit:${namespace}`));

  it('keeps every tool behind the unlock screen, by keyboard, with axe, and stores only ciphertext', async () => {
    const provider = await fixture<RkProvider>(
      html`<rk-provider encryption="passphrase" namespace=${namespace}>
        <rk-goal-tracker></rk-goal-tracker>
        <rk-star-assessment></rk-star-assessment>
        <rk-staying-well-plan></rk-staying-well-plan>
        <rk-hope-journal></rk-hope-journal>
        <rk-my-data></rk-my-data>
      </rk-provider>`,
    );
    await waitUntil(() => lockOf(provider)?.shadowRoot?.querySelector('form'), 'unlock screen');
    const lock = lockOf(provider);
    expect(toolsShown(provider)).to.deep.equal(TOOLS.map(() => false));
    await expect(provider).to.be.accessible();

    await createByKeyboard(lock, PASSPHRASE);
    expect(toolsShown(provider)).to.deep.equal(TOOLS.map(() => true));
    const store = sharedStore(namespace, 'indexeddb', 'passphrase');
    await store.collection(goalModel).create(createGoal({ title: MARKER, chime: ['hope'] }));
    const tracker = provider.querySelector('rk-goal-tracker')!;
    await waitUntil(() => tracker.shadowRoot!.textContent!.includes(MARKER), 'the goal is shown');
    await expect(provider).to.be.accessible();

    const rows = await rawRequest(`recovery-kit:${namespace}`, 'readonly', (raw) => raw.getAll());
    expect(rows.length).to.be.greaterThan(1);
    expect(JSON.stringify(rows)).to.not.include(MARKER);

    // "Lock now" sits just before the tools: one Shift+Tab from where unlocking leaves focus.
    await tabTo(lock, (focused) => focused.matches('[part~="lock-now"]'), 'Shift+Tab');
    const locked = oneEvent(lock, 'rk-locked');
    await press('Enter');
    await locked;
    expect(toolsShown(provider)).to.deep.equal(TOOLS.map(() => false));
    await waitUntil(() => lock.shadowRoot!.activeElement?.id === 'passphrase');
    await expect(provider).to.be.accessible();

    await type(PASSPHRASE);
    const unlocked = oneEvent(lock, 'rk-unlocked');
    await press('Enter');
    await unlocked;
    expect(toolsShown(provider)).to.deep.equal(TOOLS.map(() => true));
    await waitUntil(() => tracker.shadowRoot!.textContent!.includes(MARKER));
    expect(inLock(lock, '[part~="lock-now"]')).to.exist;
  });

  it('puts its tools behind the lock for a host store with an EncryptedAdapter', async () => {
    const adapter = new EncryptedAdapter(new MemoryAdapter(), { namespace });
    await adapter.create(PASSPHRASE);
    adapter.lock();
    const store = new RecordStore(adapter);
    const provider = await fixture<RkProvider>(
      html`<rk-provider encryption="passphrase" .store=${store}>
        <rk-goal-tracker></rk-goal-tracker>
      </rk-provider>`,
    );
    await waitUntil(() => lockOf(provider)?.shadowRoot?.querySelector('#passphrase'));
    expect(provider.querySelector('rk-goal-tracker')!.checkVisibility()).to.equal(false);
    await adapter.unlock(PASSPHRASE);
    await waitUntil(() => provider.querySelector('rk-goal-tracker')!.checkVisibility());
  });

  it('warns about an unknown encryption value and stores plainly, as documented', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const provider = await fixture<RkProvider>(
        html`<rk-provider encryption="yes" storage="memory"><p>content</p></rk-provider>`,
      );
      expect(provider.shadowRoot!.querySelector('rk-lock')).to.equal(null);
      expect(String(warnings[0]?.[0])).to.include('encryption must be "passphrase"');
    } finally {
      console.warn = warn;
    }
  });
});
