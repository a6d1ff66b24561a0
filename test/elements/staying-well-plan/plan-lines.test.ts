import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { PLAN_TEXT_MAX, readableContact } from '../../../src/core/plan.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { byLabel, planOn, seedPlan, storedPlan } from './plan-test-kit.js';

afterEach(cleanupStores);

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function buttons(node: AxNode, found: string[] = []): string[] {
  if (node.role === 'button' && node.name) found.push(node.name);
  for (const child of node.children ?? []) buttons(child, found);
  return found;
}

const twoLines = {
  template: 'staying-well' as const,
  sections: {
    helps: {
      items: [
        { id: 'a', text: 'walk' },
        { id: 'b', text: 'music' },
      ],
      notes: '',
    },
  },
  contacts: [readableContact({ id: 'c', name: 'Sam' })],
  reviewedAt: null,
};

describe('<rk-staying-well-plan> lines', () => {
  it('names each line and contact button in one piece, with no stray space', async () => {
    const store = await createTestStore('plan-lines');
    await seedPlan(store, twoLines);
    await planOn(store);
    const names = buttons((await a11ySnapshot({})) as unknown as AxNode);
    expect(names).to.include.members([
      'Move up, line 1 of 2',
      'Move down, line 1 of 2',
      'Remove, line 2 of 2',
      'Change: Sam',
      'Remove: Sam',
    ]);
    expect(names.filter((name) => /\s,|\s{2}|^\s|\s$/.test(name))).to.deep.equal([]);
  });

  it('a line near its limit says how much room is left, past it how much too much, and keeps every character', async () => {
    const store = await createTestStore('plan-lines');
    await seedPlan(store, {
      ...twoLines,
      sections: { helps: { items: [{ id: 'a', text: 'x'.repeat(PLAN_TEXT_MAX - 2) }], notes: '' } },
    });
    const el = await planOn(store);
    const line = byLabel(el, 'Line 1 of 1 in Things that help');
    expect(line.hasAttribute('maxlength'), 'a maxlength would cut a paste short').to.equal(false);
    const limit = () => el.shadowRoot!.getElementById(`${line.id}-limit`);
    expect(limit()!.textContent).to.equal('You have 2 characters left.');
    expect(line.getAttribute('aria-describedby')).to.contain(`${line.id}-limit`);
    expect(line.getAttribute('aria-invalid')).to.equal('false');
    line.focus();
    line.setSelectionRange(line.value.length, line.value.length);
    await sendKeys({ type: 'abc' });
    await el.updateComplete;
    expect(line.value).to.have.length(PLAN_TEXT_MAX + 1);
    expect(limit()!.textContent).to.equal(
      `That is 1 character too many (the most is ${PLAN_TEXT_MAX.toLocaleString('en-GB')}).`,
    );
    expect(line.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    await el.flush();
    await waitUntil(async () =>
      (await storedPlan(store))!.sections.helps.items[0].text.endsWith('ab'),
    );
    expect(limit()!.textContent).to.equal('You have 0 characters left.');
  });
});
