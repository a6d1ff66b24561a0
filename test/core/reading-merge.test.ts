import { expect } from '@open-wc/testing';
import { DEFAULT_AREA_SET } from '../../src/core/life-areas.js';
import { emptyReading, type Reading } from '../../src/core/reading.js';
import { mergeReadings } from '../../src/core/reading-merge.js';

const [a, b, c] = DEFAULT_AREA_SET.areas.map((area) => area.key);

function reading(overrides: Partial<Reading> = {}): Reading {
  return { ...emptyReading(DEFAULT_AREA_SET, '2026-05-01'), ...overrides };
}

describe('mergeReadings', () => {
  it('is the person’s edit when nothing changed elsewhere', () => {
    const base = reading({ scores: { [a]: 3 } });
    const mine = reading({ scores: { [a]: 5 } });
    expect(mergeReadings(base, mine, structuredClone(base))).to.deep.equal({
      reading: mine,
      keptBoth: false,
    });
  });

  it('takes each life area from the side that changed it', () => {
    const base = reading({ scores: { [a]: 3, [b]: 4 }, notes: { [a]: 'x' } });
    const mine = reading({ scores: { [a]: 6, [b]: 4 }, notes: { [a]: 'x' } });
    const theirs = reading({ scores: { [a]: 3, [b]: 8, [c]: 2 }, notes: { [a]: 'x', [b]: 'y' } });
    const result = mergeReadings(base, mine, theirs);
    expect(result.keptBoth).to.equal(false);
    expect(result.reading.scores).to.deep.equal({ [a]: 6, [b]: 8, [c]: 2 });
    expect(result.reading.notes).to.deep.equal({ [a]: 'x', [b]: 'y' });
  });

  it('removes a score cleared on one side and unchanged on the other', () => {
    const base = reading({ scores: { [a]: 3, [b]: 4 } });
    const result = mergeReadings(
      base,
      reading({ scores: { [b]: 4 } }),
      reading({ scores: { [a]: 3, [b]: 5 } }),
    );
    expect(result.reading.scores).to.deep.equal({ [b]: 5 });
  });

  it('keeps both notes of one area changed on both sides, and says so', () => {
    const base = reading({ notes: { [a]: 'start' } });
    const result = mergeReadings(
      base,
      reading({ notes: { [a]: 'mine' } }),
      reading({ notes: { [a]: 'theirs' } }),
    );
    expect(result.keptBoth).to.equal(true);
    expect(result.reading.notes[a]).to.equal('mine / theirs');
  });

  it('keeps the words of a note emptied on one side and changed on the other', () => {
    const base = reading({ notes: { [a]: 'start' } });
    const result = mergeReadings(base, reading({ notes: {} }), reading({ notes: { [a]: 'more' } }));
    expect(result.reading.notes[a]).to.equal('more');
    expect(result.keptBoth).to.equal(true);
  });

  it('merges focus areas as a set and takes the day from the side that changed it', () => {
    const base = reading({ focusAreas: [a] });
    const mine = reading({ focusAreas: [a, b], takenAt: '2026-05-02' });
    const theirs = reading({ focusAreas: [c], notes: { [c]: 'n' } });
    const merged = mergeReadings(base, mine, theirs).reading;
    expect(merged.focusAreas).to.deep.equal([b, c]);
    expect(merged.takenAt).to.equal('2026-05-02');
  });
});
