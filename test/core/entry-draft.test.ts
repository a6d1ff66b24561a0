import { expect } from '@open-wc/testing';
import {
  blankDraft,
  draftOfEntry,
  editOfDraft,
  entryDraftModel,
  withoutPrompt,
  isBlankDraft,
  validateEntryDraft,
  type EntryDraft,
} from '../../src/core/entry-draft.js';

const draft = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({
  ...blankDraft(),
  date: '2026-11-20',
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

describe('entry draft operations', () => {
  it('opens a saved entry as a draft and gives back the same edit', () => {
    const entry = {
      body: 'A walk',
      prompt: null,
      goodThings: [{ what: 'Sun', why: 'warm' }],
      hope: 6,
      tags: ['walks', 'Sam'],
      chime: ['hope' as const],
      pinned: true,
      date: '2026-11-01',
      writtenAt: '2026-11-01T10:00:00.000Z',
    };
    const opened = draftOfEntry('e1', '1-a', entry);
    expect(opened.goodThings).to.have.length(3);
    expect(opened.tagText).to.equal('walks, Sam');
    expect(opened.editing).to.deep.equal({ id: 'e1', rev: '1-a', base: entry });
    const { pinned: _pinned, writtenAt: _writtenAt, ...edit } = entry;
    expect(editOfDraft(opened)).to.deep.equal(edit);
  });

  it('moves the good things into the body when the prompt is dropped', () => {
    const three = draft({
      body: 'Today',
      prompt: { id: 'p', text: 'Three good things' },
      goodThings: [
        { what: 'Tea', why: 'calm' },
        { what: '', why: '' },
        { what: 'Rain', why: '' },
      ],
    });
    expect(withoutPrompt(three)).to.deep.equal({
      prompt: null,
      goodThings: [],
      body: 'Today\nTea - calm\nRain',
    });
  });
});
