import { expect } from '@open-wc/testing';
import { DEFAULT_AREA_SET } from '../../src/core/life-areas.js';
import type { RecordEnvelope } from '../../src/core/record.js';
import { emptyReading, type Reading } from '../../src/core/reading.js';
import { editApart } from './edit-apart.js';
import { closeDevices, device, newPerson } from './sync-devices.js';

const now = new Date().toISOString();
const readingRecord = (id: string, data: Reading) => ({
  kind: 'reading',
  id,
  schemaVersion: 1,
  createdAt: now,
  updatedAt: now,
  data,
});

describe("the star reading's merge in sync (real server)", () => {
  afterEach(closeDevices);

  it('a reading changed on two devices merges as two tabs do: area by area, both notes, focus areas as a set', async () => {
    const person = newPerson();
    const phone = await device(person);
    const laptop = await device(person);
    const start: Reading = {
      ...emptyReading(DEFAULT_AREA_SET, '2026-12-01'),
      scores: { wellbeing: 4, body: 5 },
      notes: { wellbeing: 'A rough week' },
      focusAreas: ['body'],
    };
    const first = await phone.adapter.put(readingRecord('reading-1', start), null);
    const onPhone: Reading = {
      ...start,
      scores: { ...start.scores, wellbeing: 6 },
      notes: { wellbeing: 'A rough week, better by Friday' },
      focusAreas: ['body', 'people'],
    };
    const onLaptop: Reading = {
      ...start,
      scores: { ...start.scores, home: 7 },
      notes: { wellbeing: 'A rough week, slept badly' },
      focusAreas: ['body', 'hope'],
    };
    let keptBoth = 0;
    laptop.client.addEventListener('change', () => (keptBoth = laptop.client.status.keptBoth));
    await editApart([phone, laptop], async () => {
      await phone.adapter.put({ ...first, data: onPhone }, first.rev);
      await laptop.adapter.put({ ...first, data: onLaptop }, first.rev);
    });

    const merged = (await laptop.adapter.get('reading', 'reading-1')) as RecordEnvelope<Reading>;
    expect((await phone.adapter.get('reading', 'reading-1')) as RecordEnvelope).to.deep.equal(
      merged,
    );
    expect(merged.data.scores).to.deep.equal({ wellbeing: 6, body: 5, home: 7 });
    // The reading's own merge: both notes on one short line, not the field merge's paragraphs.
    expect(merged.data.notes.wellbeing).to.equal(
      'A rough week, slept badly / A rough week, better by Friday',
    );
    expect([...merged.data.focusAreas].sort()).to.deep.equal(['body', 'hope', 'people']);
    expect(keptBoth, 'the person is told both notes were kept').to.equal(1);
    expect(await laptop.adapter.keptAside(), 'nothing kept apart').to.deep.equal([]);
  });
});
