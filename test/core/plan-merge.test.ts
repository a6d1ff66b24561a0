import { expect } from '@open-wc/testing';
import { createPlan, readableContact, type Plan, type PlanItem } from '../../src/core/plan.js';
import { mergePlans } from '../../src/core/plan-merge.js';

const line = (id: string, text: string): PlanItem => ({ id, text });

function plan(items: PlanItem[] = [], notes = '', overrides: Partial<Plan> = {}): Plan {
  return { ...createPlan(), sections: { helps: { items, notes } }, ...overrides };
}

const contact = (id: string, fields: Record<string, string> = {}) =>
  readableContact({ id, name: `Name ${id}`, ...fields });

const texts = (merged: Plan, key = 'helps') => merged.sections[key].items.map((item) => item.text);

describe('mergePlans', () => {
  it('is the person’s edit when nothing changed elsewhere', () => {
    const base = plan([line('a', 'walk')]);
    const mine = plan([line('a', 'walk daily')]);
    expect(mergePlans(base, mine, structuredClone(base))).to.deep.equal({
      plan: mine,
      keptBoth: false,
    });
  });

  it('takes different lines and notes from the side that changed them', () => {
    const base = plan([line('a', 'walk'), line('b', 'music')], 'notes');
    const mine = plan([line('a', 'walk daily'), line('b', 'music')], 'notes');
    const theirs = plan([line('a', 'walk'), line('b', 'loud music')], 'more notes');
    const result = mergePlans(base, mine, theirs);
    expect(result.keptBoth).to.equal(false);
    expect(texts(result.plan)).to.deep.equal(['walk daily', 'loud music']);
    expect(result.plan.sections.helps.notes).to.equal('more notes');
  });

  it('keeps both texts, the person’s first, when the same line changed on both sides', () => {
    const base = plan([line('a', 'walk')]);
    const result = mergePlans(base, plan([line('a', 'run')]), plan([line('a', 'swim')]));
    expect(result.keptBoth).to.equal(true);
    expect(texts(result.plan)).to.deep.equal(['run / swim']);
  });

  it('keeps both notes a blank line apart when both sides changed them', () => {
    const base = plan([], 'start');
    const result = mergePlans(base, plan([], 'mine'), plan([], 'theirs'));
    expect(result.keptBoth).to.equal(true);
    expect(result.plan.sections.helps.notes).to.equal('mine\n\ntheirs');
  });

  it('is not a clash when both sides made the same change', () => {
    const base = plan([line('a', 'walk')]);
    const result = mergePlans(base, plan([line('a', 'run')]), plan([line('a', 'run')], 'x'));
    expect(result.keptBoth).to.equal(false);
    expect(texts(result.plan)).to.deep.equal(['run']);
  });

  it('keeps lines added on both sides, the person’s after the line they follow', () => {
    const base = plan([line('a', 'one'), line('b', 'two')]);
    const mine = plan([line('a', 'one'), line('m', 'mine'), line('b', 'two')]);
    const theirs = plan([line('a', 'one'), line('b', 'two'), line('t', 'theirs')]);
    expect(texts(mergePlans(base, mine, theirs).plan)).to.deep.equal([
      'one',
      'mine',
      'two',
      'theirs',
    ]);
  });

  it('removes a line removed on one side and unchanged on the other', () => {
    const base = plan([line('a', 'one'), line('b', 'two')]);
    const removedHere = mergePlans(
      base,
      plan([line('b', 'two')]),
      plan([line('a', 'one'), line('b', '2')]),
    );
    expect(texts(removedHere.plan)).to.deep.equal(['2']);
    const removedThere = mergePlans(
      base,
      plan([line('a', 'one'), line('b', '2')]),
      plan([line('b', 'two')]),
    );
    expect(texts(removedThere.plan)).to.deep.equal(['2']);
    expect(removedHere.keptBoth || removedThere.keptBoth).to.equal(false);
  });

  it('keeps a line removed on one side and changed on the other, and says so', () => {
    const base = plan([line('a', 'one'), line('b', 'two')]);
    const editedHere = mergePlans(
      base,
      plan([line('a', 'one!'), line('b', 'two')]),
      plan([line('b', 'two')]),
    );
    expect(texts(editedHere.plan)).to.deep.equal(['one!', 'two']);
    expect(editedHere.keptBoth).to.equal(true);
    const editedThere = mergePlans(
      base,
      plan([line('b', 'two')]),
      plan([line('a', 'one!'), line('b', 'two')]),
    );
    expect(texts(editedThere.plan)).to.deep.equal(['one!', 'two']);
    expect(editedThere.keptBoth).to.equal(true);
  });

  it('merges sections only one side has written in', () => {
    const base = createPlan();
    const mine = { ...base, sections: { well: { items: [line('w', 'calm')], notes: '' } } };
    const theirs = { ...base, sections: { signs: { items: [], notes: 'tired' } } };
    const merged = mergePlans(base, mine, theirs).plan;
    expect(texts(merged, 'well')).to.deep.equal(['calm']);
    expect(merged.sections.signs.notes).to.equal('tired');
  });

  it('keeps contacts added on both sides and drops one removed and unchanged', () => {
    const base = plan([], '', { contacts: [contact('a'), contact('b')] });
    const mine = plan([], '', { contacts: [contact('a'), contact('b'), contact('m')] });
    const theirs = plan([], '', { contacts: [contact('b'), contact('t')] });
    const merged = mergePlans(base, mine, theirs).plan;
    expect(merged.contacts.map((each) => each.id)).to.deep.equal(['b', 'm', 't']);
  });

  it('merges a contact field by field, and keeps both versions when the same field changed', () => {
    const base = plan([], '', { contacts: [contact('a', { phone: '0111' })] });
    const mine = plan([], '', { contacts: [contact('a', { phone: '0222' })] });
    const otherField = plan([], '', {
      contacts: [contact('a', { phone: '0111', when: 'nights' })],
    });
    const fields = mergePlans(base, mine, otherField);
    expect(fields.keptBoth).to.equal(false);
    expect(fields.plan.contacts).to.deep.equal([contact('a', { phone: '0222', when: 'nights' })]);

    const samePhone = plan([], '', { contacts: [contact('a', { phone: '0333' })] });
    const both = mergePlans(base, mine, samePhone, () => 'copy');
    expect(both.keptBoth).to.equal(true);
    expect(both.plan.contacts).to.deep.equal([
      contact('a', { phone: '0333' }),
      contact('copy', { phone: '0222', name: 'Name a' }),
    ]);
  });

  it('takes the template from the side that changed it and the later review date', () => {
    const base = plan();
    const mine = plan([], '', { template: 'safety', reviewedAt: '2026-03-01T00:00:00.000Z' });
    const theirs = plan([], 'x', { reviewedAt: '2026-04-01T00:00:00.000Z' });
    const merged = mergePlans(base, mine, theirs).plan;
    expect(merged.template).to.equal('safety');
    expect(merged.reviewedAt).to.equal('2026-04-01T00:00:00.000Z');
  });
});
