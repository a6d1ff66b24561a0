import { expect } from '@open-wc/testing';
import { isCalendarDay, localDay } from '../../src/core/calendar-day.js';

describe('calendar days', () => {
  it('gives the local calendar day', () => {
    expect(localDay(new Date(2026, 2, 3, 23, 30))).to.equal('2026-03-03');
    expect(localDay(new Date(2026, 11, 31, 0, 5))).to.equal('2026-12-31');
    expect(localDay(new Date(2026, 0, 5, 0, 0))).to.equal('2026-01-05');
  });

  it('knows a real day written YYYY-MM-DD from anything else', () => {
    expect(isCalendarDay('2028-02-29')).to.equal(true);
    expect(isCalendarDay('2026-12-31')).to.equal(true);
    for (const value of [
      '2027-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-1-2',
      '2026-01-02T00:00',
      '',
      20260102,
      null,
    ])
      expect(isCalendarDay(value), String(value)).to.equal(false);
  });
});
