import { expect } from '@open-wc/testing';
import { EncryptedAdapter } from '../../src/storage/encrypted-adapter.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { draft } from '../../src/testing/conformance-harness.js';
import { PASSPHRASE } from '../storage/encrypted-harness.js';
import { closeDevices, device, newPerson, syncServer } from './sync-devices.js';

const MARKER = 'MARKER-only-the-person-reads-this';

describe('sync with encryption (real server)', () => {
  afterEach(closeDevices);

  it('pushes ciphertext only, and another device opens it with the passphrase', async () => {
    const person = newPerson();
    const phone = await device(person);
    const sealed = new EncryptedAdapter(phone.adapter, { namespace: phone.namespace });
    await sealed.create(PASSPHRASE);
    const first = await sealed.put(draft('a', 1, MARKER), null);
    await sealed.put(draft('a', 1, `${MARKER} edited`), first.rev);
    await phone.client.syncNow();
    expect(phone.client.status).to.include({ state: 'synced', pending: 0 });

    // What the server stores, straight from a pull: the keys (wrapped) and the record, no plaintext.
    const response = await fetch(`${await syncServer()}/v1/sync/pull?since=0&limit=1000`, {
      headers: { Authorization: `Bearer dev:${person}` },
    });
    const text = await response.text();
    expect(text).to.contain('"kind":"note"').and.contain('"kind":"rk:keys"');
    expect(text).not.to.contain('MARKER');
    expect(text).not.to.contain(PASSPHRASE);

    const laptop = await device(person, { namespace: undefined });
    await laptop.client.syncNow();
    const opened = new EncryptedAdapter(laptop.adapter, { namespace: phone.namespace });
    await opened.unlock(PASSPHRASE);
    const read = (await opened.get('note', 'a')) as RecordEnvelope<{ text: string }>;
    expect(read.data.text).to.equal(`${MARKER} edited`);
  });
});
