// `npm test`: every check a change must pass, then one closing line with the real counts.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { missingBrowsers, startWebKitServices, BROWSER_BINARIES } from './browsers.mjs';

const browsers = (process.env.IPT_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const quick = process.env.IPT_QUICK === '1'; // skip the static steps while iterating on browser tests

function run(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env, ...opts });
  return res.status ?? 1;
}

const totals = { passed: 0, failed: 0 };
// What failed, said again just above the closing line: a long log is often read from its end.
const failures = [];
/** Failures of a test file that then passed when run again on its own. */
const flaky = [];
function step(label, cmd, args) {
  const status = run(label, cmd, args);
  if (status === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.error(`✗ ${label} failed (exit ${status})`);
    failures.push(`${label} (exit ${status})`);
  }
  return status;
}

function finish() {
  if (flaky.length) {
    console.log('\nFailed, then passed when run again on its own (flaky in this run):');
    for (const line of flaky) console.log(`  ⚠ ${line}`);
  }
  if (failures.length) {
    console.log('\nWhat failed:');
    for (const line of failures) console.log(`  ✗ ${line}`);
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

function oneLine(text) {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** A port nothing listens on now, for one runner's server (a fixed port may be taken). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * One engine in its own runner; its output lines carry the engine's name. `files` narrows
 * it to some test files (a second run of files that failed outside their tests).
 */
function runEngine(engine, port, attempt, files) {
  const countFile = `test-results/browser-${engine}${files ? '-again' : ''}.json`;
  rmSync(countFile, { force: true });
  const env = {
    ...process.env,
    IPT_BROWSERS: engine,
    IPT_WTR_PORT: String(port),
    IPT_COUNT_FILE: countFile,
    // Coverage comes from Chromium's whole run only (the only engine that reports it).
    IPT_COVERAGE: engine === 'chromium' && !files ? (process.env.IPT_COVERAGE ?? '1') : '0',
    ...(files ? { IPT_TEST_FILES: files.join(',') } : {}),
  };
  return new Promise((resolve) => {
    const child = spawn('npx', ['wtr'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${engine}${files ? ' again' : ''}] `;
    const relay = (stream, out) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(prefix + line + '\n');
      });
      stream.on('end', () => rest && out.write(prefix + rest + '\n'));
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (status, signal) => {
      const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : null;
      const how = signal ? `signal ${signal}` : `exit ${status}`;
      resolve({ status: status ?? 1, how, counts, attempt });
    });
  });
}

const missing = missingBrowsers(browsers);
if (missing.length) {
  console.error(
    `Missing browsers: ${missing.join(', ')}. Install them with\n  sudo apt-get install -y ${missing
      .map((m) => BROWSER_BINARIES[m].debian)
      .join(' ')}\nor narrow the run, e.g. IPT_BROWSERS=chromium npm test.`,
  );
  process.exit(1);
}

if (!quick) {
  step('kit version matches package.json', 'node', [
    '-e',
    "const v=require('./package.json').version;const s=require('fs').readFileSync('src/core/version.ts','utf8');if(!s.includes(`'${v}'`)){console.error('src/core/version.ts does not say '+v);process.exit(1)}",
  ]);
  step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  step('build', 'npm', ['run', 'build', '--silent']);
  step('manifest is fresh', 'node', ['scripts/manifest-check.mjs']);
  step('size budget', 'node', ['scripts/size.mjs', '--check']);
}

// Each engine runs in its own test runner, the three at once: a runner that stops without its
// results (a crash of the runner or its browser, not a failing test) is named with its exit
// status and run once more on its own, so one engine's crash neither hides nor takes down the
// other engines' results.
let stopWebKit = () => {};
if (browsers.includes('webkit')) stopWebKit = await startWebKitServices();
console.log(`\n▶ browser tests (${browsers.join(', ')}, one runner each)`);
const engineResults = await Promise.all(browsers.map(async (engine) => runEngine(engine, await freePort(), 1)));
for (const [i, result] of engineResults.entries()) {
  if (result.counts) continue;
  console.error(`✗ ${browsers[i]}: the runner stopped without results (${result.how}); running ${browsers[i]} again on its own`);
  engineResults[i] = await runEngine(browsers[i], await freePort(), 2);
}
// A test file that failed (a test, or its page outside its tests) runs once more on its own
// in that engine, and its second run is what counts: these shared machines sometimes stall a
// browser part for a whole page (WebKitGTK's IndexedDB not answering for minutes, say). The
// first run's failures are printed either way, and a file that passes the second time is
// named at the end of the log as flaky in this run.
for (const [i, result] of engineResults.entries()) {
  if (!result.counts) continue;
  const files = [...new Set([...(result.counts.failures ?? []), ...(result.counts.errors ?? [])].map((f) => f.file))];
  if (files.length === 0) continue;
  console.error(`⚠ ${browsers[i]}: ${files.join(', ')} failed; running ${files.length === 1 ? 'it' : 'them'} again on ${files.length === 1 ? 'its' : 'their'} own`);
  result.again = { files, run: await runEngine(browsers[i], await freePort(), 2, files) };
}
stopWebKit();
for (const [i, result] of engineResults.entries()) {
  const engine = browsers[i];
  if (!result.counts) {
    console.error(`✗ ${engine}: the runner stopped twice without results (${result.how})`);
    failures.push(`${engine}: the runner stopped twice without results (${result.how})`);
    totals.failed += 1;
    continue;
  }
  // The counts of a run, with the files run again counted from their second run.
  let { passed, failed, skipped } = result.counts;
  let outcome = result;
  let note = result.attempt > 1 ? ' (second run)' : '';
  if (result.again) {
    const { files, run } = result.again;
    for (const file of files) {
      const first = result.counts.byFile?.[file];
      passed -= first?.passed ?? 0;
      failed -= first?.failed ?? 0;
      skipped -= first?.skipped ?? 0;
    }
    passed += run.counts?.passed ?? 0;
    failed += run.counts?.failed ?? 0;
    skipped += run.counts?.skipped ?? 0;
    outcome = run.counts ? run : { ...run, counts: { failures: [], errors: [{ file: files.join(', '), error: `the runner stopped without results (${run.how})` }] } };
    note = ` (${files.join(', ')} run again on ${files.length === 1 ? 'its' : 'their'} own)`;
    const clean = run.counts && run.status === 0 && run.counts.failed === 0 && (run.counts.errors ?? []).length === 0;
    const firstRun = [
      ...(result.counts.failures ?? []).map((f) => `${f.file}: ${f.test}: ${oneLine(f.error)}`),
      ...(result.counts.errors ?? []).map((e) => `${e.file}: ${oneLine(e.error)}`),
    ];
    for (const line of firstRun) (clean ? flaky : failures).push(`${engine}, first run: ${line}`);
  }
  console.log(`  ${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped${note}`);
  totals.passed += passed;
  totals.failed += failed;
  for (const f of outcome.counts.failures ?? []) failures.push(`${engine}: ${f.file}: ${f.test}: ${oneLine(f.error)}`);
  for (const e of outcome.counts.errors ?? []) failures.push(`${engine}: ${e.file}: ${oneLine(e.error)}`);
  if (outcome.status !== 0 && failed === 0) {
    console.error(`✗ ${engine}: the runner ended with ${outcome.how} and no failing test (an error outside the tests)`);
    if (!(outcome.counts.errors ?? []).length) failures.push(`${engine}: the runner ended with ${outcome.how} and no failing test`);
    totals.failed += 1;
  }
}

if (existsSync('test/e2e') && !quick) {
  console.log('\n▶ end-to-end tests (test/e2e, headless Chromium against the example backend)');
  const e2e = spawnSync('node', ['--test', '--test-timeout=120000', '--test-reporter=spec', 'test/e2e/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(e2e.stdout ?? '');
  // node's runner closes with "ℹ pass N" and "ℹ fail N": fold its real counts in.
  const count = (label) => Number((e2e.stdout ?? '').match(new RegExp(`ℹ ${label} (\\d+)`))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  if (count('fail') + count('cancelled') > 0) failures.push(`end-to-end: ${count('fail')} failed, ${count('cancelled')} cancelled (named in its list of failing tests above)`);
  if (e2e.status !== 0 && count('fail') + count('cancelled') === 0) {
    totals.failed += 1;
    failures.push(`end-to-end: exit ${e2e.status ?? e2e.signal} with no failing test`);
  }
}

// Real clients: the packed kit in a React 19 and a Vue 3 app (type-check, build, drive).
if (!quick && process.env.IPT_APPS !== '0') {
  rmSync('test-results/apps.json', { force: true });
  const appsStatus = run('framework apps (React 19, Vue 3; IPT_APPS=0 skips)', 'node', ['scripts/apps.mjs']);
  const counts = existsSync('test-results/apps.json') ? JSON.parse(readFileSync('test-results/apps.json', 'utf8')) : { passed: 0, failed: 1 };
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  if (counts.failed > 0) failures.push(`framework apps: ${counts.failed} failed (marked ✗ above)`);
  if (appsStatus !== 0 && counts.failed === 0) {
    totals.failed += 1; // it stopped before counting
    failures.push(`framework apps: exit ${appsStatus} before counting`);
  }
}

finish();
