import { expect } from '@open-wc/testing';
import { orderKeyOf } from '../../src/core/record.js';

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
