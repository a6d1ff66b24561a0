import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SAFETY_PLAN_SECTIONS } from '../../../src/core/plan-sections.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  $,
  $$,
  button,
  byLabel,
  lineTexts,
  planOn,
  section,
  storedPlan,
  typeInto,
} from './plan-test-kit.js';

afterEach(cleanupStores);

/** Generic words for ways or means of harm: none may appear in the safety plan (no specific methods listed here either). */
const HARM_WORDS = /\b(means|methods?|lethal|harm|suicide|kill)\b/i;

function templateRadio(el: HTMLElement, name: string): HTMLInputElement {
  const label = $$(el, '.template label').find((l) => l.textContent!.trim() === name)!;
  return label.querySelector('input')!;
}

describe('<rk-staying-well-plan> templates', () => {
  it('switches to the safety plan by keyboard and back without losing anything', async () => {
    const store = await createTestStore('plan-template');
    const el = await planOn(store);
    button(section(el, 'helps'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'Baking bread' });

    templateRadio(el, 'Staying-well plan').focus();
    await sendKeys({ press: 'ArrowRight' }); // radio group: arrow selects the next choice
    await el.updateComplete;
    expect(templateRadio(el, 'Safety plan').checked).to.equal(true);
    expect($(el, 'h2').textContent).to.equal('My safety plan');
    expect($$(el, '.editor h3').map((h) => h.textContent)).to.deep.equal(
      SAFETY_PLAN_SECTIONS.map((s) => s.title),
    );
    expect($(el, '.template .note').textContent).to.contain('kept safe');
    expect(el.shadowRoot!.textContent).to.not.match(HARM_WORDS);

    button(section(el, 'on-my-own'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'Slow breathing' });
    await el.flush();
    let stored = (await storedPlan(store))!;
    expect(stored.template).to.equal('safety');
    expect(stored.sections.helps.items[0].text, 'hidden section still stored').to.equal(
      'Baking bread',
    );
    expect(stored.sections['on-my-own'].items[0].text).to.equal('Slow breathing');

    templateRadio(el, 'Staying-well plan').click();
    await el.updateComplete;
    expect(lineTexts(el, 'helps')).to.deep.equal(['Baking bread']);
    await el.flush();
    stored = (await storedPlan(store))!;
    expect(stored.template).to.equal('staying-well');
    expect(stored.sections['on-my-own'].items[0].text).to.equal('Slow breathing');
    await expect(el).to.be.accessible();
  });

  it('starts a new plan on the template the host chooses, and the stored choice wins after', async () => {
    const store = await createTestStore('plan-template');
    const el = await planOn(store, 'safety');
    expect(section(el, 'warning-signs')).to.exist;
    expect(section(el, 'contacts').textContent).to.contain('Professionals and helplines');
    await typeInto(byLabel(el, 'Notes for Signs that I am struggling'), 'Not eating');
    await el.flush();
    el.remove();
    const again = await planOn(store, 'staying-well');
    expect($(again, 'h2').textContent).to.equal('My safety plan');
    await expect(again).to.be.accessible();
  });

  it('lets the host rename, reword, reorder, hide and add sections', async () => {
    const store = await createTestStore('plan-template');
    const el = await planOn(store);
    el.sections = [
      { key: 'contacts', title: 'Who to call' },
      { key: 'helps', prompt: 'What lifts you?' },
      { key: 'crisis', hidden: true },
      { key: 'faith', title: 'My faith', prompt: 'What gives you strength?' },
    ];
    await el.updateComplete;
    expect($$(el, '.editor h3').map((h) => h.textContent)).to.deep.equal([
      'Who to call',
      'Things that help',
      'My faith',
      'When I am well',
      'Things that can unsettle me',
      'Early signs',
      'When things get harder',
      'After a crisis',
    ]);
    expect(section(el, 'helps').querySelector('.prompt')!.textContent).to.equal('What lifts you?');
    button(section(el, 'faith'), 'Add a line').click();
    await el.updateComplete;
    await sendKeys({ type: 'Sunday service' });
    const saved = oneEvent(el, 'rk-plan-saved');
    await el.flush();
    expect((await saved).detail.plan.sections.faith.items[0].text).to.equal('Sunday service');
  });

  it('falls back to the staying-well template for an unknown template, with a warning', async () => {
    const store = await createTestStore('plan-template');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await planOn(store, 'crisis-card' as never);
      expect($(el, 'h2').textContent).to.equal('My staying-well plan');
      expect(String(warnings[0])).to.contain('template');
    } finally {
      console.warn = warn;
    }
  });
});
