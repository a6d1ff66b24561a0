import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LockedDetail } from '../../../src/events/lock-events.js';
import {
  contentShown,
  createByKeyboard,
  inLock,
  lockAround,
  lockTabs,
  press,
  tabTo,
  type,
} from './lock-fixtures.js';
import { FakeClock } from '../../helpers/fake-clock.js';

const PASSPHRASE = 'three quiet harbours';

describe('<rk-lock>', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's 10 s on a busy machine.
  this.timeout(60_000);
  let tabs: ReturnType<typeof lockTabs>;
  beforeEach(() => (tabs = lockTabs()));
  afterEach(() => tabs.close());

  it('sets a passphrase the first time, shows the recovery code once and opens when it is confirmed', async () => {
    const adapter = tabs.adapter();
    const el = await lockAround(adapter);
    expect(contentShown(el)).to.equal(false);
    expect(inLock(el, '[part~="warning"]')!.textContent).to.include('Nobody can open your data');
    expect(inLock(el, 'rk-crisis-help')).to.exist;
    await expect(el).to.be.accessible();

    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="heading"]'));
    await tabTo(el, (focused) => focused.id === 'new-passphrase');
    await type('short');
    expect(inLock(el, '[part~="strength"]')!.textContent).to.include('short');
    await press('Tab');
    await type('different');
    await press('Enter');
    expect(inLock(el, '#confirm-passphrase-error')!.textContent).to.include('not the same');
    expect(await adapter.hasPassphrase()).to.equal(false);

    el.remove();
    const fresh = await lockAround(tabs.adapter());
    const code = await createByKeyboard(fresh, PASSPHRASE);
    expect(code).to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{2,4}){6}$/);
    expect(contentShown(fresh)).to.equal(true);
    expect(inLock(fresh, '[part~="code"]')).to.equal(null);
    await expect(fresh).to.be.accessible();

    const another = tabs.adapter();
    await another.unlockWithRecoveryCode(code);
    expect(another.isLocked()).to.equal(false);
  });

  it('asks for the code to be confirmed before opening', async () => {
    const el = await lockAround(tabs.adapter());
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="heading"]'));
    await tabTo(el, (focused) => focused.id === 'new-passphrase');
    await type(PASSPHRASE);
    await press('Tab');
    await type(PASSPHRASE);
    await press('Enter');
    await waitUntil(() => inLock(el, '[part~="code"]'), 'code shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await tabTo(el, (focused) => focused.matches('[part~="submit"]'));
    await press('Enter');
    await waitUntil(() => inLock(el, '#code-kept-error'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('code-kept');
    expect(contentShown(el)).to.equal(false);
  });

  it('unlocks with the passphrase, refuses a wrong one, and locks again with "Lock now"', async () => {
    const setUp = tabs.adapter();
    await setUp.create(PASSPHRASE);
    const el = await lockAround(tabs.adapter());
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'passphrase');
    await expect(el).to.be.accessible();
    await type('not it');
    await press('Enter');
    await waitUntil(() => inLock(el, '#passphrase-error'), 'the wrong passphrase is said', {
      timeout: 5000,
    });
    expect(inLock(el, '#passphrase-error')!.textContent).to.include('does not open');
    expect(el.shadowRoot!.activeElement?.id).to.equal('passphrase');
    expect(contentShown(el)).to.equal(false);
    await expect(el).to.be.accessible();

    inLock<HTMLInputElement>(el, '#passphrase')!.select();
    await type(PASSPHRASE);
    const unlocked = oneEvent(el, 'rk-unlocked');
    await press('Enter');
    await unlocked;
    expect(contentShown(el)).to.equal(true);

    await tabTo(el, (focused) => focused.matches('[part~="lock-now"]'));
    const locked = oneEvent(el, 'rk-locked');
    await press('Enter');
    expect(((await locked) as CustomEvent<LockedDetail>).detail).to.deep.equal({ reason: 'asked' });
    expect(contentShown(el)).to.equal(false);
    expect(el.adapter!.isLocked()).to.equal(true);
    expect(setUp.isLocked(), 'the other tab locked too').to.equal(true);
  });

  it('opens with the recovery code and a new passphrase when the passphrase is forgotten', async () => {
    const code = await tabs.adapter().create(PASSPHRASE);
    const el = await lockAround(tabs.adapter());
    await tabTo(el, (focused) => focused.matches('[part~="forgot"]'));
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="heading"]'));
    await tabTo(el, (focused) => focused.id === 'recovery-code');
    await expect(el).to.be.accessible();
    await type('0000-1111-2222');
    await press('Tab');
    await type('a brand new passphrase');
    await press('Tab');
    await type('a brand new passphrase');
    await press('Enter');
    await waitUntil(() => inLock(el, '#recovery-code-error'), 'a wrong code is said');
    inLock<HTMLInputElement>(el, '#recovery-code')!.select();
    await type(code.toLowerCase());
    const unlocked = oneEvent(el, 'rk-unlocked');
    await press('Enter');
    await unlocked;
    const later = tabs.adapter();
    await later.unlock('a brand new passphrase');
    expect(later.isLocked()).to.equal(false);
  });

  describe('locking when idle', () => {
    let clock: FakeClock | undefined;
    afterEach(() => clock?.uninstall());

    it('locks after the set minutes without activity, in every tab at once', async () => {
      const setUp = tabs.adapter();
      await setUp.create(PASSPHRASE);
      const here = tabs.adapter();
      await here.unlock(PASSPHRASE);
      const lockEl = await lockAround(here, 0);

      clock = new FakeClock({ from: 60_000 }); // the idle lock's timers; Lit's and the feed's run for real
      lockEl.lockAfter = 2;
      await lockEl.updateComplete;
      clock.tick(90_000);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      clock.tick(90_000);
      expect(here.isLocked(), 'activity started the wait again').to.equal(false);
      const locked = oneEvent(lockEl, 'rk-locked');
      clock.tick(30_000);
      expect(((await locked) as CustomEvent<LockedDetail>).detail).to.deep.equal({
        reason: 'idle',
      });
      clock.uninstall();
      clock = undefined;
      expect(here.isLocked()).to.equal(true);
      await waitUntil(() => setUp.isLocked(), 'the other tab locked too');
      expect(contentShown(lockEl)).to.equal(false);
    });
  });
});
