import { expect, waitUntil } from '@open-wc/testing';
import { draft } from '../../src/testing/conformance-harness.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import type { StorageChange } from '../../src/storage/storage-adapter.js';
import { editApart } from './edit-apart.js';
import { closeDevices, contents, device, newPerson, syncServer } from './sync-devices.js';

const plan = (id: string, data: Record<string, unknown>) => ({ ...draft(id), kind: 'plan', data });

describe('sync between two devices (real server)', () => {
  afterEach(closeDevices);

  it('a change on one device appears on the other, in its change feed', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const heard: StorageChange[] = [];
    laptop.adapter.subscribe((change) => heard.push(change));
    const saved = await phone.adapter.put(draft('a', 1, 'Walk to the park'), null);
    await phone.client.syncNow();
    expect(phone.client.status).to.include({ state: 'synced', pending: 0 });
    await laptop.client.syncNow();
    expect(await laptop.adapter.get('note', 'a')).to.deep.equal(saved);
    expect(laptop.client.status).to.include({ state: 'synced', pending: 0 });
    expect(heard).to.deep.include({
      type: 'put',
      kind: 'note',
      id: 'a',
      rev: saved.rev,
      origin: 'other-tab',
    });

    const removed = await laptop.adapter.remove('note', 'a', saved.rev);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    // A removal carries no body: the phone keeps the server's time of it.
    const tombstone = await phone.adapter.get('note', 'a');
    expect({ ...tombstone, updatedAt: undefined }).to.deep.equal({
      ...removed,
      updatedAt: undefined,
    });
  });

  it('does not hear its own pushed records back as changes (own echo)', async () => {
    const phone = await device(newPerson());
    const saved = await phone.adapter.put(draft('a'), null);
    await phone.client.syncNow();
    const heard: StorageChange[] = [];
    phone.adapter.subscribe((change) => heard.push(change));
    await phone.adapter.outbox.setCheckpoint(0);
    await phone.client.syncNow();
    expect(heard).to.deep.equal([]);
    expect(await phone.adapter.get('note', 'a')).to.deep.equal(saved);
  });

  it('both offline, both edit, both come back: they converge and nothing is lost', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const first = await phone.adapter.put(
      plan('g', { title: 'Sleep better', notes: 'Start', done: false }),
      null,
    );
    await editApart([phone, laptop], async () => {
      await phone.adapter.put(
        { ...first, data: { ...(first.data as object), notes: 'Start\nNo screens after ten' } },
        first.rev,
      );
      await phone.adapter.put(draft('only-phone', 2, 'Phone note'), null);
      await laptop.adapter.put(
        { ...first, data: { ...(first.data as object), title: 'Sleep well', done: true } },
        first.rev,
      );
      await laptop.adapter.put(draft('only-laptop', 3, 'Laptop note'), null);
      await phone.client.syncNow();
      expect(phone.client.status).to.include({ state: 'offline', pending: 2 });
    });

    const phoneHas = await contents(phone.adapter);
    expect(phoneHas).to.deep.equal(await contents(laptop.adapter));
    expect(phoneHas['plan/g']).to.deep.equal({
      title: 'Sleep well',
      notes: 'Start\nNo screens after ten',
      done: true,
    });
    expect(Object.keys(phoneHas)).to.have.members([
      'plan/g',
      'note/only-phone',
      'note/only-laptop',
    ]);
    expect(await phone.adapter.outbox.count()).to.equal(0);
    expect(await laptop.adapter.outbox.count()).to.equal(0);
  });

  it('keeps both texts when the same text was changed on both devices, and says so', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const first = await phone.adapter.put(draft('a', 1, 'I felt calm'), null);
    await editApart([phone, laptop], async () => {
      await phone.adapter.put(draft('a', 1, 'I felt calm at the park'), first.rev);
      await laptop.adapter.put(draft('a', 1, 'I felt calm with Sam'), first.rev);
    });
    const text = ((await laptop.adapter.get('note', 'a')) as RecordEnvelope<{ text: string }>).data
      .text;
    expect(text).to.equal('I felt calm with Sam\n\nI felt calm at the park');
    expect(await contents(phone.adapter)).to.deep.equal(await contents(laptop.adapter));
    expect(laptop.client.status.keptBoth).to.equal(1);
  });

  it('an edit beats a removal made elsewhere meanwhile', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const first = await phone.adapter.put(draft('a', 1, 'Keep me'), null);
    await phone.client.syncNow();
    await laptop.client.syncNow();
    await phone.adapter.remove('note', 'a', first.rev);
    await phone.client.syncNow();
    await laptop.adapter.put(draft('a', 1, 'Keep me, edited'), first.rev);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    for (const one of [phone, laptop])
      expect(await contents(one.adapter)).to.deep.equal({
        'note/a': { text: 'Keep me, edited', day: '2026-01-01' },
      });
  });

  it('keeps the outbox through a reload and pushes it then', async () => {
    const person = newPerson();
    const phone = await device(person);
    phone.network.online = false;
    await phone.adapter.put(draft('a', 1, 'Written offline'), null);
    await phone.client.syncNow();
    phone.client.stop();
    await phone.adapter.close();

    const reloaded = await device(person, { namespace: phone.namespace });
    expect(await reloaded.adapter.outbox.count()).to.equal(1);
    await reloaded.client.syncNow();
    const laptop = await device(person);
    await laptop.client.syncNow();
    expect(await contents(laptop.adapter)).to.deep.equal({
      'note/a': { text: 'Written offline', day: '2026-01-01' },
    });
  });

  it('asks the host for a new token once after a 401, then says sign in again and keeps working here', async () => {
    const person = newPerson();
    const asked: boolean[] = [];
    const renewed = await device(person, {
      auth: ({ refresh }) => (asked.push(refresh), refresh ? `dev:${person}` : 'expired'),
    });
    await renewed.adapter.put(draft('a'), null);
    await renewed.client.syncNow();
    expect(asked).to.deep.equal([false, true]);
    expect(renewed.client.status.state).to.equal('synced');

    const refused: boolean[] = [];
    const signedOut = await device(person, {
      auth: ({ refresh }) => (refused.push(refresh), 'forged'),
    });
    await signedOut.client.syncNow();
    expect(signedOut.client.status.state).to.equal('signed-out');
    expect(refused).to.deep.equal([false, true]);
    await signedOut.adapter.put(draft('b'), null);
    await signedOut.client.syncNow();
    expect(refused, 'no request while signed out').to.have.length(2);
    expect(signedOut.client.status.pending).to.equal(1);
    expect(await signedOut.adapter.get('note', 'b')).to.include({ id: 'b' });
  });

  it('syncs by itself when the server says something changed (event stream read with fetch)', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person, { live: true });
    await laptop.client.start();
    expect(laptop.client.status.state).to.equal('synced');
    await phone.adapter.put(draft('a', 1, 'Poke'), null);
    await phone.client.syncNow();
    await waitUntil(
      async () => (await laptop.adapter.get('note', 'a')) !== undefined,
      'the laptop pulled after the poke',
    );
  });

  it('refuses a sync URL that is not https (or http to this machine)', async () => {
    const url = await syncServer();
    expect(url.startsWith('http://127.0.0.1:')).to.equal(true);
    let error: unknown;
    try {
      await device(newPerson(), { url: 'http://sync.example.org' });
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.match(/must use https/);
  });
});
