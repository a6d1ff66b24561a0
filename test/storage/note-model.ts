/** The storage tests' small model lives with the published conformance suite. */
export * from '../../src/testing/note-model.js';
