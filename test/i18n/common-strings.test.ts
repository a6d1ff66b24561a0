import { expect } from '@open-wc/testing';
import type { ValidationCode } from '../../src/core/model.js';
import { commonStrings, validationMessage } from '../../src/i18n/common.strings.js';

const codes: ValidationCode[] = [
  'required',
  'too-long',
  'out-of-range',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'unsafe-url',
  'invalid-phone',
  'invalid-email',
  'duplicate',
  'unknown',
];

describe('common strings', () => {
  it('have a kind, plain message for every validation code', () => {
    for (const code of codes) {
      const message = validationMessage({ path: 'x', code }, commonStrings);
      expect(message, code).to.be.a('string').and.not.equal('');
      expect(message, code).to.match(/\.$/);
      expect(message, code).not.to.match(/!|error|invalid/i);
    }
    expect(validationMessage({ path: 'title', code: 'required' }, commonStrings)).to.equal(
      'Please write something here first.',
    );
  });

  it('use the problem params where they help', () => {
    expect(
      validationMessage({ path: 'title', code: 'too-long', params: { max: 200 } }, commonStrings),
    ).to.contain('200');
    expect(
      validationMessage(
        { path: 'score', code: 'out-of-range', params: { min: 1, max: 10 } },
        commonStrings,
      ),
    ).to.contain('from 1 to 10');
  });

  it('fall back to the "unknown" message for a code they do not know', () => {
    const message = validationMessage(
      { path: 'x', code: 'brand-new' as ValidationCode },
      commonStrings,
    );
    expect(message).to.equal(commonStrings.unknown);
  });
});
