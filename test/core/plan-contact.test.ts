import { expect } from '@open-wc/testing';
import {
  emailAddress,
  emailProblem,
  phoneDigits,
  phoneProblem,
  validateContact,
} from '../../src/core/plan-contact.js';

describe('plan contacts', () => {
  it('accepts UK and international phone numbers, with or without tel:', () => {
    for (const phone of [
      '999',
      '116 123',
      '+44 (0)20 7946 0000',
      '020-7946-0000',
      'tel:+441234567890',
      '',
    ])
      expect(phoneProblem(phone), phone).to.equal(undefined);
  });

  it('refuses other schemes as unsafe', () => {
    for (const phone of [
      'javascript:alert(1)',
      'data:text/html,hi',
      ' JavaScript:void(0)',
      'sms:123',
    ])
      expect(phoneProblem(phone), phone).to.equal('unsafe-url');
    for (const email of ['javascript:alert(1)', 'data:text/plain,x', 'https://example.org'])
      expect(emailProblem(email), email).to.equal('unsafe-url');
  });

  it('marks malformed numbers and addresses', () => {
    for (const phone of ['call me', '12', '+44 abc', '1234567890123456789012'])
      expect(phoneProblem(phone), phone).to.equal('invalid-phone');
    for (const email of ['sam', 'sam@', 'sam@example', 'sam @example.org', '<b>@x.org'])
      expect(emailProblem(email), email).to.equal('invalid-email');
    expect(emailProblem('mailto:sam@example.org')).to.equal(undefined);
  });

  it('reduces numbers and addresses for links', () => {
    expect(phoneDigits('+44 (0)20 7946-0000')).to.equal('+440207946' + '0000');
    expect(phoneDigits('tel: 116 123')).to.equal('116123');
    expect(emailAddress(' mailto:sam@example.org ')).to.equal('sam@example.org');
    expect(emailAddress('sam@example.org')).to.equal('sam@example.org');
  });

  it('validates a whole contact with paths', () => {
    const problems = validateContact(
      {
        id: '',
        kind: 'friend',
        name: '',
        relationship: 1,
        phone: 'x',
        email: 'data:,x',
        when: 'x'.repeat(501),
      },
      'contacts.3',
    );
    expect(problems).to.deep.equal([
      { path: 'contacts.3.id', code: 'required' },
      { path: 'contacts.3.kind', code: 'invalid-value' },
      { path: 'contacts.3.name', code: 'required' },
      { path: 'contacts.3.relationship', code: 'invalid-type' },
      { path: 'contacts.3.when', code: 'too-long', params: { max: 500 } },
      { path: 'contacts.3.phone', code: 'invalid-phone' },
      { path: 'contacts.3.email', code: 'unsafe-url' },
    ]);
    expect(validateContact('nope')).to.deep.equal([{ path: '', code: 'invalid-type' }]);
  });
});
