import { expect } from '@open-wc/testing';
import * as root from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

describe('recovery-kit/testing', () => {
  it('publishes the conformance suite and FaultInjectingAdapter, which the main entry leaves out', () => {
    expect(Object.keys(testing).sort()).to.deep.equal([
      'FaultInjectingAdapter',
      'runAdapterConformance',
      'runConformanceSuite',
    ]);
    for (const name of Object.keys(testing)) expect(root).to.not.have.property(name);
  });
});
