import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHIME_KEYS } from '../../src/core/chime.js';
import { emptyEntry, type Entry } from '../../src/core/entry.js';
import {
  JournalIndex,
  type JournalItem,
  type JournalQuery,
} from '../../src/core/journal-search.js';
import {
  HOPE_POINTS_MAX,
  JournalSummary,
  chimeFrequency,
  hopeSeries,
  tagsInUse,
} from '../../src/core/journal-summary.js';

/** A small world of values, so that random entries share tags, days and words. */
const entryArb: fc.Arbitrary<Entry> = fc
  .record({
    day: fc.integer({ min: 1, max: 4 }),
    month: fc.integer({ min: 1, max: 3 }),
    minute: fc.integer({ min: 0, max: 2 }),
    body: fc.constantFrom('river walk', 'tea with Sam', 'a long day', 'river and rain'),
    tags: fc.subarray(['walks', 'Walks', 'family', 'Work', 'work']),
    chime: fc.subarray([...CHIME_KEYS]),
    hope: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    pinned: fc.boolean(),
  })
  .map(({ day, month, minute, body, tags, chime, hope, pinned }) => {
    const date = `2026-0${month}-0${day}`;
    return {
      ...emptyEntry(date, `${date}T10:0${minute}:00.000Z`),
      body,
      tags,
      chime,
      hope,
      pinned,
    };
  });

/** Add or change entry `id` (one of a few, so changes meet earlier ones), or remove it. */
const stepArb = fc.oneof(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), entry: entryArb }),
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), entry: fc.constant(null) }),
);

const queryArb: fc.Arbitrary<JournalQuery> = fc.record(
  {
    text: fc.constantFrom('', 'river', 'tea sam', 'RAIN'),
    tag: fc.constantFrom('', 'walks', 'WORK'),
    chime: fc.constantFrom('', ...CHIME_KEYS),
    from: fc.constantFrom('', '2026-02-01'),
    pinnedOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

const itemOf = (id: string, entry: Entry): JournalItem => ({ id, entry, readonly: false });

describe('JournalIndex kept up to date entry by entry', () => {
  it('gives the same results, tags, CHIME counts and hope series as building it afresh', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 8 }),
        fc.array(stepArb, { maxLength: 30 }),
        queryArb,
        (seed, steps, query) => {
          const live = new JournalIndex();
          live.replaceAll(seed.map((entry, i) => itemOf(`seed-${i}`, entry)));
          // The query on screen is asked for before the changes, so they are applied to it.
          live.results(query);
          for (const { id, entry } of steps) {
            if (entry) live.upsert(itemOf(id, entry));
            else live.remove(id);
          }
          const fresh = new JournalIndex();
          fresh.replaceAll(live.items);
          const ids = (items: JournalItem[]) => items.map((item) => item.id);
          expect(ids(live.results(query))).to.deep.equal(ids(fresh.search(query)));
          expect(ids(live.results(query))).to.deep.equal(ids(live.search(query)));
          const entries = fresh.items.map((item) => item.entry);
          expect(live.summary.tags).to.deep.equal(tagsInUse(entries));
          expect(live.summary.tags).to.deep.equal(fresh.summary.tags);
          expect(live.summary.chimeCounts).to.deep.equal(chimeFrequency(entries));
          expect(live.summary.hopeSeries).to.deep.equal(hopeSeries(entries));
          expect(live.summary.hopeSeries).to.deep.equal(fresh.summary.hopeSeries);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the same results array while nothing it shows changed', () => {
    const index = new JournalIndex();
    const query = { text: 'river' };
    index.upsert(
      itemOf('a', { ...emptyEntry('2026-01-01', '2026-01-01T10:00:00.000Z'), body: 'river' }),
    );
    const before = index.results(query);
    index.upsert(
      itemOf('b', { ...emptyEntry('2026-01-02', '2026-01-02T10:00:00.000Z'), body: 'tea' }),
    );
    expect(index.results(query)).to.equal(before);
    index.upsert(
      itemOf('c', { ...emptyEntry('2026-01-03', '2026-01-03T10:00:00.000Z'), body: 'river' }),
    );
    expect(index.results(query).map((item) => item.id)).to.deep.equal(['c', 'a']);
    expect(before.map((item) => item.id)).to.deep.equal(['a']);
  });
});

describe('JournalSummary', () => {
  const entry = (overrides: Partial<Entry>): Entry => ({
    ...emptyEntry('2026-03-01', '2026-03-01T10:00:00.000Z'),
    ...overrides,
  });

  it('shows a tag in the spelling most entries use', () => {
    const summary = new JournalSummary();
    summary.add('1', entry({ tags: ['walks'] }));
    summary.add('2', entry({ tags: ['Walks'] }));
    summary.add('3', entry({ tags: ['Walks', 'family'] }));
    expect(summary.tags).to.deep.equal(['family', 'Walks']);
    summary.remove('3', entry({ tags: ['Walks', 'family'] }));
    expect(summary.tags).to.deep.equal(['walks']);
  });

  it('keeps the same hope series object until a check-in changes', () => {
    const summary = new JournalSummary();
    summary.add('1', entry({ hope: 4 }));
    const series = summary.hopeSeries;
    summary.add('2', entry({ hope: null, tags: ['tea'] }));
    expect(summary.hopeSeries).to.equal(series);
    summary.add('3', entry({ hope: 7, date: '2026-03-02', writtenAt: '2026-03-02T10:00:00.000Z' }));
    expect(summary.hopeSeries.points.map((point) => point.value)).to.deep.equal([4, 7]);
  });

  it('averages per month beyond the most check-ins shown one by one', () => {
    const summary = new JournalSummary();
    for (let i = 0; i <= HOPE_POINTS_MAX; i += 1)
      summary.add(String(i), entry({ hope: i % 2 ? 10 : 0, date: `2026-0${1 + (i % 2)}-01` }));
    expect(summary.hopeSeries.granularity).to.equal('month');
    expect(summary.hopeSeries.points.map((point) => point.value)).to.deep.equal([0, 10]);
    summary.remove('0', entry({ hope: 0, date: '2026-01-01' }));
    expect(summary.hopeSeries.granularity).to.equal('check-in');
  });
});
