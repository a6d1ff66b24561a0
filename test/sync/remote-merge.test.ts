import { expect } from '@open-wc/testing';
import { createGoal } from '../../src/core/goal.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { resolveRemote } from '../../src/sync/remote-merge.js';

const at = '2026-01-01T10:00:00.000Z';
const record = (kind: string, rev: string, data: unknown, deleted = false): RecordEnvelope => ({
  kind,
  id: 'x',
  rev,
  schemaVersion: 1,
  createdAt: at,
  updatedAt: at,
  data: deleted ? null : data,
  ...(deleted ? { deleted: true } : {}),
});

describe('resolving a record changed here and on the server', () => {
  it('merges goals with the editing core: a step added on each side keeps both, the same title changed keeps both', () => {
    const base = createGoal({ title: 'Walk', chime: ['connectedness'] });
    const mine = {
      ...base,
      title: 'Walk daily',
      steps: [{ id: 's1', text: 'Shoes', done: false, doneAt: null }],
    };
    const theirs = {
      ...base,
      title: 'Walk with Sam',
      steps: [{ id: 's2', text: 'Ask Sam', done: false, doneAt: null }],
    };
    const resolution = resolveRemote(
      record('goal', '1-a', base),
      record('goal', '2-b', mine),
      record('goal', '2-c', theirs),
    );
    expect(resolution.take).to.equal('merged');
    const merged = resolution as { data: typeof base; keptBoth: boolean };
    expect(merged.keptBoth).to.equal(true);
    expect(merged.data.title).to.equal('Walk daily / Walk with Sam');
    expect(merged.data.steps.map((step) => step.id)).to.have.members(['s1', 's2']);
  });

  it('lets an edit beat a removal on either side, and two removals agree', () => {
    const base = record('note', '1-a', { text: 'a' });
    const edited = record('note', '2-b', { text: 'b' });
    const removed = record('note', '2-c', null, true);
    expect(resolveRemote(base, edited, removed)).to.deep.equal({ take: 'mine', aside: false });
    expect(resolveRemote(base, removed, edited)).to.deep.equal({ take: 'theirs' });
    expect(resolveRemote(base, removed, record('note', '2-d', null, true))).to.deep.equal({
      take: 'theirs',
    });
  });

  it('keeps both texts of a kind without a merge of its own, and sets aside what cannot be merged', () => {
    const base = record('plan', '1-a', { calm: 'Tea', signs: ['tired'] });
    const mine = record('plan', '2-b', { calm: 'Tea and music', signs: ['tired'] });
    const theirs = record('plan', '2-c', { calm: 'Tea in the garden', signs: ['tired'] });
    expect(resolveRemote(base, mine, theirs)).to.deep.equal({
      take: 'merged',
      data: { calm: 'Tea and music\n\nTea in the garden', signs: ['tired'] },
      keptBoth: true,
    });
    const listsBoth = record('plan', '2-d', { calm: 'Tea', signs: ['not sleeping'] });
    expect(
      resolveRemote(base, record('plan', '2-e', { calm: 'Tea', signs: ['quiet'] }), listsBoth),
    ).to.deep.equal({
      take: 'mine',
      aside: true,
    });
  });

  it('never merges encrypted data (it is bound to its revision): keeps this version and sets the other aside', () => {
    const sealed = (ct: string) => ({ sealed: 1, iv: 'AAAAAAAAAAAAAAAA', ct });
    const resolution = resolveRemote(
      record('goal', '1-a', sealed('base')),
      record('goal', '2-b', sealed('mine')),
      record('goal', '2-c', sealed('theirs')),
    );
    expect(resolution).to.deep.equal({ take: 'mine', aside: true });
  });

  it('keeps both versions when the kind merge cannot read the data', () => {
    const resolution = resolveRemote(
      record('goal', '1-a', { title: 'no lists' }),
      record('goal', '2-b', { title: 'mine' }),
      record('goal', '2-c', { title: 'theirs' }),
    );
    expect(resolution).to.deep.equal({ take: 'mine', aside: true });
  });
});
