import { expect } from '@open-wc/testing';
import {
  EXPORT_FORMAT_VERSION,
  canonicalJson,
  checkBundle,
  createBundle,
  type ExportBundle,
  type ExportedRecord,
} from '../../src/core/export-format.js';

const record: ExportedRecord = {
  id: 'a',
  kind: 'note',
  schemaVersion: 2,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  rev: '2-abc',
  data: { text: 'Pâté & <script>alert(1)</script> 🌱 مرحبا', day: '2026-01-01' },
};
const corrupt: ExportedRecord = {
  corrupt: true,
  kind: 'note',
  id: 'b',
  raw: '{"half',
  reason: 'bad JSON',
};

async function problemCodes(input: unknown): Promise<string[]> {
  const checked = await checkBundle(input);
  return checked.ok ? [] : checked.problems.map((problem) => problem.code);
}

describe('export format', () => {
  it('builds a versioned bundle with a SHA-256 checksum', async () => {
    const bundle = await createBundle([record, corrupt], '2026-02-01T00:00:00.000Z');
    expect(bundle).to.deep.include({
      format: 'recovery-kit',
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-02-01T00:00:00.000Z',
      records: [record, corrupt],
    });
    expect(bundle.checksum).to.match(/^sha256:[0-9a-f]{64}$/);
  });

  it('accepts its own bundles, as objects or as file text', async () => {
    const bundle = await createBundle([record, corrupt]);
    expect(await checkBundle(bundle)).to.deep.equal({ ok: true, bundle });
    const fromText = await checkBundle(JSON.stringify(bundle, null, 2));
    expect(fromText.ok).to.equal(true);
  });

  it('gives the same checksum whatever order the keys are in', async () => {
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as ExportedRecord;
    const [a, b] = await Promise.all([createBundle([record], 'x'), createBundle([reordered], 'x')]);
    expect(a.checksum).to.equal(b.checksum);
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: 3 } })).to.equal(
      '{"a":{"c":3,"d":[{"e":2,"f":1}]},"b":1}',
    );
  });

  it('refuses a bundle changed after it was made', async () => {
    const bundle = await createBundle([record]);
    const edited: ExportBundle = JSON.parse(JSON.stringify(bundle));
    (edited.records[0] as { data: { text: string } }).data.text = 'changed';
    expect(await problemCodes(edited)).to.deep.equal(['checksum-mismatch']);
    expect(await problemCodes({ ...bundle, exportedAt: 'another day' })).to.deep.equal([
      'checksum-mismatch',
    ]);
    expect(await problemCodes({ ...bundle, records: [] })).to.deep.equal(['checksum-mismatch']);
  });

  it('refuses a newer format, something else, and broken records, saying why', async () => {
    const bundle = await createBundle([record]);
    expect(
      await problemCodes({ ...bundle, formatVersion: EXPORT_FORMAT_VERSION + 1 }),
    ).to.deep.equal(['future-version']);
    expect(await problemCodes({ ...bundle, formatVersion: 0 })).to.deep.equal(['malformed']);
    expect(await problemCodes({ ...bundle, format: 'other' })).to.deep.equal(['not-a-backup']);
    expect(await problemCodes('not json')).to.deep.equal(['malformed']);
    expect(await problemCodes(null)).to.deep.equal(['malformed']);
    expect(await problemCodes({ ...bundle, records: 'none' })).to.deep.equal(['malformed']);
    const { rev: _rev, ...withoutRev } = record as Exclude<ExportedRecord, { corrupt: true }>;
    const broken = await createBundle([
      withoutRev as ExportedRecord,
      record,
      record,
      { kind: 'x' } as ExportedRecord,
    ]);
    const checked = await checkBundle(broken);
    expect(checked.ok).to.equal(false);
    if (!checked.ok) {
      expect(checked.problems.map(({ code, index }) => [code, index])).to.deep.equal([
        ['bad-record', 0],
        ['duplicate-record', 1],
        ['duplicate-record', 2],
        ['bad-record', 3],
      ]);
      expect(checked.problems.every((problem) => problem.message.length > 0)).to.equal(true);
    }
  });

  it('refuses a record the store could not read back, with the same check as the store', async () => {
    const envelope = record as Exclude<ExportedRecord, { corrupt: true }>;
    const unreadable = [
      { ...envelope, id: 'v0', schemaVersion: 0 },
      { ...envelope, id: 'key', sortKey: 5 },
      [envelope],
      { corrupt: true, kind: 'note', raw: 'x', reason: 'lost' },
      { corrupt: true, kind: 'note', raw: 'y', reason: 'lost' },
    ] as unknown as ExportedRecord[];
    const checked = await checkBundle(await createBundle([...unreadable, record, corrupt]));
    expect(checked.ok).to.equal(false);
    if (!checked.ok)
      expect(
        checked.problems.map(({ code, index, message }) => [code, index, message]),
      ).to.deep.equal([
        ['bad-record', 0, 'Record 1: The schema version is missing.'],
        ['bad-record', 1, 'Record 2: The sort key is not text.'],
        ['bad-record', 2, 'Record 3: The value is not an object.'],
        ['bad-record', 3, 'Record 4: The kind or id is missing.'],
        ['bad-record', 4, 'Record 5: The kind or id is missing.'],
      ]);
  });
});
