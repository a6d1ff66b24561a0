// A @web/test-runner reporter that ends the run with one plain line:
// "tests: N passed, N failed, N skipped", so CI logs say how many tests ran.

/** Walks a mocha suite result tree and counts its tests. */
function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load counts as a failure, even with no test results.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      // Printed after the default reporter's summary, alone on its line.
      setTimeout(() => {
        console.log(
          `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
        );
      });
    },
  };
}
