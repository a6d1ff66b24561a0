import { expect } from '@open-wc/testing';
import {
  envelopeProblem,
  orderKeyOf,
  recordKeyProblem,
  type RecordEnvelope,
} from '../../src/core/record.js';

describe('orderKeyOf', () => {
  it('uses the sort key when there is one', () => {
    expect(orderKeyOf({ sortKey: '2026-01-02', createdAt: '2026-03-01T00:00:00.000Z' })).to.equal(
      '2026-01-02',
    );
  });

  it('falls back to the creation time', () => {
    expect(orderKeyOf({ createdAt: '2026-03-01T00:00:00.000Z' })).to.equal(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe('envelopeProblem', () => {
  const envelope: RecordEnvelope = {
    kind: 'note',
    id: 'a',
    schemaVersion: 1,
    rev: '1-x',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    data: { text: 'hello' },
  };
  const at = { kind: 'note', id: 'a' };

  it('finds nothing wrong with a whole envelope, a sort key or a tombstone', () => {
    expect(envelopeProblem(envelope)).to.equal(undefined);
    expect(envelopeProblem(envelope, at)).to.equal(undefined);
    expect(envelopeProblem({ ...envelope, sortKey: '2026-01-01' }, at)).to.equal(undefined);
    expect(envelopeProblem({ ...envelope, deleted: true, data: null }, at)).to.equal(undefined);
  });

  it('says what is wrong, one reason at a time', () => {
    const { rev: _rev, ...noRev } = envelope;
    const { data: _data, ...noData } = envelope;
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [[envelope], /not an object/],
      ['{"kind":"note"}', /not an object/],
      [{ ...envelope, kind: 3 }, /kind or id is missing/],
      [{ ...envelope, id: undefined }, /kind or id is missing/],
      [{ ...envelope, schemaVersion: 0 }, /schema version/],
      [{ ...envelope, schemaVersion: 1.5 }, /schema version/],
      [{ ...envelope, schemaVersion: '1' }, /schema version/],
      [noRev, /revision or dates/],
      [{ ...envelope, createdAt: 1 }, /revision or dates/],
      [{ ...envelope, updatedAt: null }, /revision or dates/],
      [{ ...envelope, sortKey: 5 }, /sort key/],
      [noData, /data is missing/],
    ];
    for (const [value, reason] of cases)
      expect(envelopeProblem(value), JSON.stringify(value)).to.match(reason);
  });

  it('with a place, needs the kind and id of that place', () => {
    expect(envelopeProblem({ ...envelope, id: 'b' }, at)).to.match(/does not match/);
    expect(envelopeProblem({ ...envelope, kind: 'goal' }, at)).to.match(/does not match/);
    expect(envelopeProblem({ ...envelope, kind: undefined }, at)).to.match(/does not match/);
  });

  it('checks the key alone for a record that is only named', () => {
    expect(recordKeyProblem({ kind: 'note', id: 'a', corrupt: true })).to.equal(undefined);
    expect(recordKeyProblem({ kind: 'note' })).to.match(/kind or id is missing/);
    expect(recordKeyProblem('note')).to.match(/not an object/);
    expect(recordKeyProblem({ kind: 'note', id: 'a' }, { kind: 'note', id: 'b' })).to.match(
      /does not match/,
    );
  });
});
