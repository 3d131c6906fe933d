// Counts test results across every browser and writes them where scripts/test.mjs reads them,
// so the closing "N passed, N failed" line comes from the runner's real results, and names
// what failed (tests, and errors of a whole test file) so the end of a long log says it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function walk(suite, path, file, totals) {
  if (!suite) return;
  const own = (totals.byFile[file] ??= { passed: 0, failed: 0, skipped: 0 });
  for (const test of suite.tests ?? []) {
    const kind = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
    totals[kind] += 1;
    own[kind] += 1;
    if (kind === 'failed') totals.failures.push({ file, test: [...path, test.name].join(' › '), error: test.error?.message ?? '' });
  }
  for (const child of suite.suites ?? []) walk(child, [...path, child.name], file, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0, failures: [], errors: [], byFile: {} };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        walk(session.testResults, [], file, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.sessionErrors += 1;
          for (const error of session.errors) totals.errors.push({ file, error: error.message ?? String(error) });
        }
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(process.env.IPT_COUNT_FILE ?? 'test-results/browser.json', JSON.stringify(totals));
    },
  };
}
