import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_AREA_SET, type AreaSet } from '../../src/core/life-areas.js';
import {
  areasForReading,
  changesBetween,
  emptyReading,
  MAX_FOCUS_AREAS,
  previousReading,
  readableReading,
  readingModel,
  scoreState,
  tidyReading,
  unknownAreaKeys,
  validateReading,
  type Reading,
} from '../../src/core/reading.js';

function reading(overrides: Partial<Reading> = {}): Reading {
  return {
    ...emptyReading(DEFAULT_AREA_SET, '2026-03-03'),
    scores: { wellbeing: 4, hope: 7 },
    ...overrides,
  };
}

describe('readingModel', () => {
  it('is the reading kind, version 1, ordered by day taken', () => {
    expect(readingModel.kind).to.equal('reading');
    expect(readingModel.schemaVersion).to.equal(1);
    expect(readingModel.sortKey?.(reading())).to.equal('2026-03-03');
  });

  it('accepts a good reading', () => {
    expect(
      validateReading(reading({ notes: { hope: 'Spring is coming' }, focusAreas: ['hope'] })),
    ).to.deep.equal([]);
    expect(validateReading(reading({ by: { role: 'supporter', name: 'Sam' } }))).to.deep.equal([]);
  });

  it('rejects what is not an object', () => {
    for (const bad of [null, 'x', [], 3])
      expect(validateReading(bad)).to.deep.equal([{ path: '', code: 'invalid-type' }]);
  });

  it('reports out-of-range and wrongly typed scores at their path', () => {
    const problems = validateReading(
      reading({ scores: { wellbeing: 11, body: 0, home: 2.5, money: '3' as unknown as number } }),
    );
    expect(problems).to.deep.include({
      path: 'scores.wellbeing',
      code: 'out-of-range',
      params: { min: 1, max: 10 },
    });
    expect(problems).to.deep.include({
      path: 'scores.body',
      code: 'out-of-range',
      params: { min: 1, max: 10 },
    });
    expect(problems).to.deep.include({
      path: 'scores.home',
      code: 'out-of-range',
      params: { min: 1, max: 10 },
    });
    expect(problems).to.deep.include({ path: 'scores.money', code: 'invalid-type' });
  });

  it('reports scores, notes and focus areas for unknown areas', () => {
    const problems = validateReading(
      reading({ scores: { garden: 5 }, notes: { garden: 'x' }, focusAreas: ['garden'] }),
    );
    expect(problems).to.deep.include({ path: 'scores.garden', code: 'unknown' });
    expect(problems).to.deep.include({ path: 'notes.garden', code: 'unknown' });
    expect(problems).to.deep.include({ path: 'focusAreas.0', code: 'unknown' });
  });

  it('needs at least one score, a real day, a known author and a set id', () => {
    const problems = validateReading({
      ...reading(),
      scores: {},
      takenAt: '2026-02-30',
      by: { role: 'boss' },
      areaSetId: '',
    });
    expect(problems).to.deep.include({ path: 'scores', code: 'required' });
    expect(problems).to.deep.include({ path: 'takenAt', code: 'invalid-date' });
    expect(problems).to.deep.include({ path: 'by.role', code: 'invalid-value' });
    expect(problems).to.deep.include({ path: 'areaSetId', code: 'required' });
  });

  it('limits notes, names and focus areas', () => {
    const problems = validateReading(
      reading({
        notes: { hope: 'x'.repeat(501) },
        by: { role: 'supporter', name: 'y'.repeat(81) },
        focusAreas: ['hope', 'hope', 'body', 'home'],
      }),
    );
    expect(problems).to.deep.include({
      path: 'notes.hope',
      code: 'too-long',
      params: { max: 500 },
    });
    expect(problems).to.deep.include({ path: 'by.name', code: 'too-long', params: { max: 80 } });
    expect(problems).to.deep.include({
      path: 'focusAreas',
      code: 'out-of-range',
      params: { max: MAX_FOCUS_AREAS },
    });
    expect(problems).to.deep.include({ path: 'focusAreas.1', code: 'duplicate' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validateReading(value)).to.be.an('array');
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ scores: fc.dictionary(fc.string(), fc.anything()), areas: fc.anything() }),
        (value) => {
          expect(validateReading({ ...reading(), ...value })).to.be.an('array');
        },
      ),
    );
  });
});

describe('scoreState', () => {
  it('tells scored, not rated and out-of-range apart', () => {
    const r = reading({ scores: { wellbeing: 4, body: 12, home: -1 } });
    expect(scoreState(r, 'wellbeing')).to.deep.equal({ state: 'scored', score: 4 });
    expect(scoreState(r, 'body')).to.deep.equal({ state: 'out-of-range', raw: 12 });
    expect(scoreState(r, 'home')).to.deep.equal({ state: 'out-of-range', raw: -1 });
    expect(scoreState(r, 'money')).to.deep.equal({ state: 'not-rated' });
    expect(scoreState({ scores: null as unknown as Record<string, number> }, 'x')).to.deep.equal({
      state: 'not-rated',
    });
  });
});

