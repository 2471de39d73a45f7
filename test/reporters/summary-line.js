// Prints one plain closing line after jest's own summary, e.g. "tests: 657 passed, 0 failed, 0 skipped",
// so that CI logs end with a count any reader understands. Before it, the slowest tests that took more than
// half of jest's per-test limit (testTimeout): the ones a loaded CI machine may push over it next.
class SummaryLineReporter {
  constructor(globalConfig) {
    this.limit = (globalConfig && globalConfig.testTimeout) || 5000;
  }

  onRunComplete(_contexts, results) {
    const slow = [];
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (typeof t.duration === "number" && t.duration > this.limit / 2) slow.push({ ms: t.duration, name: `${file.testFilePath.replace(process.cwd() + "/", "")} › ${t.fullName}` });
      }
    }
    if (slow.length > 0) {
      slow.sort((a, b) => b.ms - a.ms);
      process.stdout.write(`tests over half the per-test limit (${this.limit / 1000} s):\n`);
      for (const s of slow.slice(0, 15)) process.stdout.write(`  ${(s.ms / 1000).toFixed(1)} s  ${s.name}\n`);
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryLineReporter;
