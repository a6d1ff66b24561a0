// The one word the save status shows follows from what the StoreController knows: a
// failure first, and "saved" only when nothing is being written and no typing waits.
import { expect } from '@open-wc/testing';
import { storeState, type StoreFacts } from '../../../src/elements/controllers/store-state.js';

const calm: StoreFacts = { failed: false, open: true, writing: false, typing: 'none', saved: true };

describe('storeState', () => {
  it('says saved only when the store is open, nothing is written and no typing waits', () => {
    expect(storeState(calm)).to.equal('saved');
    expect(storeState({ ...calm, saved: false }), 'nothing saved yet this visit').to.equal('ready');
  });

  it('never says saved while a write runs or typing waits for its autosave or the person', () => {
    expect(storeState({ ...calm, writing: true })).to.equal('saving');
    expect(storeState({ ...calm, typing: 'saving' })).to.equal('saving');
    expect(storeState({ ...calm, typing: 'unsaved' })).to.equal('unsaved');
    expect(storeState({ ...calm, writing: true, typing: 'unsaved' }), 'a write runs').to.equal(
      'saving',
    );
  });

  it('shows a failure before anything else, and connecting until the store is open', () => {
    expect(storeState({ ...calm, failed: true, writing: true, typing: 'unsaved' })).to.equal(
      'error',
    );
    expect(storeState({ ...calm, failed: true, open: false })).to.equal('error');
    expect(storeState({ ...calm, open: false, typing: 'unsaved' })).to.equal('connecting');
  });
});
