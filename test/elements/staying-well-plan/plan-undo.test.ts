import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Plan } from '../../../src/core/plan.js';
import type { PlanContact } from '../../../src/core/plan-contact.js';
import type { RkStayingWellPlan } from '../../../src/elements/staying-well-plan/staying-well-plan.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  $,
  $$,
  button,
  buttonName,
  byLabel,
  focused,
  focusedInNotice,
  lineTexts,
  planOn,
  section,
  seedPlan,
  storedPlan,
  undoMessage,
} from './plan-test-kit.js';

afterEach(cleanupStores);

const contact = (id: string, name: string, kind: PlanContact['kind']): PlanContact => ({
  id,
  kind,
  name,
  relationship: `${name}'s role`,
  phone: '07700 900123',
  email: '',
  when: 'Evenings',
});

const SAM = contact('c-sam', 'Sam', 'person');
const LEE = contact('c-lee', 'Dr Lee', 'professional');
const JO = contact('c-jo', 'Jo', 'person');

const LINES = [
  { id: 'l-walks', text: 'Walks by the river' },
  { id: 'l-music', text: 'Loud music' },
  { id: 'l-friends', text: 'Tea with friends' },
];

const PLAN: Plan = {
  template: 'staying-well',
  sections: { helps: { items: LINES, notes: 'Mornings are best' } },
  contacts: [SAM, LEE, JO],
  reviewedAt: null,
};

/** The names on the contact cards in the editor, in the order shown. */
const contactNames = (el: RkStayingWellPlan) =>
  $$(el, '.editor .contact-group .contact-name').map((name) => name.textContent!.trim());

/** Waits until the removal has been written, so later events and reads are about what follows. */
async function removalSaved(
  el: RkStayingWellPlan,
  store: RecordStore,
  check: (plan: Plan) => boolean,
): Promise<void> {
  await waitUntil(async () => check((await storedPlan(store))!), 'the removal was saved');
  await el.flush();
}

