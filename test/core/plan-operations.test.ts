import { expect } from '@open-wc/testing';
import { createPlan, type Plan } from '../../src/core/plan.js';
import type { PlanContact } from '../../src/core/plan-contact.js';
import {
  addItem,
  editItem,
  hasContent,
  keptOutOfView,
  markReviewed,
  moveItem,
  removeContact,
  removeItem,
  reviewState,
  saveContact,
  sectionContent,
  setNotes,
  setTemplate,
} from '../../src/core/plan-operations.js';

const texts = (plan: Plan, key: string) => sectionContent(plan, key).items.map((item) => item.text);

function threeItems(): Plan {
  let plan = createPlan();
  for (const [id, text] of [
    ['a', 'one'],
    ['b', 'two'],
    ['c', 'three'],
  ])
    plan = addItem(plan, 'helps', { id, text });
  return plan;
}

const sam: PlanContact = {
  id: 'c1',
  kind: 'person',
  name: 'Sam',
  relationship: '',
  phone: '',
  email: '',
  when: '',
};

describe('plan operations', () => {
  it('adds items at the end or at an index without touching the input', () => {
    const empty = createPlan();
    const plan = addItem(
      addItem(empty, 'helps', { id: 'a', text: 'walks' }),
      'helps',
      { id: 'b', text: 'music' },
      0,
    );
    expect(texts(plan, 'helps')).to.deep.equal(['music', 'walks']);
    expect(empty.sections).to.deep.equal({});
  });

  it('edits and removes by id', () => {
    const plan = threeItems();
    expect(texts(editItem(plan, 'helps', 'b', 'TWO'), 'helps')).to.deep.equal([
      'one',
      'TWO',
      'three',
    ]);
    expect(texts(removeItem(plan, 'helps', 'a'), 'helps')).to.deep.equal(['two', 'three']);
    expect(editItem(plan, 'helps', 'zz', 'x')).to.equal(plan);
    expect(removeItem(plan, 'helps', 'zz')).to.equal(plan);
    expect(texts(plan, 'helps')).to.deep.equal(['one', 'two', 'three']);
  });

  it('moves items up and down, and not past either end', () => {
    const plan = threeItems();
    expect(texts(moveItem(plan, 'helps', 'c', -1), 'helps')).to.deep.equal(['one', 'three', 'two']);
    expect(texts(moveItem(plan, 'helps', 'a', 1), 'helps')).to.deep.equal(['two', 'one', 'three']);
    expect(moveItem(plan, 'helps', 'a', -1)).to.equal(plan);
    expect(moveItem(plan, 'helps', 'c', 1)).to.equal(plan);
    expect(moveItem(plan, 'helps', 'nope', 1)).to.equal(plan);
  });

  it('sets notes per section', () => {
    const plan = setNotes(createPlan(), 'crisis', 'Call my sister first');
    expect(sectionContent(plan, 'crisis')).to.deep.equal({
      items: [],
      notes: 'Call my sister first',
    });
    expect(sectionContent(plan, 'well')).to.deep.equal({ items: [], notes: '' });
  });

  it('adds, replaces and removes contacts', () => {
    let plan = saveContact(createPlan(), sam);
    plan = saveContact(plan, { ...sam, id: 'c2', name: 'Dr Lee', kind: 'professional' });
    plan = saveContact(plan, { ...sam, phone: '07700 900123' });
    expect(plan.contacts.map((c) => [c.id, c.phone])).to.deep.equal([
      ['c1', '07700 900123'],
      ['c2', ''],
    ]);
    expect(removeContact(plan, 'c1').contacts.map((c) => c.id)).to.deep.equal(['c2']);
    expect(removeContact(plan, 'none')).to.equal(plan);
  });

  it('switches template without losing any section', () => {
    const plan = setTemplate(threeItems(), 'safety');
    expect(plan.template).to.equal('safety');
    expect(texts(plan, 'helps')).to.deep.equal(['one', 'two', 'three']);
    expect(keptOutOfView(plan, ['warning-signs', 'contacts'])).to.deep.equal(['helps']);
    expect(setTemplate(plan, 'safety')).to.equal(plan);
  });

  it('knows whether a section holds anything', () => {
    expect(hasContent({ items: [{ id: 'a', text: '  ' }], notes: '' })).to.equal(false);
    expect(hasContent({ items: [], notes: 'x' })).to.equal(true);
    expect(keptOutOfView(addItem(createPlan(), 'well', { id: 'a', text: '' }), [])).to.deep.equal(
      [],
    );
  });

  it('marks a review and tells when another is due', () => {
    const now = new Date('2026-09-01T12:00:00Z');
    expect(reviewState(createPlan(), now)).to.deep.equal({ status: 'never' });
    const reviewed = markReviewed(createPlan(), new Date('2026-08-01T12:00:00Z'));
    expect(reviewed.reviewedAt).to.equal('2026-08-01T12:00:00.000Z');
    expect(reviewState(reviewed, now)).to.deep.include({ status: 'recent', days: 31 });
    const old = markReviewed(createPlan(), new Date('2025-12-01T12:00:00Z'));
    expect(reviewState(old, now)).to.deep.include({ status: 'due', days: 274 });
    expect(reviewState(old, now, 365).status).to.equal('recent');
  });
});
