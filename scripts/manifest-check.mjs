// Fails when custom-elements.json, or the README's API tables made from it, are not what
// `npm run manifest` would write now.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer writes relative to the working directory, so the scratch copy goes under .tmp/.
mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync(join('.tmp', 'manifest-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'pipe', env: { ...process.env, CEM_OUTDIR: dir } });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(committed ? JSON.parse(committed) : null)) {
    console.error('✗ custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The README's tables come from the committed manifest, which is fresh by now.
try {
  execFileSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
