/**
 * `recovery-kit/testing`: what an adapter's author needs to prove it keeps the storage
 * promises, kept out of the main entry. The suite runs in a mocha-style runner (for
 * example `@web/test-runner` or mocha in a browser) and asserts with chai.
 */
export {
  runAdapterConformance,
  type AdapterConformanceOptions,
} from './run-adapter-conformance.js';
export { runConformanceSuite } from './adapter-conformance.js';
export type { ConformanceHarness, TestDatabase } from './conformance-harness.js';
export {
  FaultInjectingAdapter,
  type AdapterOperation,
} from '../storage/fault-injecting-adapter.js';
