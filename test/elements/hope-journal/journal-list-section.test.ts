import { expect } from '@open-wc/testing';
import { hopeJournalStrings as strings } from '../../../src/elements/hope-journal/hope-journal.strings.js';
import { listStatus } from '../../../src/elements/hope-journal/journal-list-section.js';

describe('the journal list count (listStatus)', () => {
  it('says there are no entries, or none matching, only once everything was read', () => {
    expect(listStatus(strings, 0, 0, true)).to.equal(strings.noEntries);
    expect(listStatus(strings, 0, 3, true)).to.equal(strings.noMatches);
    expect(listStatus(strings, 0, 0, false)).to.not.equal(strings.noEntries);
  });

  it('counts what is shown, of how many, and says when older entries are still loading', () => {
    expect(listStatus(strings, 1, 1, true)).to.equal('1 entry');
    expect(listStatus(strings, 3, 3, true)).to.equal('3 entries');
    expect(listStatus(strings, 2, 5, true)).to.equal(strings.showing(2, 5));
    expect(listStatus(strings, 2, 5, false)).to.equal(
      `${strings.showing(2, 5)} ${strings.loadingMore}`,
    );
  });
});
