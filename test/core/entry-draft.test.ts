import { expect } from '@open-wc/testing';
import {
  entryDraftModel,
  isBlankDraft,
  validateEntryDraft,
  type EntryDraft,
} from '../../src/core/entry-draft.js';

const draft = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({
  body: '',
  prompt: null,
  goodThings: [],
  hope: null,
  tagText: '',
  chime: [],
  date: '2026-11-20',
  editing: null,
  ...overrides,
});

describe('entry draft model', () => {
  it('accepts an empty draft and a full one', () => {
    expect(validateEntryDraft(draft())).to.deep.equal([]);
    const full = draft({
      body: 'half a thought',
      prompt: { id: 'p', text: 'A prompt' },
      goodThings: [
        { what: 'a', why: '' },
        { what: '', why: '' },
        { what: '', why: '' },
      ],
      hope: 5,
      tagText: 'walks,',
      chime: ['hope'],
      editing: { id: 'e1', rev: 'r1' },
    });
    expect(validateEntryDraft(full)).to.deep.equal([]);
    expect(entryDraftModel.kind).to.equal('entry-draft');
  });

  it('keeps the entry an edit started from, and still reads drafts kept without it', () => {
    const base = {
      body: 'As it was',
      prompt: null,
      goodThings: [],
      hope: 3,
      tags: ['walks'],
      chime: [],
      pinned: true,
      date: '2026-11-01',
      writtenAt: '2026-11-01T09:00:00.000Z',
    };
    expect(validateEntryDraft(draft({ editing: { id: 'e1', rev: 'r1', base } }))).to.deep.equal([]);
    expect(validateEntryDraft(draft({ editing: { id: 'e1', rev: 'r1' } }))).to.deep.equal([]);
    const broken = { ...draft(), editing: { id: 'e1', rev: 'r1', base: { ...base, hope: 'x' } } };
    expect(validateEntryDraft(broken).map((p) => p.path)).to.deep.equal(['editing']);
  });

  it('refuses a draft of the wrong shape', () => {
    const problems = validateEntryDraft({ ...draft(), hope: 12, chime: ['nope'], goodThings: 'x' });
    expect(problems.map((p) => p.path)).to.deep.equal(['goodThings', 'hope', 'chime']);
    expect(validateEntryDraft(undefined)).to.have.length(1);
  });

  it('refuses lists where it keeps objects', () => {
    expect(validateEntryDraft([])).to.deep.equal([{ path: '', code: 'invalid-type' }]);
    const lists = { ...draft(), prompt: [], goodThings: [[]], editing: [] };
    expect(validateEntryDraft(lists).map((p) => p.path)).to.deep.equal([
      'prompt',
      'goodThings',
      'editing',
    ]);
  });

  it('knows when a draft holds nothing typed or chosen', () => {
    expect(isBlankDraft(draft())).to.equal(true);
    expect(isBlankDraft(draft({ goodThings: [{ what: ' ', why: '' }] }))).to.equal(true);
    expect(isBlankDraft(draft({ body: 'x' }))).to.equal(false);
    expect(isBlankDraft(draft({ hope: 0 }))).to.equal(false);
    expect(isBlankDraft(draft({ editing: { id: 'a', rev: 'b' } }))).to.equal(false);
  });
});
