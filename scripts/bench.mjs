// `npm run bench`: builds the kit, then runs every benchmark in bench/ (headless Chromium;
// bench/backend.mjs drives the example backend over HTTP).
// Each prints its medians next to a baseline measured in the same run, and their ratio.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const benches = existsSync('bench') ? readdirSync('bench').filter((f) => f.endsWith('.mjs')).sort() : [];
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ bench/${file}`);
  const run = spawnSync('node', [`bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (!benches.length) console.log('No benchmarks in bench/.');
process.exit(failed ? 1 : 0);
