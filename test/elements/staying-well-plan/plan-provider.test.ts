import { expect, fixture, html } from '@open-wc/testing';
import type { CrisisContact } from '../../../src/core/crisis-contacts.js';
import '../../../src/elements/provider/define.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { $, byLabel, loaded, storedPlan, typeInto } from './plan-test-kit.js';

afterEach(cleanupStores);

describe('<rk-staying-well-plan> inside <rk-provider>', () => {
  it("uses the provider's store, crisis lines and reworded strings", async () => {
    const store = await createTestStore('plan-provider');
    const lines: CrisisContact[] = [
      {
        name: 'Helpline',
        purpose: 'Support any time.',
        href: 'tel:0800111222',
        linkText: 'Call 0800 111 222',
      },
    ];
    const strings = {
      'staying-well-plan': { heading: () => 'Our plan together', addItem: 'New line' },
    };
    const provider = await fixture(
      html`<rk-provider .store=${store} .crisisContacts=${lines} .strings=${strings}>
        <rk-staying-well-plan></rk-staying-well-plan>
      </rk-provider>`,
    );
    const el = provider.querySelector<RkStayingWellPlan>('rk-staying-well-plan')!;
    await loaded(el);
    expect($(el, 'h2').textContent).to.equal('Our plan together');
    expect($(el, '.editor .add-item').textContent!.trim()).to.equal('New line');
    expect($(el, '.editor .crisis-lines a[href="tel:0800111222"]')).to.exist;
    await typeInto(byLabel(el, 'Notes for Things that help'), 'Swimming');
    await el.flush();
    expect((await storedPlan(store))!.sections.helps.notes).to.equal('Swimming');
    await expect(el).to.be.accessible();
  });
});
