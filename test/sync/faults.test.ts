import { expect } from '@open-wc/testing';
import { draft } from '../../src/testing/conformance-harness.js';
import type { SyncClient } from '../../src/sync/sync-client.js';
import { closeDevices, contents, device, newPerson, syncServer } from './sync-devices.js';
import { faultyFetch, FAULTS, seeded, type Fault } from './faulty-fetch.js';

/** Syncs until a round ends with everything pushed (each failed round retried at once). */
async function syncUntilSynced(client: SyncClient, rounds = 40): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    // Two 401s in a row sign the device out; the person signs in again.
    await (client.status.state === 'signed-out' ? client.signedIn() : client.syncNow());
    if (client.status.state === 'synced' && client.status.pending === 0) return;
  }
  throw new Error(`still ${client.status.state} with ${client.status.pending} pending`);
}

/** The person's records on the server, straight from a pull: every key at most once. */
async function onServer(person: string) {
  const response = await fetch(`${await syncServer()}/v1/sync/pull?since=0&limit=1000`, {
    headers: { Authorization: `Bearer dev:${person}` },
  });
  return (
    (await response.json()) as {
      records: { kind: string; id: string; rev: string; deleted: boolean }[];
    }
  ).records;
}

describe('sync through a faulty network (real server)', () => {
  afterEach(closeDevices);

  for (const fault of FAULTS) {
    it(`loses and doubles nothing when requests are hit by: ${fault}`, async () => {
      const person = newPerson();
      let count = 0;
      // Every other request is hit, so each push and pull meets the fault and then gets through.
      const network = faultyFetch(() => (count++ % 2 === 0 ? fault : 'none'));
      const phone = await device(person, { fetch: network.fetch });
      const a = await phone.adapter.put(draft('a', 1, 'first'), null);
      await phone.adapter.put(draft('b', 2, 'second'), null);
      await syncUntilSynced(phone.client);
      await phone.adapter.put(draft('a', 1, 'first, edited'), a.rev);
      const b = await phone.adapter.get('note', 'b');
      await phone.adapter.remove('note', 'b', (b as { rev: string }).rev);
      await syncUntilSynced(phone.client);

      const laptop = await device(person);
      await syncUntilSynced(laptop.client);
      expect(await contents(laptop.adapter)).to.deep.equal(await contents(phone.adapter));
      expect(await contents(laptop.adapter)).to.deep.equal({
        'note/a': { text: 'first, edited', day: '2026-01-01' },
        'note/b': 'deleted',
      });
      const server = await onServer(person);
      expect(server.map((record) => record.id).sort()).to.deep.equal(['a', 'b']);
      expect(network.seen).to.include(fault);
    });
  }

  it('an old push arriving late (reordered) changes nothing on the server', async () => {
    const person = newPerson();
    const network = faultyFetch(() => 'none');
    const phone = await device(person, { fetch: network.fetch });
    const first = await phone.adapter.put(draft('a', 1, 'old'), null);
    await syncUntilSynced(phone.client);
    const newer = await phone.adapter.put(draft('a', 1, 'new'), first.rev);
    await syncUntilSynced(phone.client);

    const late = await fetch(`${await syncServer()}/v1/sync/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer dev:${person}`, 'Content-Type': 'application/json' },
      body: network.pushes[0],
    });
    const answer = (await late.json()) as { accepted: unknown[]; conflicts: unknown[] };
    expect(answer.accepted, 'the stored rev was newer: a conflict').to.have.length(0);
    expect((await onServer(person))[0]?.rev).to.equal(newer.rev);
    await phone.client.syncNow();
    expect(await phone.adapter.get('note', 'a')).to.deep.equal(newer);
  });

  it('knows its own earlier version when an answer was lost and the record was edited again', async () => {
    const person = newPerson();
    const faults: Fault[] = ['lose-response'];
    const network = faultyFetch(() => faults.shift() ?? 'none');
    const phone = await device(person, { fetch: network.fetch });
    const first = await phone.adapter.put(draft('a', 1, 'one'), null);
    await phone.client.syncNow();
    expect(phone.client.status.state).to.equal('offline');
    await phone.adapter.put(draft('a', 1, 'one two'), first.rev);
    await syncUntilSynced(phone.client);
    expect(await contents(phone.adapter)).to.deep.equal({
      'note/a': { text: 'one two', day: '2026-01-01' },
    });
    expect(phone.client.status.keptBoth, 'not a conflict with itself').to.equal(0);
  });

  it('a crash between the outbox entry and the write loses nothing and pushes nothing extra', async () => {
    const person = newPerson();
    const network = faultyFetch(() => 'none');
    const phone = await device(person, { fetch: network.fetch });
    const stored = await phone.adapter.put(draft('a'), null);
    await syncUntilSynced(phone.client);
    const pushes = network.pushes.length;
    // The entries a crash leaves: one for a record that did not change, one for a create that never happened.
    await phone.adapter.outbox.note('note', 'a', stored);
    await phone.adapter.outbox.note('note', 'never-written', undefined);
    expect(await phone.adapter.outbox.count()).to.equal(2);
    await syncUntilSynced(phone.client);
    expect(network.pushes.length, 'no push was needed').to.equal(pushes);
    expect(await phone.adapter.outbox.count()).to.equal(0);
    expect(await contents(phone.adapter)).to.deep.equal({
      'note/a': { text: 'note a', day: '2026-01-01' },
    });
  });

  it('a record the server refuses stays on the device and never holds up the others', async () => {
    const person = newPerson();
    const phone = await device(person);
    // The server takes kinds of lower-case letters only: this one it refuses (400).
    await phone.adapter.put({ ...draft('odd'), kind: 'Odd Kind' }, null);
    await phone.adapter.put(draft('a', 1, 'fine'), null);
    await phone.client.syncNow();
    expect(phone.client.status).to.include({ state: 'error', pending: 1 });
    await phone.adapter.put(draft('b', 2, 'also fine'), null);
    await phone.client.syncNow();
    const laptop = await device(person);
    await laptop.client.syncNow();
    expect(Object.keys(await contents(laptop.adapter))).to.have.members(['note/a', 'note/b']);
    expect(await phone.adapter.get('Odd Kind', 'odd')).to.include({ id: 'odd' });
  });

  // A seeded fuzz: a few offline devices doing random operations through a faulty
  // network, then all sync: every device equals the model. Small enough for CI.
  const seeds = [1, 2, 3, Date.now() % 100000];
  for (const seed of seeds) {
    it(`fuzz: three devices, random edits and faults, converge to the model (seed ${seed})`, async () => {
      const random = seeded(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
      const person = newPerson();
      const devices = await Promise.all(
        [0, 1, 2].map(() =>
          device(person, {
            fetch: faultyFetch(() => (random() < 0.3 ? pick(FAULTS) : ('none' as Fault))).fetch,
          }),
        ),
      );
      // The model: each device writes only its own field of a record, so every field's last value is known.
      const model = new Map<string, Record<string, string>>();
      let made = 0;
      for (let step = 0; step < 24; step += 1) {
        const who = Math.floor(random() * devices.length);
        const one = devices[who]!;
        const roll = random();
        if (roll < 0.15) {
          one.network.online = !one.network.online;
        } else if (roll < 0.35 || model.size === 0) {
          const id = `r${made++}`;
          const data = { [`by${who}`]: `made ${step}` };
          await one.adapter.put({ ...draft(id), data }, null);
          model.set(id, data);
        } else if (roll < 0.85) {
          const known = [];
          for (const id of model.keys()) {
            const stored = await one.adapter.get('note', id);
            if (stored && !('corrupt' in stored)) known.push(stored);
          }
          if (known.length === 0) continue;
          const record = pick(known);
          const data = { ...(record.data as Record<string, string>), [`by${who}`]: `edit ${step}` };
          await one.adapter.put({ ...record, data }, record.rev);
          model.get(record.id)![`by${who}`] = `edit ${step}`;
        } else {
          await one.client.syncNow();
        }
      }
      for (const one of devices) one.network.online = true;
      for (let round = 0; round < 2; round += 1)
        for (const one of devices) await syncUntilSynced(one.client);
      const expected = Object.fromEntries(
        [...model].map(([id, data]) => [`note/${id}`, data]).sort(),
      );
      for (const one of devices)
        expect(await contents(one.adapter), `seed ${seed}`).to.deep.equal(expected);
    });
  }
});
