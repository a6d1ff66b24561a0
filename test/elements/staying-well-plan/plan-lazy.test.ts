// The plan's first view does not download the undo notice: it is defined at the first
// removal, loaded while the removal is shown and saved, and still takes focus and speaks.
// (This file runs in a page of its own, so nothing else defined the notice first.)
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  buttonName,
  byLabel,
  focused,
  focusedInNotice,
  lineTexts,
  planOn,
  seedPlan,
  undoMessage,
} from './plan-test-kit.js';

afterEach(cleanupStores);

describe('<rk-staying-well-plan> loads the undo notice when first needed', () => {
  it('defines it at the first removal, then offers Undo with focus on it', async () => {
    const store = await createTestStore('plan-lazy');
    await seedPlan(store, {
      template: 'staying-well',
      sections: { helps: { items: [{ id: 'l-walks', text: 'Walks' }], notes: '' } },
      contacts: [],
      reviewedAt: null,
    });
    const el = await planOn(store);
    expect(customElements.get('rk-undo-notice')).to.equal(undefined);

    byLabel(el, 'Line 1 of 1 in Things that help').focus();
    for (let i = 0; i < 3 && buttonName(focused(el)!) !== 'Remove, line 1 of 1'; i += 1)
      await sendKeys({ press: 'Tab' });
    expect(buttonName(focused(el)!)).to.equal('Remove, line 1 of 1');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(customElements.get('rk-undo-notice')).to.exist;
    expect(undoMessage(el)).to.equal('Removed ‘Walks’.');
    expect(lineTexts(el, 'helps')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
