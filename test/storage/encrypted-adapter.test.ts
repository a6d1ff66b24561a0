import { expect } from '@open-wc/testing';
import type { RecordEnvelope } from '../../src/core/record.js';
import { unwrapDataKey, type WrappedKeys } from '../../src/storage/data-key.js';
import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import { seal } from '../../src/storage/record-cipher.js';
import { IndexedDbAdapter } from '../../src/storage/indexeddb-adapter.js';
import { MemoryAdapter, MemoryDatabase } from '../../src/storage/memory-adapter.js';
import type { StorageAdapter, StoredRecord } from '../../src/storage/storage-adapter.js';
import { deleteDatabase, uniqueNamespace } from '../helpers/stores.js';
import { draft, rejectionOf } from '../../src/testing/conformance-harness.js';
import { PASSPHRASE, sharedKeys, StopsAfter } from './encrypted-harness.js';
import { rawRequest } from './indexeddb-raw.js';

const MARKER = 'zebra-marker-7741';

/** Memory-backed adapters on one database: each call is another tab on the same namespace. */
function memoryTabs() {
  const database = new MemoryDatabase();
  const namespace = uniqueNamespace('encrypted');
  const made: EncryptedAdapter[] = [];
  const tab = (inner: StorageAdapter = new MemoryAdapter({ database })) => {
    const adapter = new EncryptedAdapter(inner, { namespace });
    made.push(adapter);
    return adapter;
  };
  /** A tab unlocked with the file's shared keys (seeded into the database first). */
  const unlockedTab = async () => {
    const { keys, recoveryCode } = await sharedKeys();
    if (!database.kinds.get('rk:keys')?.size)
      await new MemoryAdapter({ database }).importAll([keys], { mode: 'merge' });
    const adapter = tab();
    await adapter.unlockWithRecoveryCode(recoveryCode);
    await adapter.whenUnlocked();
    return adapter;
  };
  const raw = (kind: string, id: string) => database.kinds.get(kind)?.get(id) as RecordEnvelope;
  const close = () => Promise.all(made.map((adapter) => adapter.close()));
  return { database, namespace, tab, unlockedTab, raw, close };
}

const everyOperation = (adapter: StorageAdapter, stored: RecordEnvelope) => [
  adapter.get('note', stored.id),
  adapter.list('note'),
  adapter.count!('note'),
  adapter.put(draft('new'), null),
  adapter.put(draft(stored.id, 1, 'changed'), stored.rev),
  adapter.remove('note', stored.id, stored.rev),
  adapter.exportAll(),
  adapter.importAll([{ ...draft('imported'), rev: '1-a' }], { mode: 'merge' }),
];