describe('areasForReading and unknownAreaKeys', () => {
  const other: AreaSet = { id: 'other', areas: [{ key: 'sleep', label: 'Sleep' }], anchors: [] };

  it('uses the current set for readings taken with it, the stored areas otherwise', () => {
    const r = reading();
    expect(areasForReading(r, DEFAULT_AREA_SET)).to.equal(DEFAULT_AREA_SET.areas);
    expect(areasForReading(r, other).map((a) => a.key)).to.include('wellbeing');
  });

  it('lists scored keys none of the areas has', () => {
    expect(
      unknownAreaKeys(reading({ scores: { wellbeing: 3, garden: 4 } }), DEFAULT_AREA_SET.areas),
    ).to.deep.equal(['garden']);
  });
});

describe('previousReading and changesBetween', () => {
  it('finds the previous reading by the same kind of author', () => {
    const a = reading({ takenAt: '2026-01-01' });
    const s = reading({ takenAt: '2026-02-01', by: { role: 'supporter', name: 'Sam' } });
    const b = reading({ takenAt: '2026-03-01' });
    const list = [a, s, b];
    expect(previousReading(list, b)).to.equal(a);
    expect(previousReading(list, s)).to.equal(undefined);
    expect(previousReading(list, a)).to.equal(undefined);
  });

  it('describes each area as up, down, same, new or not comparable', () => {
    const before = reading({ scores: { wellbeing: 4, body: 6, home: 5, money: 20 } });
    const now = reading({ scores: { wellbeing: 6, body: 3, home: 5, money: 4, people: 7 } });
    const changes = changesBetween(now, before, DEFAULT_AREA_SET.areas);
    const byKey = Object.fromEntries(changes.map((c) => [c.key, c]));
    expect(byKey.wellbeing).to.include({ direction: 'up', change: 2 });
    expect(byKey.body).to.include({ direction: 'down', change: -3 });
    expect(byKey.home).to.include({ direction: 'same', change: 0 });
    expect(byKey.money.direction).to.equal('not-comparable');
    expect(byKey.people.direction).to.equal('new');
    expect(byKey.hope.direction).to.equal('not-comparable');
    expect(changes.map((c) => c.key)).to.deep.equal(DEFAULT_AREA_SET.areas.map((a) => a.key));
  });

  it('treats every rated area as new when there is no earlier reading', () => {
    const changes = changesBetween(reading(), undefined, DEFAULT_AREA_SET.areas);
    expect(changes.find((c) => c.key === 'hope')?.direction).to.equal('new');
  });
});

describe('tidyReading', () => {
  it('trims notes, drops empty and unknown ones, de-duplicates and caps focus areas', () => {
    const tidy = tidyReading(
      reading({
        notes: { hope: '  better  ', body: '   ', garden: 'x' },
        focusAreas: ['hope', 'hope', 'garden', 'body', 'home', 'money'],
        by: { role: 'supporter', name: '  ' },
      }),
    );
    expect(tidy.notes).to.deep.equal({ hope: 'better' });
    expect(tidy.focusAreas).to.deep.equal(['hope', 'body', 'home']);
    expect(tidy.by).to.deep.equal({ role: 'supporter' });
    expect(validateReading(tidy)).to.deep.equal([]);
  });
});

describe('readableReading', () => {
  it('returns undefined for data that is not an object', () => {
    expect(readableReading(null)).to.equal(undefined);
    expect(readableReading('x')).to.equal(undefined);
  });

  it('keeps a good reading as it is', () => {
    const good = reading({ notes: { hope: 'yes' }, focusAreas: ['hope'] });
    expect(readableReading(good)).to.deep.equal(good);
  });

  it('makes odd stored data safe to show, keeping scores exactly as stored', () => {
    const odd = readableReading({
      areas: [{ key: 'a' }, { label: 'no key' }, 'x'],
      takenAt: 5,
      by: { role: 'supporter', name: 3 },
      scores: { a: 14, b: 'lots' },
      notes: { a: 'fine', b: 7 },
      focusAreas: ['a', 2],
    });
    expect(odd).to.deep.equal({
      areaSetId: '',
      areas: [{ key: 'a', label: 'a' }],
      takenAt: '',
      by: { role: 'supporter' },
      scores: { a: 14, b: 'lots' },
      notes: { a: 'fine' },
      focusAreas: ['a'],
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (value) => void readableReading(value)));
  });
});
