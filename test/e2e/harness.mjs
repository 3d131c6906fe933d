// Shared pieces of the end-to-end tests: the real demo server on a free port with its
// own temporary data folder, Debian's Chromium through playwright-core, and helpers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer } from '../../demo/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Password hashing cheap enough for tests (the server's default is OWASP's cost). */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

/**
 * Starts the demo server with fault injection on a free port and a fresh data folder; the
 * test pages in test/e2e/pages are served too.
 */
export async function startBackend(options = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ipt-e2e-')));
  const server = await startServer({
    port: options.port ?? 0,
    dataDir,
    faults: true,
    publicExtra: { folders: ['/test/e2e/pages/'] },
    scryptCost: TEST_SCRYPT,
  });
  return {
    ...server,
    dataDir,
    /** Stops the server; the data folder stays so a restart finds the same database. */
    stop: () => server.close(),
    /** Stops the server and removes its data folder. */
    async dispose() {
      await server.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

let counter = 0;
/** A valid delivered event; fields may be overridden. */
export function makeEvent(overrides = {}) {
  counter += 1;
  return {
    id: `evt-${process.pid}-${counter}`,
    workbook: 'client-1',
    source: 'ipt-mood-timeline',
    storageKey: 'default',
    change: { type: 'entry-add' },
    state: { entries: [{ id: `e${counter}`, date: '2026-11-20', mood: 5 }], events: [] },
    at: new Date(Date.UTC(2026, 10, 20, 12, 0, counter)).toISOString(),
    kitVersion: '0.1.0',
    ...overrides,
  };
}

const tokens = new WeakMap();
/** A client token for a workbook of a running server (issued once per workbook and server). */
export function clientToken(server, workbook) {
  if (!tokens.has(server.accounts)) tokens.set(server.accounts, new Map());
  const known = tokens.get(server.accounts);
  if (!known.has(workbook)) known.set(workbook, server.accounts.issueClientToken(workbook, `Client ${workbook}`));
  return known.get(workbook);
}

/**
 * POSTs a body (an object is sent as JSON) to the events endpoint; resolves to
 * { status, body, headers }. Given a server (not a URL), it sends the client token of the
 * first event's workbook unless `headers` has an Authorization.
 */
export async function post(target, body, headers = {}) {
  const url = typeof target === 'string' ? target : target.url;
  const named = typeof body === 'object' ? body?.events?.[0]?.workbook : undefined;
  const workbook = typeof named === 'string' ? named : 'client-1';
  const auth =
    typeof target !== 'string' && !('Authorization' in headers)
      ? { Authorization: `Bearer ${clientToken(target, workbook)}` }
      : {};
  const res = await fetch(`${url}/api/ipt/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not every answer has a JSON body
  }
  return { status: res.status, body: json, headers: res.headers };
}

/** Polls `check` until it returns a truthy value or the time runs out (a bound on a wait, generous on a shared machine; nothing is timed by it). */
export async function waitFor(check, { timeout = 30000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

let builtBundle;
/**
 * Makes pages of `context` load a kit bundle that has <ipt-sync>: `dist/ipt-widgets.js`
 * when it is built and newer than the sync sources (`npm test` builds first), otherwise
 * a bundle built here with esbuild and served in its place. IPT_E2E_BUNDLE names another file to serve.
 * Resolves to 'dist' or the path of the bundle built here.
 */
export async function useKitBundle(context) {
  if (process.env.IPT_E2E_BUNDLE) {
    // a bundle to test instead of dist/ipt-widgets.js (e.g. a release candidate)
    const file = process.env.IPT_E2E_BUNDLE;
    await context.route('**/dist/ipt-widgets.js', (route) => route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' }));
    return file;
  }
  // the loader loads dist/cms/ipt-sync.js for the page's <ipt-sync>
  const dist = join(ROOT, 'dist/cms/ipt-sync.js');
  const sources = readdirSync(join(ROOT, 'src/sync')).map((f) => statSync(join(ROOT, 'src/sync', f)).mtimeMs);
  if (existsSync(dist) && existsSync(join(ROOT, 'dist/ipt-widgets.js')) && statSync(dist).mtimeMs > Math.max(...sources) && readFileSync(dist, 'utf8').includes('ipt-sync-status')) {
    return 'dist';
  }
  if (!builtBundle) {
    const { build } = await import('esbuild');
    const outfile = join(await mkdtemp(join(tmpdir(), 'ipt-e2e-bundle-')), 'ipt-widgets.js');
    await build({
      stdin: { contents: "import './src/index.ts';\nimport './src/sync/sync.ts';\n", resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile,
      tsconfig: join(ROOT, 'tsconfig.json'),
      logLevel: 'error',
      // package.json's sideEffects lists only dist files; these imports are for their effects
      ignoreAnnotations: true,
    });
    builtBundle = outfile;
  }
  await context.route('**/dist/ipt-widgets.js', (route) =>
    route.fulfill({ path: builtBundle, contentType: 'text/javascript; charset=utf-8' }),
  );
  return builtBundle;
}

let clinicians = 0;
/**
 * A clinician of a running server, assigned to `workbooks`, signed in over HTTP.
 * Resolves to { id, email, password, cookie, csrf, fetch(path, init) } where fetch sends the cookie.
 */
export async function signedInClinician(server, workbooks = [], { signIn = true } = {}) {
  clinicians += 1;
  const email = `clinician-${process.pid}-${clinicians}@example.org`;
  const password = `correct horse ${clinicians} battery`;
  const id = await server.accounts.addClinician({ email, name: `Dr. Test ${clinicians}`, password });
  for (const w of workbooks) {
    clientToken(server, w); // registers the client
    server.accounts.assign(id, w);
  }
  const who = { id, email, password, cookie: '', csrf: '' };
  who.fetch = (path, init = {}) => fetch(`${server.url}${path}`, { ...init, headers: { Cookie: who.cookie, ...init.headers } });
  if (signIn) {
    const res = await fetch(`${server.url}/api/ipt/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
    who.cookie = res.headers.get('set-cookie').split(';')[0];
    who.csrf = (await res.json()).csrf;
  }
  return who;
}

/** Opens the sync test page for a workbook in a new page of `context`; resolves once <ipt-sync> is up. */
export async function openSyncPage(context, server, workbook, settings = {}) {
  const page = await context.newPage();
  const query = new URLSearchParams({ workbook, 'retry-min-ms': '100', 'retry-max-ms': '400', ...settings });
  await page.goto(`${server.url}/test/e2e/pages/sync.html?${query}#client-token=${clientToken(server, workbook)}`);
  await page.waitForFunction(() => window.syncReady && customElements.get('ipt-sync'), null, { timeout: 15000 });
  await page.evaluate(() => window.syncReady);
  return page;
}

/** The stored event ids of one workbook (from the database, not the API). */
export function storedIds(server, workbook) {
  return server.store.db.prepare('SELECT id FROM events WHERE workbook = ? ORDER BY seq').pluck().all(workbook);
}

/** The POSTs the backend saw for a workbook's events (every attempt, whatever the answer). */
export function postsFor(server, ids) {
  const wanted = new Set(ids);
  return server.requests.filter((r) => r.method === 'POST' && r.eventIds.some((id) => wanted.has(id)));
}
