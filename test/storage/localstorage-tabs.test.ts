/**
 * Two real tabs (two renderers, each with its own copy of localStorage) racing on one
 * record: compare-and-set must hold across tabs, not only inside one page (RELIABILITY 1).
 */
import { expect } from '@open-wc/testing';
import type { RecordEnvelope } from '../../src/core/record.js';
import { LocalStorageAdapter } from '../../src/storage/localstorage-adapter.js';
import { isStorageError } from '../../src/storage/storage-error.js';
import { openBrowserTab, startAt, type BrowserTab, type TabReply } from '../helpers/browser-tab.js';
import { uniqueNamespace } from '../helpers/stores.js';
import { draft } from '../../src/testing/conformance-harness.js';

const RACES = 40;

/** Tab one's outcome, shaped like the other tab's reply. */
async function outcome(work: Promise<RecordEnvelope>): Promise<TabReply> {
  try {
    return { type: 'reply', call: 0, ok: true, value: await work };
  } catch (error) {
    if (!isStorageError(error)) throw error;
    return { type: 'reply', call: 0, ok: false, code: error.code, current: error.details.current };
  }
}

describe('LocalStorageAdapter in two real tabs', () => {
  let tab: BrowserTab;
  let namespace: string;
  let adapter: LocalStorageAdapter;

  beforeEach(async () => {
    tab = await openBrowserTab();
    namespace = uniqueNamespace('ls-tabs');
    adapter = new LocalStorageAdapter({ namespace });
  });
  afterEach(async () => {
    await tab.close();
    await adapter.purgeAll();
    await adapter.close();
  });

  /** Runs `mine` here and the same call in the other tab, both starting at one moment. */
  async function race(
    method: 'put',
    args: unknown[],
    mine: () => Promise<RecordEnvelope>,
  ): Promise<TabReply[]> {
    const at = Date.now() + 40;
    const theirs = tab.call({ namespace, method, args, at });
    await startAt(at);
    return Promise.all([outcome(mine()), theirs]);
  }

  /** Exactly one of two outcomes won; the other is a conflict carrying the winner. */
  function expectOneWinner(outcomes: TabReply[]): RecordEnvelope {
    const won = outcomes.filter((reply) => reply.ok);
    const lost = outcomes.filter((reply) => !reply.ok);
    expect(won, 'winners').to.have.length(1);
    expect(lost.map((reply) => !reply.ok && reply.code)).to.deep.equal(['conflict']);
    const winner = (won[0] as { value: RecordEnvelope }).value;
    return winner;
  }

  it(`lets exactly one of two tabs win each of ${RACES} writes with the same expected revision`, async () => {
    const bases = [];
    for (let index = 0; index < RACES; index += 1) {
      bases.push(await adapter.put(draft(`r${index}`), null));
    }
    // The other tab sees every base record before the races start.
    for (const base of bases) {
      let seen: TabReply;
      do seen = await tab.call({ namespace, method: 'get', args: ['note', base.id], at: 0 });
      while (!seen.ok || (seen.value as RecordEnvelope | undefined)?.rev !== base.rev);
    }
    let winners = 0;
    for (const base of bases) {
      const winner = expectOneWinner(
        await race('put', [draft(base.id, 1, 'from tab two'), base.rev], () =>
          adapter.put(draft(base.id, 1, 'from tab one'), base.rev),
        ),
      );
      expect(await adapter.get('note', base.id)).to.deep.equal(winner);
      winners += 1;
    }
    expect(winners).to.equal(RACES);
  });

  it(`lets exactly one of two tabs create the same id, ${RACES} times`, async () => {
    for (let index = 0; index < RACES; index += 1) {
      const id = `c${index}`;
      const winner = expectOneWinner(
        await race('put', [draft(id, 1, 'from tab two'), null], () =>
          adapter.put(draft(id, 1, 'from tab one'), null),
        ),
      );
      expect(await adapter.get('note', id)).to.deep.equal(winner);
    }
  });
});
