// Real clients: the kit as `npm pack` makes it, installed into a React 19 app and a Vue 3 app
// (test/apps, their own package and lockfile), type-checked (with files of deliberate mistakes
// that must fail), built with Vite and driven in headless Chromium.
//
//   node scripts/apps.mjs        (run by `npm test`; IPT_APPS=0 skips it)
// Needs dist/ built (`npm run build`). Prints one ✓/✗ line per check and "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const apps = join(root, 'test/apps');
const bin = (name) => join(apps, 'node_modules/.bin', name);
const counts = { passed: 0, failed: 0 };

function check(label, ok, detail = '') {
  if (ok) counts.passed += 1;
  else counts.failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${label}${detail ? `: ${detail}` : ''}`);
  return ok;
}

function sh(cmd, args, cwd, quiet = true) {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit', maxBuffer: 32 * 1024 * 1024 });
  return { status: res.status ?? 1, out: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

function finish() {
  // scripts/test.mjs folds these real counts into its closing line
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/apps.json'), JSON.stringify(counts));
  console.log(`\napps: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed > 0 ? 1 : 0);
}

// ---- pack and install -------------------------------------------------------------------------
if (!existsSync(join(root, 'dist/types/elements.d.ts'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
const packDir = mkdtempSync(join(tmpdir(), 'ipt-pack-'));
const pack = sh('npm', ['pack', '--silent', '--pack-destination', packDir], root);
const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
if (!check('npm pack', pack.status === 0 && !!tarball, pack.status ? pack.out.slice(-500) : tarball)) finish();

// the apps' own dependencies from their lockfile, then the packed kit on top (not saved, so the
// lockfile never holds a tarball's checksum that changes with every build)
if (!existsSync(join(apps, 'node_modules/.package-lock.json'))) {
  const ci = sh('npm', ['ci', '--no-audit', '--no-fund'], apps);
  if (!check('npm ci (test/apps)', ci.status === 0, ci.status ? ci.out.slice(-800) : '')) finish();
}
const install = sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', join(packDir, tarball)], apps);
rmSync(packDir, { recursive: true, force: true });
if (!check('install the packed kit into test/apps', install.status === 0, install.status ? install.out.slice(-800) : '')) finish();

// every tag the kit ships, from its own generated data (not a list kept here)
const kitTags = JSON.parse(readFileSync(join(apps, 'node_modules/ipt-widgets/dist/vscode.html-custom-data.json'), 'utf8')).tags.map((t) => t.name);

// ---- type-check ---------------------------------------------------------------------------------
function typecheck(label, tool, dir, project) {
  const res = sh(bin(tool), ['-p', project], join(apps, dir));
  return check(label, res.status === 0, res.status ? `\n${res.out.trim()}` : '');
}

/** The mistakes file must fail, with an error on the line after each MISTAKE marker and nowhere else. */
function mistakes(label, tool, dir, file) {
  const res = sh(bin(tool), ['-p', 'tsconfig.mistakes.json'], join(apps, dir));
  const lines = readFileSync(join(apps, dir, 'src', file), 'utf8').split('\n');
  const expected = lines.flatMap((l, i) => (l.includes('MISTAKE:') ? [i + 2] : []));
  const reported = new Set([...res.out.matchAll(new RegExp(`${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error`, 'g'))].map((m) => Number(m[1])));
  const missed = expected.filter((n) => !reported.has(n));
  const stray = [...reported].filter((n) => !expected.includes(n));
  return check(
    `${label}: ${expected.length} deliberate mistakes fail to type-check`,
    res.status !== 0 && missed.length === 0 && stray.length === 0,
    missed.length || stray.length ? `missed lines ${missed.join(', ') || '-'}; unexpected errors on ${stray.join(', ') || '-'}\n${res.out}` : '',
  );
}

typecheck('React app type-checks (tsc, JSX)', 'tsc', 'react', 'tsconfig.json');
typecheck('React one-element app type-checks', 'tsc', 'react-one', 'tsconfig.json');
mistakes('React', 'tsc', 'react', 'mistakes.tsx');
typecheck('Vue app type-checks (vue-tsc, strictTemplates)', 'vue-tsc', 'vue', 'tsconfig.json');
mistakes('Vue', 'vue-tsc', 'vue', 'Mistakes.vue');

// ---- build --------------------------------------------------------------------------------------
function bundle(dir) {
  const assets = join(apps, dir, 'dist/assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const text = files.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  return { text, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const built = {};
for (const dir of ['react', 'react-one', 'vue']) {
  const res = sh(bin('vite'), ['build', '--logLevel', 'warn'], join(apps, dir));
  if (check(`vite build ${dir}`, res.status === 0, res.status ? res.out.slice(-1500) : '')) {
    built[dir] = bundle(dir);
    console.log(`  ${dir}: ${kb(built[dir].min)} min, ${kb(built[dir].gzip)} gzip`);
  }
}
if (built['react-one']) {
  const others = kitTags.filter((t) => t !== 'ipt-social-circle' && t !== 'ipt-workbook' && built['react-one'].text.includes(t));
  // ipt-workbook is only named (elements look for an enclosing one, and read a look-alike's
  // workbook-id); its class, the one with exportData(), must stay out
  const workbookClass = /\bexportData\b/.test(built['react-one'].text);
  check('per-element import keeps the other elements out of the bundle', others.length === 0 && !workbookClass, others.join(', ') + (workbookClass ? ' ipt-workbook' : ''));
  check('the one-element bundle holds ipt-social-circle', built['react-one'].text.includes('ipt-social-circle'));
}

/**
 * Serves a built app as a plain host would: its page and its assets, with no policy of the
 * kit's own (the demo server's strict CSP is the demo's choice, not every host's).
 */
function serveApp(root) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://app').pathname;
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (!/^(index\.html|assets\/[\w.-]+)$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = await readFile(join(root, name));
      res.writeHead(200, { 'Content-Type': types[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

// ---- drive the production builds ----------------------------------------------------------------
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  for (const dir of ['react', 'vue']) {
    if (!built[dir]) continue;
    const server = await serveApp(join(apps, dir, 'dist'));
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.addInitScript(() => {
      window.__changes = [];
      document.addEventListener('ipt-change', (e) => window.__changes.push(e.detail.change.type), true);
    });
    try {
      await page.goto(server.url + '/');
      const circle = page.locator('ipt-social-circle');
      await page.waitForFunction(() => document.querySelector('ipt-social-circle')?.shadowRoot?.textContent?.includes('Ana'), null, { timeout: 15000 });
      await page.waitForTimeout(500);
      const onLoad = await page.evaluate(() => window.__changes.length);
      check(`${dir}: naive two-way binding is quiet on load (state={s} + write-back)`, onLoad === 0, `${onLoad} ipt-change on load`);

      await circle.locator('form.add [name="name"]').fill('Bea');
      await circle.locator('form.add [name="name"]').press('Enter');
      await page.waitForFunction(() => document.querySelector('#host-state')?.textContent?.includes('Bea'), null, { timeout: 5000 }).catch(() => {});
      await page.waitForTimeout(500);
      const host = await page.locator('#host-state').textContent();
      const events = await page.evaluate(() => window.__changes);
      check(`${dir}: adding a person updates the host's state`, host === 'Ana, Bea', `host shows "${host}"`);
      check(`${dir}: one gesture, a bounded number of events`, events.length >= 1 && events.length <= 2, `events: ${events.join(', ')}`);
      check(`${dir}: the element keeps both people`, (await circle.evaluate((el) => el.state.people.map((p) => p.name).join(', '))) === 'Ana, Bea');

      const save = page.getByRole('button', { name: 'Save my focus' });
      await save.click();
      await page.waitForTimeout(200);
      check(`${dir}: the host form will not submit with nothing chosen (required)`, ((await page.locator('#submitted').textContent()) ?? '') === '');
      await page.locator('ipt-problem-area-picker #choose-grief').check();
      await save.click();
      await page.waitForFunction(() => document.querySelector('#submitted')?.textContent, null, { timeout: 5000 }).catch(() => {});
      const submitted = (await page.locator('#submitted').textContent()) ?? '';
      let parsed;
      try {
        parsed = JSON.parse(submitted);
      } catch {}
      check(`${dir}: the picker submits its JSON in a host form`, parsed?.selected?.[0]?.area === 'grief', submitted.slice(0, 200));
      check(`${dir}: no errors in the page`, problems.length === 0, problems.join(' | ').slice(0, 500));
    } catch (error) {
      check(`${dir}: driving the built app`, false, String(error).slice(0, 800));
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
finish();
