import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  emptyEntry,
  entryModel,
  entrySortKey,
  isIsoDate,
  localIsoDate,
  normalizeEntry,
  parseTags,
  readableEntry,
  validateEntry,
  type Entry,
} from '../../src/core/entry.js';

const base = (overrides: Partial<Entry> = {}): Entry => ({
  ...emptyEntry('2026-11-20', '2026-11-20T10:00:00.000Z'),
  body: 'Walked by the river.',
  ...overrides,
});

const codes = (data: unknown) => validateEntry(data).map((p) => `${p.path}:${p.code}`);

describe('entry model', () => {
  it('accepts a complete entry', () => {
    expect(
      validateEntry(base({ hope: 7, tags: ['walks'], chime: ['hope', 'meaning'], pinned: true })),
    ).to.deep.equal([]);
  });

  it('refuses an empty entry with a required problem on the body', () => {
    expect(codes(base({ body: '   \n ' }))).to.deep.equal(['body:required']);
  });

  it('accepts an entry whose only text is in the three good things', () => {
    const entry = base({ body: '', goodThings: [{ what: 'Sun', why: '' }] });
    expect(validateEntry(entry)).to.deep.equal([]);
  });

  it('checks the hope check-in range and type', () => {
    expect(codes(base({ hope: 11 }))).to.deep.equal(['hope:out-of-range']);
    expect(codes(base({ hope: -1 }))).to.deep.equal(['hope:out-of-range']);
    expect(codes(base({ hope: 4.5 }))).to.deep.equal(['hope:invalid-type']);
    expect(validateEntry(base({ hope: 0 }))).to.deep.equal([]);
    expect(validateEntry(base({ hope: 10 }))).to.deep.equal([]);
  });

  it('refuses unknown CHIME keys, repeated tags and bad dates', () => {
    const data = {
      ...base(),
      chime: ['hope', 'wellness'],
      tags: ['Walks', 'walks '],
      date: '2026-02-30',
    };
    expect(codes(data)).to.deep.equal([
      'tags.1:duplicate',
      'chime.1:invalid-value',
      'date:invalid-date',
    ]);
  });

  it('reports wrong types without throwing', () => {
    expect(codes(null)).to.deep.equal([':invalid-type']);
    expect(codes({})).to.include.members([
      'body:invalid-type',
      'tags:invalid-type',
      'pinned:invalid-type',
    ]);
  });

  it('keeps a 100 kB body, HTML, emoji and RTL text as they are', () => {
    const body = `<script>alert(1)</script> 🌱 שלום مرحبا ${'x'.repeat(100_000)}`;
    expect(validateEntry(base({ body }))).to.deep.equal([]);
    expect(normalizeEntry(base({ body })).body).to.equal(body);
  });

  it('tidies tags, good things and CHIME keys on normalise', () => {
    const entry = normalizeEntry(
      base({
        tags: [' Walks', 'walks', '', 'family '],
        goodThings: [
          { what: ' tea ', why: '' },
          { what: '', why: ' ' },
        ],
        chime: ['hope', 'hope', 'identity'],
      }),
    );
    expect(entry.tags).to.deep.equal(['Walks', 'family']);
    expect(entry.goodThings).to.deep.equal([{ what: 'tea', why: '' }]);
    expect(entry.chime).to.deep.equal(['hope', 'identity']);
  });

  it('parses a comma-separated tag field', () => {
    expect(parseTags(' walks, ,family,  sleep ')).to.deep.equal(['walks', 'family', 'sleep']);
  });

  it('orders by date, then by when the entry was written', () => {
    const earlierDay = entrySortKey({ date: '2026-11-19', writtenAt: '2026-11-21T09:00:00.000Z' });
    const morning = entrySortKey({ date: '2026-11-20', writtenAt: '2026-11-20T08:00:00.000Z' });
    const evening = entrySortKey({ date: '2026-11-20', writtenAt: '2026-11-20T20:00:00.000Z' });
    expect([evening, earlierDay, morning].sort()).to.deep.equal([earlierDay, morning, evening]);
    expect(entryModel.sortKey?.(base())).to.equal('2026-11-20|2026-11-20T10:00:00.000Z');
    expect(entryModel.kind).to.equal('entry');
  });

  it('recognises real calendar dates and formats the local date', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
    expect(isIsoDate('20-1-1')).to.equal(false);
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).to.equal('2026-01-05');
  });

  it('reads what it can from data that fails validation', () => {
    const entry = readableEntry({
      body: 'kept',
      hope: 'high',
      tags: ['a', 3],
      chime: ['hope', 'x'],
      date: 'soon',
    });
    expect(entry).to.include({ body: 'kept', hope: null, pinned: false, date: '' });
    expect(entry.tags).to.deep.equal(['a']);
    expect(entry.chime).to.deep.equal(['hope']);
    expect(readableEntry('nonsense').body).to.equal('');
  });

  it('never throws and finds a valid entry valid after normalising (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(validateEntry(value)).to.be.an('array');
        expect(readableEntry(value)).to.be.an('object');
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        fc.array(fc.string({ maxLength: 50 }), { maxLength: 30 }),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        (body, tags, hope) => {
          expect(validateEntry(normalizeEntry(base({ body, tags, hope })))).to.deep.equal([]);
        },
      ),
    );
  });
});
