import { expect } from '@open-wc/testing';
import { formatDay, localDay } from '../../src/core/reading-dates.js';

describe('reading dates', () => {
  it('gives the local calendar day', () => {
    expect(localDay(new Date(2026, 2, 3, 23, 30))).to.equal('2026-03-03');
    expect(localDay(new Date(2026, 11, 31, 0, 5))).to.equal('2026-12-31');
  });

  it('writes a day in words for the locale, the same in every time zone', () => {
    expect(formatDay('2026-03-03', 'en-GB')).to.equal('3 March 2026');
    expect(formatDay('2026-03-03', 'de')).to.equal('3. März 2026');
  });

  it('returns anything that is not a day as it is', () => {
    expect(formatDay('', 'en-GB')).to.equal('');
    expect(formatDay('soon', 'en-GB')).to.equal('soon');
    expect(formatDay('2026-03-03', 'not a locale!')).to.equal('3 March 2026');
  });
});
