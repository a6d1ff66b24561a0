import { expect, waitUntil } from '@open-wc/testing';
import { draft } from '../../src/testing/conformance-harness.js';
import type { StorageChange } from '../../src/storage/storage-adapter.js';
import { OUTBOX_KIND, STATE_KIND } from '../../src/sync/outbox.js';
import { closeDevices, contents, device, newPerson, syncServer } from './sync-devices.js';

/** What the server holds for `person`, read as a fresh device would. */
async function onServer(person: string) {
  const response = await fetch(`${await syncServer()}/v1/sync/pull?since=0&limit=1000`, {
    headers: { Authorization: `Bearer dev:${person}` },
  });
  return (await response.json()) as { records: { id: string }[]; erased?: { seq: number } };
}

describe('erase on a synced device (real server)', () => {
  afterEach(closeDevices);

  it('erases here at once, then on the server, and the other device erases when it next syncs', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    await phone.adapter.put(draft('a', 1, 'private words'), null);
    await phone.client.syncNow();
    await laptop.client.syncNow();
    expect(Object.keys(await contents(laptop.adapter))).to.deep.equal(['note/a']);
    const heard: StorageChange[] = [];
    laptop.adapter.subscribe((change) => heard.push(change));

    await phone.adapter.purgeAll();
    expect(await contents(phone.adapter)).to.deep.equal({});
    await phone.client.syncNow();
    const server = await onServer(person);
    expect(server.records).to.deep.equal([]);
    expect(server.erased?.seq).to.be.a('number');
    expect(phone.client.status).to.include({ state: 'synced', pending: 0 });

    await laptop.client.syncNow();
    expect(await contents(laptop.adapter)).to.deep.equal({});
    expect(heard.map((change) => change.type)).to.include('purge');
    expect(await laptop.adapter.outbox.checkpoint()).to.equal(server.erased!.seq);

    // Both carry on from the server's checkpoint: new records sync as before.
    const fresh = await laptop.adapter.put(draft('b', 2, 'after the erase'), null);
    await laptop.client.syncNow();
    await phone.client.syncNow();
    expect(await phone.adapter.get('note', 'b')).to.deep.equal(fresh);
    expect((await onServer(person)).records.map((record) => record.id)).to.deep.equal(['b']);
  });

  it('the round a purge starts by itself sends the erase (it waits for the erase note)', async () => {
    const person = newPerson();
    const phone = await device(person);
    await phone.adapter.put(draft('a', 1, 'private words'), null);
    await phone.client.start();

    await phone.adapter.purgeAll();
    // No syncNow here: the purge's own change starts the round that must tell the server.
    await waitUntil(
      async () => (await onServer(person)).erased !== undefined,
      'the server was never told',
    );
    expect((await onServer(person)).records).to.deep.equal([]);
  });

  it('offline: keeps the erase pending across a reload and sends it before any push', async () => {
    const person = newPerson();
    const phone = await device(person);
    await phone.adapter.put(draft('a', 1, 'before'), null);
    await phone.client.syncNow();
    phone.network.online = false;
    await phone.adapter.purgeAll();
    const after = await phone.adapter.put(draft('c', 3, 'written after the erase'), null);
    await phone.client.syncNow();
    expect(phone.client.status.state).to.equal('offline');
    expect(await phone.adapter.erasure.state()).to.deep.equal({ seen: 0, pending: true });
    phone.client.stop();

    // A reload: a new client on the same database, back online.
    const requests: string[] = [];
    const again = await device(person, {
      namespace: phone.namespace,
      fetch: (input, init) => {
        requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      },
    });
    await again.client.syncNow();
    expect(requests.slice(0, 2)).to.deep.equal(['POST /v1/sync/erase', 'POST /v1/sync/push']);
    expect((await onServer(person)).records.map((record) => record.id)).to.deep.equal(['c']);
    expect(await again.adapter.get('note', 'c')).to.deep.equal(after);
    expect((await again.adapter.erasure.state())?.pending).to.equal(false);
  });

  it('edits an offline device made before it learned of the erase are erased too (erase wins)', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const first = await phone.adapter.put(draft('a', 1, 'shared'), null);
    await phone.client.syncNow();
    await laptop.client.syncNow();
    laptop.network.online = false;
    await laptop.adapter.put({ ...first, data: 'edited offline' }, first.rev);
    await laptop.adapter.put(draft('d', 4, 'new offline'), null);

    await phone.adapter.purgeAll();
    await phone.client.syncNow();

    laptop.network.online = true;
    await laptop.client.syncNow();
    expect(await contents(laptop.adapter)).to.deep.equal({});
    expect(await laptop.local.list(OUTBOX_KIND)).to.have.property('records').that.is.empty;
    expect((await onServer(person)).records).to.deep.equal([]);
    expect(laptop.client.status).to.include({ state: 'synced', pending: 0 });
  });

  it('a push from before the erase is refused by the server and never lands', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    await phone.adapter.put(draft('a', 1, 'x'), null);
    await phone.client.syncNow();
    await laptop.client.syncNow();
    await phone.adapter.purgeAll();
    await phone.client.syncNow();
    // The laptop writes and pushes without pulling first: the server answers 409.
    await laptop.adapter.put(draft('e', 5, 'stale device'), null);
    const statuses: number[] = [];
    const watched = await device(person, {
      namespace: laptop.namespace,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    laptop.client.stop();
    await watched.client.syncNow();
    expect(statuses[0]).to.equal(409);
    expect((await onServer(person)).records).to.deep.equal([]);
    expect(await contents(watched.adapter)).to.deep.equal({});
  });

  it('a pull or push answer in flight when the person erases brings nothing back', async () => {
    const person = newPerson();
    const phone = await device(person);
    await phone.adapter.put(draft('a', 1, 'private'), null);
    await phone.client.syncNow();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const laptop = await device(person, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).includes('/pull') && asked++ === 0) await held;
        return response;
      },
    });
    await laptop.adapter.put(draft('b', 2, 'laptop'), null);
    const round = laptop.client.syncNow();
    await waitUntil(() => asked > 0, 'never pulled');
    await laptop.adapter.purgeAll();
    release();
    await round;
    expect(await contents(laptop.adapter)).to.deep.equal({});
    await laptop.client.syncNow();
    expect(await contents(laptop.adapter)).to.deep.equal({});
    expect((await onServer(person)).records).to.deep.equal([]);
    await phone.client.syncNow();
    expect(await contents(phone.adapter)).to.deep.equal({});
  });

  it('a device that never synced keeps its records and takes the marker as it is', async () => {
    const person = newPerson();
    const phone = await device(person);
    await phone.adapter.put(draft('a', 1, 'x'), null);
    await phone.client.syncNow();
    await phone.adapter.purgeAll();
    await phone.client.syncNow();
    const marker = (await onServer(person)).erased!.seq;

    const tablet = await device(person);
    const own = await tablet.adapter.put(draft('t', 6, 'used before sync was on'), null);
    const heard: StorageChange[] = [];
    tablet.adapter.subscribe((change) => heard.push(change));
    await tablet.client.syncNow();
    expect(heard.map((change) => change.type)).not.to.include('purge');
    expect(await tablet.adapter.get('note', 't')).to.deep.equal(own);
    expect(await tablet.adapter.erasure.state()).to.deep.equal({ seen: marker, pending: false });
    expect((await onServer(person)).records.map((record) => record.id)).to.deep.equal(['t']);
    expect(await tablet.local.get(STATE_KIND, 'erase')).to.exist;
  });
});
