import { expect } from '@open-wc/testing';
import type { Entry } from '../../src/core/entry.js';
import { mergeEntryEdits, type EntryEdit } from '../../src/core/entry-merge.js';

const LINE = '--- other ---';

const base: Entry = {
  body: 'Walked by the river',
  prompt: null,
  goodThings: [],
  hope: 4,
  tags: ['walks', 'outside'],
  chime: ['hope'],
  pinned: false,
  date: '2026-11-01',
  writtenAt: '2026-11-01T09:00:00.000Z',
};

const edit = (overrides: Partial<EntryEdit> = {}): EntryEdit => {
  const { pinned: _pinned, writtenAt: _writtenAt, ...fields } = base;
  return { ...fields, ...overrides };
};

describe('mergeEntryEdits', () => {
  it('is simply the edit when nothing changed elsewhere (keeping pinned and writtenAt)', () => {
    const theirs = { ...base, pinned: true };
    const merge = mergeEntryEdits(theirs, edit({ body: 'New words', hope: 6 }), theirs, LINE);
    expect(merge.entry).to.deep.equal({ ...base, pinned: true, body: 'New words', hope: 6 });
    expect(merge).to.include({ changedElsewhere: false, keptBoth: false });
  });

  it('keeps fields changed only elsewhere and those changed only here', () => {
    const theirs = { ...base, hope: 8, date: '2026-10-30', pinned: true };
    const merge = mergeEntryEdits(
      base,
      edit({ body: 'Walked by the river with Sam' }),
      theirs,
      LINE,
    );
    expect(merge.entry).to.deep.equal({
      ...theirs,
      body: 'Walked by the river with Sam',
    });
    expect(merge).to.include({ changedElsewhere: true, keptBoth: false });
  });

  it('does not count a change elsewhere to pinned alone as a change to tell about', () => {
    const theirs = { ...base, pinned: true };
    const merge = mergeEntryEdits(base, edit({ body: 'More' }), theirs, LINE);
    expect(merge.entry).to.include({ body: 'More', pinned: true });
    expect(merge.changedElsewhere).to.equal(false);
  });

  it('merges tags and CHIME changed on both sides: added on either side, removed on either side', () => {
    const theirs: Entry = { ...base, tags: ['walks', 'river'], chime: ['hope', 'meaning'] };
    const mine = edit({ tags: ['outside', 'Sam'], chime: ['connectedness', 'hope'] });
    const merge = mergeEntryEdits(base, mine, theirs, LINE);
    // Here: removed "walks", added "Sam"; elsewhere: removed "outside", added "river".
    expect(merge.entry.tags).to.deep.equal(['Sam', 'river']);
    expect(merge.entry.chime).to.deep.equal(['connectedness', 'hope', 'meaning']);
    expect(merge.keptBoth).to.equal(false);
  });

  it('does not repeat a tag added on both sides in different case', () => {
    const theirs = { ...base, tags: ['walks', 'outside', 'Family'] };
    const merge = mergeEntryEdits(
      base,
      edit({ tags: ['walks', 'outside', 'family'] }),
      theirs,
      LINE,
    );
    expect(merge.entry.tags).to.deep.equal(['walks', 'outside', 'family']);
  });

  it('keeps both texts when both changed the body: this one first, the other below the line', () => {
    const theirs = { ...base, body: 'Walked by the river in the rain' };
    const merge = mergeEntryEdits(
      base,
      edit({ body: 'Walked by the river with Sam' }),
      theirs,
      LINE,
    );
    expect(merge.entry.body).to.equal(
      `Walked by the river with Sam\n\n${LINE}\n\nWalked by the river in the rain`,
    );
    expect(merge).to.include({ changedElsewhere: true, keptBoth: true });
  });

  it('keeps the other good things (not also written here) below the line when both changed them', () => {
    const withThings: Entry = {
      ...base,
      body: '',
      goodThings: [{ what: 'Tea', why: 'Warm' }],
    };
    const theirs: Entry = {
      ...withThings,
      goodThings: [
        { what: 'Tea', why: 'Warm' },
        { what: 'A call', why: 'Laughed' },
      ],
    };
    const mine = edit({
      body: '',
      goodThings: [
        { what: 'Tea', why: 'Warm' },
        { what: 'Sunshine', why: '' },
      ],
    });
    const merge = mergeEntryEdits(withThings, mine, theirs, LINE);
    expect(merge.entry.goodThings).to.deep.equal(mine.goodThings);
    expect(merge.entry.body).to.equal(`${LINE}\n\nA call - Laughed`);
    expect(merge.keptBoth).to.equal(true);
  });

  it('without a starting point, keeps this side and every differing text from the other', () => {
    const theirs = { ...base, body: 'Other words', hope: 9, tags: ['river'] };
    const merge = mergeEntryEdits(undefined, edit({ body: 'My words', hope: 2 }), theirs, LINE);
    expect(merge.entry).to.include({ body: `My words\n\n${LINE}\n\nOther words`, hope: 2 });
    expect(merge.entry.tags).to.deep.equal(['walks', 'outside', 'river']);
    expect(merge).to.include({ changedElsewhere: true, keptBoth: true });
  });

  it('needs no line when the other side emptied the text', () => {
    const theirs = { ...base, body: '   ', goodThings: [{ what: 'Tea', why: '' }] };
    const merge = mergeEntryEdits(base, edit({ body: 'Mine' }), theirs, LINE);
    expect(merge.entry.body).to.equal('Mine');
    expect(merge.keptBoth).to.equal(false);
  });
});