describe('EncryptedAdapter', function () {
  // PBKDF2's 600,000 rounds are slow by design: more than mocha's 10 s on a busy machine.
  this.timeout(60_000);
  let tabs: ReturnType<typeof memoryTabs>;
  beforeEach(() => (tabs = memoryTabs()));
  afterEach(() => tabs.close());

  it('keeps no marker text anywhere in the raw IndexedDB rows after writing every kind', async () => {
    const namespace = uniqueNamespace('encrypted-scan');
    const adapter = new EncryptedAdapter(new IndexedDbAdapter({ namespace }), { namespace });
    try {
      const recoveryCode = await adapter.create(PASSPHRASE);
      await adapter.whenUnlocked();
      for (const kind of ['goal', 'reading', 'plan', 'entry', 'entry-draft', 'draft']) {
        const first = await adapter.put(
          { ...draft(`${kind}-1`), kind, data: { text: `${MARKER} ${kind}`, list: [MARKER] } },
          null,
        );
        await adapter.put({ ...first, data: { notes: `${MARKER} again` } }, first.rev);
      }
      await adapter.importAll([{ ...draft('imported', 2, MARKER), rev: '3-abc' }], {
        mode: 'merge',
      });
      const journal = await adapter.draftSealing.seal(`${MARKER} unsaved typing`);
      const rows = await rawRequest(`recovery-kit:${namespace}`, 'readonly', (store) =>
        store.getAll(),
      );
      const bytes = JSON.stringify(rows) + journal;
      expect(rows.length).to.equal(8);
      expect(bytes).to.not.include(MARKER);
      expect(bytes).to.not.include(PASSPHRASE);
      expect(bytes.replace(/-/g, '')).to.not.include(recoveryCode.replace(/-/g, ''));
      expect((await adapter.get('goal', 'goal-1')) as RecordEnvelope).to.deep.include({
        data: { notes: `${MARKER} again` },
      });
    } finally {
      await adapter.close();
      await deleteDatabase(`recovery-kit:${namespace}`);
    }
  });

  it('never repeats an IV in 10,000 writes', async () => {
    const adapter = await tabs.unlockedTab();
    const ivs = new Set<string>();
    const revs = new Map<string, string | null>();
    for (let write = 0; write < 10_000; write += 1) {
      const id = `r${write % 100}`;
      const stored = await adapter.put(draft(id, 1, `write ${write}`), revs.get(id) ?? null);
      revs.set(id, stored.rev);
      ivs.add((tabs.raw('note', id).data as { iv: string }).iv);
    }
    expect(ivs.size).to.equal(10_000);
  });

  it('refuses a ciphertext moved to another record, or an older revision put back, as corrupt and never writes over it', async () => {
    const adapter = await tabs.unlockedTab();
    const a = await adapter.put(draft('a', 1, 'about a'), null);
    const b = await adapter.put(draft('b', 1, 'about b'), null);
    const aFirst = structuredClone(tabs.raw('note', 'a'));
    await adapter.put(draft('a', 1, 'a, later'), a.rev);

    tabs.database.kind('note').set('b', { ...tabs.raw('note', 'b'), data: aFirst.data });
    const movedRow = structuredClone(tabs.raw('note', 'b'));
    expect(await adapter.get('note', 'b')).to.deep.include({ corrupt: true, id: 'b' });
    expect((await rejectionOf(adapter.put(draft('b'), b.rev))).code).to.equal('corrupt');
    expect((await rejectionOf(adapter.remove('note', 'b', b.rev))).code).to.equal('corrupt');
    expect(tabs.raw('note', 'b')).to.deep.equal(movedRow);

    tabs.database.kind('note').set('a', { ...tabs.raw('note', 'a'), data: aFirst.data });
    expect(await adapter.get('note', 'a')).to.deep.include({ corrupt: true, id: 'a' });
    const listed = (await adapter.list('note')).records.map((record) => 'corrupt' in record);
    expect(listed).to.deep.equal([true, true]);
  });

  it('refuses a ciphertext shown as any other revision, the same write counter included', async () => {
    const adapter = await tabs.unlockedTab();
    const first = await adapter.put(draft('a', 1, 'first words'), null);
    const second = await adapter.put(draft('a', 1, 'second words'), first.rev);
    const row = structuredClone(tabs.raw('note', 'a'));
    const [counter, random] = second.rev.split('-');
    for (const rev of [`${counter}-00000000`, `${counter}-${random}0`, `3-${random}`, first.rev]) {
      tabs.database.kind('note').set('a', { ...row, rev });
      expect(await adapter.get('note', 'a'), rev).to.deep.include({ corrupt: true, id: 'a' });
    }
    tabs.database.kind('note').set('a', row);
    expect(await adapter.get('note', 'a')).to.deep.equal(second);
  });

  it('refuses an adapter that would choose its own revisions, before anything is written', () => {
    const inner = new MemoryAdapter();
    const ownRevisions = new Proxy(inner, {
      get: (target, property) =>
        property === 'storesChosenRevision' ? false : Reflect.get(target, property, target),
    });
    expect(() => new EncryptedAdapter(ownRevisions)).to.throw(TypeError, /storesChosenRevision/);
  });

  it('rejects every read and write with locked while locked, and a wrong passphrase changes nothing', async () => {
    const adapter = tabs.tab();
    await adapter.create(PASSPHRASE);
    const stored = await adapter.put(draft('a', 1, 'kept'), null);
    adapter.lock();
    expect(adapter.isLocked()).to.equal(true);
    const before = structuredClone([...tabs.database.kinds]);
    const wrong = await rejectionOf(adapter.unlock('not the passphrase'));
    expect(wrong.code).to.equal('locked');
    expect(adapter.isLocked()).to.equal(true);
    const results = await Promise.allSettled(everyOperation(adapter, stored));
    expect(
      results.map((result) => result.status === 'rejected' && result.reason.code),
    ).to.deep.equal(Array(8).fill('locked'));
    await rejectionOf(adapter.draftSealing.seal('typing')).then((error) =>
      expect(error.code).to.equal('locked'),
    );
    expect([...tabs.database.kinds]).to.deep.equal(before);
  });

  it('waits in open() until unlocked, then tells the tools to load again', async () => {
    const adapter = tabs.tab();
    await adapter.create(PASSPHRASE);
    adapter.lock();
    const heard: string[] = [];
    adapter.subscribe((change) => heard.push(change.type));
    let opened = false;
    const opening = adapter.open().then(() => (opened = true));
    await new Promise((resolve) => setTimeout(resolve));
    expect(opened).to.equal(false);
    await adapter.unlock(PASSPHRASE);
    await opening;
    expect(heard).to.deep.equal(['import']);
  });

  it('opens the same data after a passphrase change, with the recovery code, and after a reset', async () => {
    const first = tabs.tab();
    const recoveryCode = await first.create(PASSPHRASE);
    expect(recoveryCode).to.match(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/);
    const stored = await first.put(draft('a', 1, 'the same words'), null);
    const rowBefore = structuredClone(tabs.raw('note', 'a'));
    await first.changePassphrase(PASSPHRASE, 'a new passphrase');
    expect(tabs.raw('note', 'a')).to.deep.equal(rowBefore);

    const second = tabs.tab();
    expect((await rejectionOf(second.unlock(PASSPHRASE))).code).to.equal('locked');
    await second.unlock('a new passphrase');
    expect(await second.get('note', 'a')).to.deep.equal(stored);

    const third = tabs.tab();
    await third.unlockWithRecoveryCode(recoveryCode.toLowerCase().replace(/-/g, ' '));
    expect(await third.get('note', 'a')).to.deep.equal(stored);
    expect((await rejectionOf(tabs.tab().unlockWithRecoveryCode('0000-0000'))).code).to.equal(
      'locked',
    );

    const fourth = tabs.tab();
    await fourth.resetPassphrase(recoveryCode, 'chosen after forgetting');
    expect(await fourth.get('note', 'a')).to.deep.equal(stored);
    const fifth = tabs.tab();
    await fifth.unlock('chosen after forgetting');
    expect(await fifth.get('note', 'a')).to.deep.equal(stored);
    expect(tabs.raw('note', 'a')).to.deep.equal(rowBefore);
  });

  it('locks every tab on the namespace at once', async () => {
    const one = await tabs.unlockedTab();
    const two = await tabs.unlockedTab();
    const stored = await one.put(draft('a'), null);
    const twoLocked = new Promise<boolean>((resolve) => two.onLockChange(resolve));
    one.lock();
    expect(await twoLocked).to.equal(true);
    expect(two.isLocked()).to.equal(true);
    expect((await rejectionOf(two.get('note', stored.id))).code).to.equal('locked');
  });

  it('seals the unsaved-typing journal with the data key, bound to the namespace', async () => {
    const adapter = await tabs.unlockedTab();
    const sealed = await adapter.draftSealing.seal('half a sentence');
    expect(sealed).to.not.include('half');
    expect(await adapter.draftSealing.open(sealed)).to.equal('half a sentence');
    const elsewhere = new EncryptedAdapter(new MemoryAdapter({ database: tabs.database }), {
      namespace: `${tabs.namespace}-other`,
    });
    await elsewhere.unlockWithRecoveryCode((await sharedKeys()).recoveryCode);
    expect((await rejectionOf(elsewhere.draftSealing.open(sealed))).code).to.equal('corrupt');
    expect((await rejectionOf(adapter.draftSealing.open(`${sealed}A`))).code).to.equal('corrupt');
    adapter.lock();
    expect((await rejectionOf(adapter.draftSealing.open(sealed))).code).to.equal('locked');
  });

  it('erases the wrapped keys with everything else, even while locked', async () => {
    const adapter = tabs.tab();
    await adapter.create(PASSPHRASE);
    await adapter.put(draft('a'), null);
    await adapter.purgeAll();
    expect([...tabs.database.kinds.values()].every((records) => records.size === 0)).to.equal(true);
    expect(await tabs.tab().hasPassphrase()).to.equal(false);

    // Still unlocked here: the next write stores the same keys again before any record.
    await adapter.put(draft('b'), null);
    const other = tabs.tab();
    await other.unlock(PASSPHRASE);
    expect((await other.get('note', 'b')) as RecordEnvelope).to.deep.include({ id: 'b' });

    other.lock();
    await other.purgeAll();
    expect(await other.hasPassphrase()).to.equal(false);
    expect([...tabs.database.kinds.values()].every((records) => records.size === 0)).to.equal(true);
  });

  it('keeps the wrapped keys through a replacing import, so a reload still opens the data', async () => {
    const adapter = tabs.tab();
    await adapter.create(PASSPHRASE);
    await adapter.put(draft('before'), null);
    const incoming = { ...draft('from-backup', 2, 'restored words'), rev: '4-abc' };
    await adapter.importAll([incoming], { mode: 'replace' });
    const reloaded = tabs.tab();
    await reloaded.unlock(PASSPHRASE);
    expect(await reloaded.exportAll()).to.deep.equal([incoming]);
  });

  describe('turning encryption on and off (a reload part-way resumes)', () => {
    async function plainRecords(count: number): Promise<RecordEnvelope[]> {
      const plain = new MemoryAdapter({ database: tabs.database });
      const records: RecordEnvelope[] = [];
      for (let index = 0; index < count; index += 1)
        records.push(await plain.put(draft(`n${index}`, 1, `${MARKER} ${index}`), null));
      const removed = await plain.put(draft('gone'), null);
      await plain.remove('note', 'gone', removed.rev);
      return records;
    }
    const readable = (records: StoredRecord[]) =>
      records
        .filter((record) => !('deleted' in record && record.deleted))
        .map((record) => (record as RecordEnvelope).data)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

    it('encrypts every record already stored, resuming after a reload part-way', async () => {
      const records = await plainRecords(12);
      const interrupted = tabs.tab(
        new StopsAfter(new MemoryAdapter({ database: tabs.database }), 6),
      );
      const recoveryCode = await interrupted.create(PASSPHRASE);
      await interrupted.whenUnlocked();
      const rows = () => records.map((record) => tabs.raw('note', record.id));
      const sealedCount = () => rows().filter((row) => (row.data as { sealed?: 1 }).sealed).length;
      expect(sealedCount()).to.equal(5);
      expect(readable(await interrupted.exportAll())).to.deep.equal(readable(records));

      const reloaded = tabs.tab();
      await reloaded.unlockWithRecoveryCode(recoveryCode);
      await reloaded.whenUnlocked();
      expect(sealedCount()).to.equal(12);
      expect(JSON.stringify([...tabs.database.kinds])).to.not.include(MARKER);
      expect(readable(await reloaded.exportAll())).to.deep.equal(readable(records));
      expect((tabs.raw('rk:keys', 'data-key').data as { migration?: string }).migration).to.equal(
        undefined,
      );
      tabs.database.kind('note').set('n0', { ...tabs.raw('note', 'n0'), data: { text: 'plain' } });
      expect(await reloaded.get('note', 'n0')).to.deep.include({ corrupt: true });
    });

    it('seals records of the former format (write counter and update time bound) again, resuming after a reload part-way', async () => {
      const { keys, recoveryCode } = await sharedKeys();
      const wrapped = keys as RecordEnvelope<WrappedKeys>;
      const dataKey = await unwrapDataKey(wrapped.data, { recoveryCode });
      const { migration: _on, recordFormat: _two, ...formerKeys } = wrapped.data;
      const records = Array.from({ length: 8 }, (_, index) => ({
        ...draft(`f${index}`, 1, `${MARKER} ${index}`),
        rev: `2-0000000${index}`,
      }));
      const former = await Promise.all(
        records.map(async (record) => {
          const context = ['recovery-kit record 1', tabs.namespace, 'note', record.id, '2'];
          const sealed = await seal(
            dataKey,
            [...context, record.updatedAt],
            JSON.stringify(record.data),
          );
          return { ...record, data: { sealed: 1, ...sealed } };
        }),
      );
      await new MemoryAdapter({ database: tabs.database }).importAll(
        [{ ...wrapped, data: formerKeys }, ...former],
        { mode: 'merge' },
      );
      const formatCount = (format: number) =>
        records.filter(
          (record) => (tabs.raw('note', record.id).data as { sealed: number }).sealed === format,
        ).length;

      const interrupted = tabs.tab(
        new StopsAfter(new MemoryAdapter({ database: tabs.database }), 3),
      );
      await interrupted.unlockWithRecoveryCode(recoveryCode);
      await interrupted.whenUnlocked();
      expect(formatCount(2)).to.equal(3);
      expect(readable(await interrupted.exportAll())).to.deep.equal(readable(records));

      const reloaded = tabs.tab();
      await reloaded.unlockWithRecoveryCode(recoveryCode);
      await reloaded.whenUnlocked();
      expect(formatCount(2)).to.equal(8);
      expect(readable(await reloaded.exportAll())).to.deep.equal(readable(records));
      expect(tabs.raw('rk:keys', 'data-key').data).to.deep.include({ recordFormat: 2 });
      tabs.database.kind('note').set('f0', former[0]);
      expect(await reloaded.get('note', 'f0')).to.deep.include({ corrupt: true });
    });

    it('decrypts every record in place when turned off, resuming after a reload part-way', async () => {
      const records = await plainRecords(10);
      const adapter = tabs.tab();
      await adapter.create(PASSPHRASE);
      await adapter.whenUnlocked();
      const interrupted = tabs.tab(
        new StopsAfter(new MemoryAdapter({ database: tabs.database }), 5),
      );
      await interrupted.unlock(PASSPHRASE);
      await interrupted.whenUnlocked();
      const plainCount = () =>
        records.filter((record) => !(tabs.raw('note', record.id).data as { sealed?: 1 }).sealed)
          .length;
      expect((await rejectionOf(interrupted.removeEncryption('not it'))).code).to.equal('locked');
      expect(plainCount()).to.equal(0);
      expect((await rejectionOf(interrupted.removeEncryption(PASSPHRASE))).code).to.equal(
        'unavailable',
      );
      expect(plainCount()).to.equal(4);

      const reloaded = tabs.tab();
      const locked = new Promise((resolve) => reloaded.onLockChange((is) => is && resolve(is)));
      await reloaded.unlock(PASSPHRASE);
      await locked;
      expect(plainCount()).to.equal(10);
      expect(await reloaded.hasPassphrase()).to.equal(false);
      const plain = new MemoryAdapter({ database: tabs.database });
      expect(readable(await plain.exportAll())).to.deep.equal(readable(records));
    });
  });
});
