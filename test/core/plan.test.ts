import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createPlan, planModel, validatePlan, type Plan } from '../../src/core/plan.js';
import {
  addItem,
  editItem,
  moveItem,
  removeItem,
  saveContact,
  setNotes,
  setTemplate,
} from '../../src/core/plan-operations.js';

const contact = {
  id: 'c1',
  kind: 'person',
  name: 'Sam',
  relationship: 'brother',
  phone: '+44 7700 900123',
  email: 'sam@example.org',
  when: 'Any evening',
};

function fullPlan(): Plan {
  return {
    template: 'staying-well',
    sections: {
      well: { items: [{ id: 'a', text: 'I walk the dog' }], notes: 'Mornings are best' },
      'warning-signs': { items: [{ id: 'b', text: 'Not sleeping' }], notes: '' },
    },
    contacts: [contact as Plan['contacts'][number]],
    reviewedAt: '2026-03-01T10:00:00.000Z',
  };
}

describe('planModel', () => {
  it('is the plan kind at schema version 1', () => {
    expect(planModel.kind).to.equal('plan');
    expect(planModel.schemaVersion).to.equal(1);
    expect(planModel.validate).to.equal(validatePlan);
  });

  it('accepts an empty plan and a full one', () => {
    expect(validatePlan(createPlan())).to.deep.equal([]);
    expect(validatePlan(createPlan('safety'))).to.deep.equal([]);
    expect(validatePlan(fullPlan())).to.deep.equal([]);
  });

  it('accepts an item with empty text (a line just added)', () => {
    const plan = addItem(createPlan(), 'helps', { id: 'x', text: '' });
    expect(validatePlan(plan)).to.deep.equal([]);
  });

  it('rejects what is not an object', () => {
    expect(validatePlan(null)).to.deep.equal([{ path: '', code: 'invalid-type' }]);
    expect(validatePlan([])).to.deep.equal([{ path: '', code: 'invalid-type' }]);
  });

  it('reports every problem with its field path', () => {
    const problems = validatePlan({
      template: 'other',
      sections: {
        well: { items: [{ id: 'a', text: 3 }, { id: 'a', text: 'twice' }, 'x'], notes: null },
        'Bad Key': { items: [], notes: '' },
      },
      contacts: [{ ...contact, phone: 'javascript:alert(1)', email: 'not-an-email', name: ' ' }],
      reviewedAt: 'yesterday',
    });
    expect(problems).to.deep.include.members([
      { path: 'template', code: 'invalid-value' },
      { path: 'sections.well.notes', code: 'invalid-type' },
      { path: 'sections.well.items.0.text', code: 'invalid-type' },
      { path: 'sections.well.items.1.id', code: 'duplicate' },
      { path: 'sections.well.items.2', code: 'invalid-type' },
      { path: 'sections.Bad Key', code: 'invalid-value' },
      { path: 'contacts.0.name', code: 'required' },
      { path: 'contacts.0.phone', code: 'unsafe-url' },
      { path: 'contacts.0.email', code: 'invalid-email' },
      { path: 'reviewedAt', code: 'invalid-date' },
    ]);
  });

  it('rejects missing lists and sections', () => {
    const problems = validatePlan({ template: 'safety', reviewedAt: null });
    expect(problems).to.deep.include.members([
      { path: 'sections', code: 'invalid-type' },
      { path: 'contacts', code: 'invalid-type' },
    ]);
  });

  it('rejects duplicate contact ids', () => {
    const plan = { ...fullPlan(), contacts: [contact, { ...contact }] };
    expect(validatePlan(plan)).to.deep.include({ path: 'contacts.1.id', code: 'duplicate' });
  });

  it('stays valid under any sequence of operations with safe text (property)', () => {
    const key = fc.constantFrom('well', 'helps', 'crisis', 'warning-signs', 'my-own');
    const op = fc.oneof(
      fc.record({ t: fc.constant('add' as const), key, text: fc.string({ maxLength: 40 }) }),
      fc.record({ t: fc.constant('edit' as const), key, index: fc.nat(5), text: fc.string() }),
      fc.record({ t: fc.constant('remove' as const), key, index: fc.nat(5) }),
      fc.record({
        t: fc.constant('move' as const),
        key,
        index: fc.nat(5),
        by: fc.constantFrom(-1, 1),
      }),
      fc.record({ t: fc.constant('notes' as const), key, text: fc.string() }),
      fc.record({
        t: fc.constant('template' as const),
        template: fc.constantFrom('staying-well' as const, 'safety' as const),
      }),
      fc.record({
        t: fc.constant('contact' as const),
        name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let plan = createPlan();
        let next = 0;
        const itemAt = (k: string, i: number) => plan.sections[k]?.items[i]?.id ?? 'missing';
        for (const o of ops) {
          if (o.t === 'add') plan = addItem(plan, o.key, { id: `i${next++}`, text: o.text });
          else if (o.t === 'edit') plan = editItem(plan, o.key, itemAt(o.key, o.index), o.text);
          else if (o.t === 'remove') plan = removeItem(plan, o.key, itemAt(o.key, o.index));
          else if (o.t === 'move') plan = moveItem(plan, o.key, itemAt(o.key, o.index), o.by);
          else if (o.t === 'notes') plan = setNotes(plan, o.key, o.text);
          else if (o.t === 'template') plan = setTemplate(plan, o.template);
          else
            plan = saveContact(plan, {
              ...contact,
              id: `c${next++}`,
              kind: 'person',
              name: o.name,
            });
        }
        expect(validatePlan(plan)).to.deep.equal([]);
      }),
    );
  });
});

describe('readablePlan', () => {
  it('keeps every readable string of a broken plan and drops the rest', async () => {
    const { readablePlan } = await import('../../src/core/plan.js');
    const plan = readablePlan({
      template: 'future-kind',
      sections: {
        well: { items: [{ text: 'kept' }, 7, { id: 'b', text: 3 }], notes: 'notes kept' },
        helps: 'broken',
      },
      contacts: [{ name: 'Sam', phone: 5 }, null],
      reviewedAt: 'not a date',
    });
    expect(plan).to.deep.equal({
      template: 'staying-well',
      sections: {
        well: {
          notes: 'notes kept',
          items: [
            { id: 'item-0', text: 'kept' },
            { id: 'b', text: '' },
          ],
        },
      },
      contacts: [
        {
          id: 'contact-0',
          kind: 'person',
          name: 'Sam',
          relationship: '',
          phone: '',
          email: '',
          when: '',
        },
      ],
      reviewedAt: null,
    });
    expect(readablePlan(null)).to.deep.equal({
      template: 'staying-well',
      sections: {},
      contacts: [],
      reviewedAt: null,
    });
  });
});
