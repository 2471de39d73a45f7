// Prints one plain closing line after jest's own summary, e.g. "tests: 657 passed, 0 failed, 0 skipped",
// so that CI logs end with a count any reader understands.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryLineReporter;
