/**
 * Wrong-typed host properties never throw on render: each warns once and the element
 * uses the documented default (RELIABILITY 20). The checks live in src/elements/host-input.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createGoal, goalModel } from '../../src/core/goal.js';
import type { RkCrisisHelp } from '../../src/elements/crisis-help/rk-crisis-help.js';
import '../../src/elements/crisis-help/define.js';
import { cleanupStores, createTestStore } from '../helpers/stores.js';
import { all, q, tracker } from './goal-tracker/goal-tracker-fixtures.js';
import { planOn } from './staying-well-plan/plan-test-kit.js';

/** Console warnings while `work` runs. */
async function warningsDuring(work: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await work();
  } finally {
    console.warn = original;
  }
  return warnings;
}

afterEach(cleanupStores);

describe('wrong-typed host properties', () => {
  it('goal tracker: ideas = null shows the default ideas, and warns once', async () => {
    const el = await tracker(await createTestStore('host-ideas'));
    const warnings = await warningsDuring(async () => {
      el.ideas = null as never;
      await el.updateComplete;
      el.ideas = 'nope' as never;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(q(el, '[part="intro"]').textContent).to.contain('Meet a friend for a coffee');
    expect(warnings.filter((text) => text.includes('<rk-goal-tracker> ideas'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('goal tracker: a string where the default is a function keeps the default wording', async () => {
    const store = await createTestStore('host-strings');
    await store.collection(goalModel).create(createGoal({ title: 'Walk more', chime: ['hope'] }));
    const el = await tracker(store);
    const warnings = await warningsDuring(async () => {
      el.strings = { shown: 'Shown' } as never;
      await el.updateComplete;
    });
    expect(all(el, '[part="goal"]')).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.contain('1 goal.');
    expect(warnings.some((text) => text.includes('"shown"'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("crisis help: contacts = 'nope' shows the UK contacts, and warns once", async () => {
    let el!: RkCrisisHelp;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RkCrisisHelp>(html`<rk-crisis-help .contacts=${'nope'}></rk-crisis-help>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    });
    expect(el.open).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Samaritans');
    expect(warnings.filter((text) => text.includes('<rk-crisis-help> contacts'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('staying-well plan: a section with a numeric title keeps its default title, and warns', async () => {
    const el = await planOn(await createTestStore('host-sections'));
    const headings = () =>
      [...el.shadowRoot!.querySelectorAll('.editor h3')].map((h) => h.textContent);
    const before = headings();
    const warnings = await warningsDuring(async () => {
      el.sections = [{ key: 'contacts', title: 42 as never, prompt: ['x'] as never }];
      await el.updateComplete;
    });
    expect(headings().sort()).to.deep.equal(before.sort());
    expect(warnings.some((text) => text.includes('title is not text'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
