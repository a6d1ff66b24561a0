import { expect } from '@open-wc/testing';
import { createPlan, type Plan } from '../../src/core/plan.js';
import { addItem, markReviewed, saveContact, setNotes } from '../../src/core/plan-operations.js';
import { STAYING_WELL_SECTIONS } from '../../src/core/plan-sections.js';
import { planToText, type PlanTextLabels } from '../../src/core/plan-text.js';

const labels: PlanTextLabels = {
  textReviewed: (date) => `Last reviewed ${date}`,
  textNotReviewed: 'Not reviewed yet',
  textEmpty: '(nothing yet)',
  textNotes: 'Notes',
  peopleHeading: 'People I trust',
  professionalsHeading: 'Professionals',
  crisisLinesHeading: 'Crisis lines',
  textRelationship: 'Who',
  textPhone: 'Phone',
  textEmail: 'Email',
  textWhen: 'When',
};
const formatDate = (iso: string) => iso.slice(0, 10);

const sections = STAYING_WELL_SECTIONS.filter((s) =>
  ['helps', 'crisis', 'contacts'].includes(s.key),
);

function plan(): Plan {
  let p = createPlan();
  p = addItem(p, 'helps', { id: 'a', text: 'A walk by the river' });
  p = addItem(p, 'helps', { id: 'b', text: '   ' });
  p = addItem(p, 'helps', { id: 'c', text: 'Two lines\nof music' });
  p = setNotes(p, 'helps', 'Mornings\nare easier');
  p = saveContact(p, {
    id: 'p',
    kind: 'person',
    name: 'Sam',
    relationship: 'brother',
    phone: '07700 900123',
    email: '',
    when: 'Evenings',
  });
  p = saveContact(p, {
    id: 'q',
    kind: 'professional',
    name: 'Dr Lee',
    relationship: '',
    phone: '',
    email: 'lee@example.org',
    when: '',
  });
  return markReviewed(p, new Date('2026-03-04T09:00:00Z'));
}

describe('planToText', () => {
  it('writes every section with items, notes, contacts and crisis lines', () => {
    const text = planToText(plan(), sections, labels, {
      title: 'My plan',
      formatDate,
      crisisLines: [{ name: 'Samaritans', detail: '116 123' }],
    });
    expect(text).to.equal(
      [
        'My plan',
        '=======',
        '',
        'Last reviewed 2026-03-04',
        '',
        'Things that help',
        '----------------',
        '- A walk by the river',
        '- Two lines',
        '  of music',
        'Notes:',
        '  Mornings',
        '  are easier',
        '',
        'If I am in crisis',
        '-----------------',
        '(nothing yet)',
        '',
        'Contacts',
        '--------',
        'People I trust:',
        '- Sam',
        '  Who: brother',
        '  Phone: 07700 900123',
        '  When: Evenings',
        'Professionals:',
        '- Dr Lee',
        '  Email: lee@example.org',
        'Crisis lines:',
        '- Samaritans: 116 123',
        '',
      ].join('\n'),
    );
  });

  it('says when a plan has not been reviewed and keeps markup as text', () => {
    const p = addItem(createPlan(), 'helps', { id: 'x', text: '<img src=x onerror=alert(1)>' });
    const text = planToText(p, sections, labels, { title: 'My plan', formatDate });
    expect(text).to.contain('Not reviewed yet');
    expect(text).to.contain('- <img src=x onerror=alert(1)>');
  });
});
