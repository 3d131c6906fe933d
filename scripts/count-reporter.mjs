// Counts test results across every browser and writes them where scripts/test.mjs reads them,
// so the closing "N passed, N failed" line comes from the runner's real results.
import { mkdirSync, writeFileSync } from 'node:fs';

function walk(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) walk(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        walk(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += 1;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(process.env.IPT_COUNT_FILE ?? 'test-results/browser.json', JSON.stringify(totals));
    },
  };
}
