import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptyEntry, type Entry } from '../../src/core/entry.js';
import {
  JournalIndex,
  chimeFrequency,
  groupByMonth,
  hopeSeries,
  isEmptyQuery,
  tagsInUse,
  type JournalItem,
} from '../../src/core/journal-search.js';

let counter = 0;
const item = (overrides: Partial<Entry>, id = `id-${(counter += 1)}`): JournalItem => ({
  id,
  readonly: false,
  entry: { ...emptyEntry('2026-11-20', '2026-11-20T10:00:00.000Z'), body: 'text', ...overrides },
});

describe('JournalIndex', () => {
  const river = item(
    {
      body: 'A walk by the River with Sam',
      date: '2026-11-18',
      tags: ['Walks'],
      chime: ['connectedness'],
    },
    'river',
  );
  const tea = item(
    {
      body: 'tea',
      goodThings: [{ what: 'Sunshine', why: 'warm' }],
      date: '2026-10-02',
      pinned: true,
      chime: ['hope'],
    },
    'tea',
  );
  const plan = item(
    {
      body: 'made a plan',
      prompt: { id: 'p', text: 'A small step' },
      date: '2025-12-31',
      tags: ['work'],
    },
    'plan',
  );

  const index = () => {
    const built = new JournalIndex();
    built.replaceAll([plan, river, tea]);
    return built;
  };

  it('keeps entries newest first', () => {
    expect(index().items.map((i) => i.id)).to.deep.equal(['river', 'tea', 'plan']);
  });

  it('finds every word, case-insensitively, in body, good things, prompt and tags', () => {
    const built = index();
    expect(built.search({ text: 'river SAM' }).map((i) => i.id)).to.deep.equal(['river']);
    expect(built.search({ text: 'sunshine' }).map((i) => i.id)).to.deep.equal(['tea']);
    expect(built.search({ text: 'small step' }).map((i) => i.id)).to.deep.equal(['plan']);
    expect(built.search({ text: 'walks' }).map((i) => i.id)).to.deep.equal(['river']);
    expect(built.search({ text: 'river tea' })).to.deep.equal([]);
  });

  it('filters by tag, CHIME process, date range and pinned', () => {
    const built = index();
    expect(built.search({ tag: 'walks' }).map((i) => i.id)).to.deep.equal(['river']);
    expect(built.search({ chime: 'hope' }).map((i) => i.id)).to.deep.equal(['tea']);
    expect(built.search({ from: '2026-01-01' }).map((i) => i.id)).to.deep.equal(['river', 'tea']);
    expect(built.search({ to: '2026-10-02' }).map((i) => i.id)).to.deep.equal(['tea', 'plan']);
    expect(built.search({ pinnedOnly: true }).map((i) => i.id)).to.deep.equal(['tea']);
    expect(
      built.search({ text: 'a', from: '2026-11-01', chime: 'connectedness' }).map((i) => i.id),
    ).to.deep.equal(['river']);
  });

  it('treats an empty query as everything', () => {
    expect(isEmptyQuery({ text: '  ', tag: '', chime: '' })).to.equal(true);
    expect(index().search({ text: ' ' })).to.have.length(3);
  });

  it('adds, replaces and removes entries in order', () => {
    const built = index();
    built.upsert(item({ body: 'newest', date: '2026-11-21' }, 'new'));
    built.upsert({ ...tea, entry: { ...tea.entry, body: 'green tea', date: '2024-01-01' } });
    expect(built.items.map((i) => i.id)).to.deep.equal(['new', 'river', 'plan', 'tea']);
    expect(built.search({ text: 'green' }).map((i) => i.id)).to.deep.equal(['tea']);
    expect(built.remove('river')).to.equal(true);
    expect(built.remove('river')).to.equal(false);
    expect(built.get('plan')?.id).to.equal('plan');
    expect(built.size).to.equal(3);
  });

  it('keeps the same order whether built at once or one by one (property)', () => {
    const entryArb = fc.record({
      date: fc.date({
        min: new Date('2020-01-01'),
        max: new Date('2030-12-31'),
        noInvalidDate: true,
      }),
      id: fc.uuid(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 40 }), (rows) => {
        const items = rows.map(({ date, id }) =>
          item({ date: date.toISOString().slice(0, 10), writtenAt: date.toISOString() }, id),
        );
        const atOnce = new JournalIndex();
        atOnce.replaceAll(items);
        const oneByOne = new JournalIndex();
        items.forEach((i) => oneByOne.upsert(i));
        expect(oneByOne.items.map((i) => i.id)).to.deep.equal(atOnce.items.map((i) => i.id));
      }),
    );
  });
});

describe('journal views', () => {
  it('groups entries by month in order', () => {
    const groups = groupByMonth([
      item({ date: '2026-11-20' }),
      item({ date: '2026-11-01' }),
      item({ date: '2026-09-30' }),
    ]);
    expect(groups.map((g) => [g.month, g.items.length])).to.deep.equal([
      ['2026-11', 2],
      ['2026-09', 1],
    ]);
  });

  it('counts how often each CHIME process appears', () => {
    const counts = chimeFrequency([
      item({ chime: ['hope', 'identity'] }).entry,
      item({ chime: ['hope'] }).entry,
    ]);
    expect(counts).to.deep.equal({
      connectedness: 0,
      hope: 2,
      identity: 1,
      meaning: 0,
      empowerment: 0,
    });
  });

  it('lists tags in use once each', () => {
    expect(
      tagsInUse([item({ tags: ['walks', 'Family'] }).entry, item({ tags: ['Walks'] }).entry]),
    ).to.deep.equal(['Family', 'walks']);
  });

  it('gives the hope check-ins oldest first, skipping entries without one', () => {
    const series = hopeSeries([
      item({ hope: 6, date: '2026-11-20' }).entry,
      item({ hope: null, date: '2026-11-19' }).entry,
      item({ hope: 3, date: '2026-11-02' }).entry,
    ]);
    expect(series).to.deep.equal({
      granularity: 'check-in',
      points: [
        { period: '2026-11-02', value: 3, count: 1 },
        { period: '2026-11-20', value: 6, count: 1 },
      ],
    });
  });

  it('averages per month when there are many check-ins', () => {
    const entries = [
      item({ hope: 4, date: '2026-01-01' }).entry,
      item({ hope: 5, date: '2026-01-15' }).entry,
      item({ hope: 8, date: '2026-02-03' }).entry,
    ];
    expect(hopeSeries(entries, 2)).to.deep.equal({
      granularity: 'month',
      points: [
        { period: '2026-01', value: 4.5, count: 2 },
        { period: '2026-02', value: 8, count: 1 },
      ],
    });
  });
});