describe('<rk-staying-well-plan> removing with undo', () => {
  it('removes a line by keyboard, and Undo by keyboard puts it back in the same place, saved', async () => {
    const store = await createTestStore('plan-undo');
    await seedPlan(store, PLAN);
    const el = await planOn(store);

    // From the second line's text: Move up, Move down, Remove.
    byLabel(el, 'Line 2 of 3 in Things that help').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(buttonName(focused(el)!)).to.equal('Remove, line 2 of 3');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(lineTexts(el, 'helps')).to.deep.equal(['Walks by the river', 'Tea with friends']);
    expect(undoMessage(el)).to.equal('Removed ‘Loud music’.');
    const message = el
      .shadowRoot!.querySelector('rk-undo-notice')!
      .shadowRoot!.querySelector('[part="message"]')!;
    expect(message.getAttribute('role'), 'announced politely').to.equal('status');
    await removalSaved(el, store, (plan) => plan.sections.helps.items.length === 2);
    expect((await storedPlan(store))!.sections.helps.items).to.deep.equal([LINES[0], LINES[2]]);
    await expect(el).to.be.accessible();

    const saved = oneEvent(el, 'rk-plan-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.plan.sections.helps.items).to.deep.equal(LINES);
    expect(detail.record.data.sections.helps.items).to.deep.equal(LINES);

    expect(lineTexts(el, 'helps')).to.deep.equal(LINES.map((line) => line.text));
    await waitUntil(() => (focused(el) as HTMLInputElement | null)?.id === 'item-text-l-music');
    expect($(el, '.plan > [role="status"]').textContent).to.equal(
      '‘Loud music’ is back in your plan.',
    );
    expect(undoMessage(el), 'the notice has closed').to.equal('');
    const stored = (await storedPlan(store))!;
    expect(stored.sections.helps).to.deep.equal({ items: LINES, notes: 'Mornings are best' });
    expect(stored.contacts).to.deep.equal([SAM, LEE, JO]);
    await expect(el).to.be.accessible();

    el.remove();
    const fresh = await planOn(store);
    expect(lineTexts(fresh, 'helps')).to.deep.equal(LINES.map((line) => line.text));
    expect((await storedPlan(store))!.sections.helps.items).to.deep.equal(LINES);
  });

  it('removes a contact by keyboard, and Undo by keyboard puts it back in the same place, saved', async () => {
    const store = await createTestStore('plan-undo');
    await seedPlan(store, PLAN);
    const el = await planOn(store);
    expect(contactNames(el)).to.deep.equal(['Sam', 'Jo', 'Dr Lee']);

    button(el, 'Change: Sam').focus();
    await sendKeys({ press: 'Tab' });
    expect(buttonName(focused(el)!)).to.equal('Remove: Sam');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(contactNames(el)).to.deep.equal(['Jo', 'Dr Lee']);
    expect(undoMessage(el)).to.equal('Removed ‘Sam’.');
    await removalSaved(el, store, (plan) => plan.contacts.length === 2);
    expect((await storedPlan(store))!.contacts).to.deep.equal([LEE, JO]);
    await expect(el).to.be.accessible();

    const saved = oneEvent(el, 'rk-plan-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.plan.contacts, 'back first, where it was').to.deep.equal([SAM, LEE, JO]);
    expect(detail.record.data.contacts).to.deep.equal([SAM, LEE, JO]);

    expect(contactNames(el)).to.deep.equal(['Sam', 'Jo', 'Dr Lee']);
    await waitUntil(() => focused(el)?.id === 'edit-contact-c-sam', 'focus on the contact');
    expect($(el, '.plan > [role="status"]').textContent).to.equal('‘Sam’ is back in your plan.');
    expect((await storedPlan(store))!.contacts).to.deep.equal([SAM, LEE, JO]);
    await expect(el).to.be.accessible();

    el.remove();
    const fresh = await planOn(store);
    expect(contactNames(fresh)).to.deep.equal(['Sam', 'Jo', 'Dr Lee']);
    expect((await storedPlan(store))!.contacts).to.deep.equal([SAM, LEE, JO]);
  });

  it('keeps a line and a contact removed when Undo is not chosen, and Close returns focus', async () => {
    const store = await createTestStore('plan-undo');
    await seedPlan(store, PLAN);
    const el = await planOn(store);

    button(section(el, 'helps'), 'Remove, line 1 of 3').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    // Close without undoing: focus goes to the line that took its place.
    await sendKeys({ press: 'Tab' });
    expect(focusedInNotice(el)).to.equal('dismiss-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (focused(el) as HTMLInputElement | null)?.value === 'Loud music');
    expect(undoMessage(el)).to.equal('');

    button(el, 'Remove: Jo').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(undoMessage(el)).to.equal('Removed ‘Jo’.');
    await removalSaved(el, store, (plan) => plan.contacts.length === 2);
    await expect(el).to.be.accessible();
    // Focus moves on without choosing Undo; the page is then closed.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedInNotice(el)).to.equal(undefined);
    el.remove();

    const expected = { items: [LINES[1], LINES[2]], notes: 'Mornings are best' };
    expect((await storedPlan(store))!.sections.helps).to.deep.equal(expected);
    expect((await storedPlan(store))!.contacts).to.deep.equal([SAM, LEE]);
    const fresh = await planOn(store);
    expect(lineTexts(fresh, 'helps')).to.deep.equal(['Loud music', 'Tea with friends']);
    expect(contactNames(fresh)).to.deep.equal(['Sam', 'Dr Lee']);
    expect(undoMessage(fresh)).to.equal('');
    await expect(fresh).to.be.accessible();
  });

  it('offers Undo for an empty line too, in plain words', async () => {
    const store = await createTestStore('plan-undo');
    const el = await planOn(store);
    button(section(el, 'well'), 'Add a line').focus();
    await sendKeys({ press: 'Enter' });
    await el.flush();
    button(section(el, 'well'), 'Remove, line 1 of 1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedInNotice(el) === 'undo-button', 'focus moves to Undo');
    expect(undoMessage(el)).to.equal('Removed an empty line.');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.classList.contains('item-text'), 'focus on the line');
    expect(lineTexts(el, 'well')).to.deep.equal(['']);
    expect($(el, '.plan > [role="status"]').textContent).to.equal(
      'The empty line is back in your plan.',
    );
    await el.flush();
    expect((await storedPlan(store))!.sections.well.items).to.have.length(1);
  });
});
