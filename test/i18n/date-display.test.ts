import { expect } from '@open-wc/testing';
import { formatDay, formatMoment, formatMonth, timeOfDay } from '../../src/i18n/date-display.js';
import { loadLocale } from '../../src/i18n/locale-registry.js';

describe('date display: every date a person sees, in the element’s language', () => {
  // Welsh is the language Chromium cannot write dates in: its names ship with the library.
  before(() => loadLocale('cy'));

  it('writes a stored day in words, the same in every time zone', () => {
    expect(formatDay('2026-03-03', 'en-GB')).to.equal('3 March 2026');
    expect(formatDay('2026-03-03', 'cy')).to.equal('3 Mawrth 2026');
    expect(formatDay('2026-12-31', 'cy-GB')).to.equal('31 Rhagfyr 2026');
    expect(formatDay('2026-03-03', 'de')).to.equal('3. März 2026');
  });

  it('names the day of the week when asked', () => {
    expect(formatDay('2026-03-03', 'en-GB', { weekday: true })).to.equal('Tuesday, 3 March 2026');
    expect(formatDay('2026-03-03', 'cy', { weekday: true })).to.equal('Dydd Mawrth, 3 Mawrth 2026');
  });

  it('shows what is not a real day as it is, or the words given for it', () => {
    for (const locale of ['en-GB', 'cy']) {
      expect(formatDay('', locale)).to.equal('');
      expect(formatDay('soon', locale)).to.equal('soon');
      expect(formatDay('2026-02-30', locale), 'no 30 February').to.equal('2026-02-30');
      expect(formatDay('2026-13-01', locale, { otherwise: 'No date' })).to.equal('No date');
    }
  });

  it('falls back to en-GB for a locale it cannot read', () => {
    expect(formatDay('2026-03-03', 'not a locale!')).to.equal('3 March 2026');
    expect(formatMonth('2026-03', 'not a locale!')).to.equal('March 2026');
  });

  it('writes a month in words', () => {
    expect(formatMonth('2026-03', 'en-GB')).to.equal('March 2026');
    expect(formatMonth('2026-03', 'cy')).to.equal('Mawrth 2026');
    expect(formatMonth('2026-13', 'cy', 'No date')).to.equal('No date');
    expect(formatMonth('March', 'en-GB')).to.equal('March');
  });

  it('writes a moment as its day where the person is', () => {
    const lateInTheEvening = new Date(2026, 2, 3, 23, 30);
    expect(formatMoment(lateInTheEvening, 'en-GB')).to.equal('3 March 2026');
    expect(formatMoment(lateInTheEvening, 'cy')).to.equal('3 Mawrth 2026');
    expect(formatMoment(lateInTheEvening.toISOString(), 'cy')).to.equal('3 Mawrth 2026');
    expect(formatMoment('not a time', 'en-GB')).to.equal('not a time');
  });

  it('writes a time of day on the 24-hour clock in en-GB and in Welsh', () => {
    const fivePastTwo = new Date(2026, 2, 3, 14, 5);
    expect(timeOfDay(fivePastTwo, 'en-GB')).to.equal('14:05');
    expect(timeOfDay(fivePastTwo, 'cy')).to.equal('14:05');
  });
});
