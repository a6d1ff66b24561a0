import { expect } from '@open-wc/testing';
import { PlainEraNote } from '../../src/sync/plain-era-note.js';
import { cleanupStores, createTestStore } from '../helpers/stores.js';

afterEach(cleanupStores);

describe('PlainEraNote', () => {
  it('two notes made at once (the lock and a tool, or two tabs) both succeed: one note', async () => {
    const { adapter } = await createTestStore('plain-era-note');
    const first = new PlainEraNote(adapter);
    const second = new PlainEraNote(adapter);
    await Promise.all([first.note(true), second.note(true)]);
    expect(await first.noted()).to.equal(true);

    await Promise.all([first.note(false), second.note(false)]);
    expect(await second.noted()).to.equal(false);
  });
});
