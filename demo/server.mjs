// The demo site and the example program backend on one origin:
//   /demo/               the treatment-program page (demo/index.html)
//   /demo/clinician.html the clinician view of a workbook
//   /dist/...            the built kit
//   /api/ipt/...         the example backend (demo/backend/)
// `npm start` builds the kit and runs this file. PORT picks the port (default: 8080,
// or any free port when 8080 is taken); IPT_DATA_DIR the folder of the SQLite file.
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFile } from '../scripts/static-server.mjs';
import { STRICT_CSP } from '../scripts/csp-middleware.mjs';
import { createApi } from './backend/api.mjs';
import { createFaults } from './backend/faults.mjs';
import { openStore } from './backend/store.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const DEFAULT_DATA_DIR = join(HERE, 'data');

// The static side serves the repo root; none of these belong on the web.
const HIDDEN = [/(^|\/)\./, /^\/demo\/data(\/|$)/, /^\/node_modules(\/|$)/];

// The clinician page shows that the kit runs under a strict Content-Security-Policy.
const STRICT_PAGES = new Set(['/demo/clinician.html']);

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server. `port` 0 takes any free port; `faults: true` (tests only) adds
 * fault injection and a request log to the result.
 * Resolves to { url, port, store, close(), faults?, requests? }.
 */
export async function startServer({ port = 0, host = '127.0.0.1', dataDir = DEFAULT_DATA_DIR, faults = false } = {}) {
  const store = openStore(dataDir);
  const requests = faults ? [] : null;
  const faultControl = faults ? createFaults() : null;
  const api = createApi({ store, faults: faultControl, log: requests });

  const server = createServer(async (req, res) => {
    if (await api(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/' || path === '/demo') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    if (HIDDEN.some((re) => re.test(path))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    await serveFile(ROOT, req, res, STRICT_PAGES.has(path) ? { 'Content-Security-Policy': STRICT_CSP } : {});
  });
  // keep-alive connections would hold close() open
  server.keepAliveTimeout = 5000;

  let actual;
  try {
    actual = await listen(server, port, host);
  } catch (error) {
    store.close();
    throw error;
  }
  const url = `http://${host}:${actual}`;
  return {
    url,
    port: actual,
    store,
    faults: faultControl,
    requests,
    close() {
      faultControl?.clear();
      return new Promise((resolveClose) => {
        server.close(() => {
          store.close();
          resolveClose();
        });
        server.closeAllConnections();
      });
    },
  };
}

async function main() {
  const dataDir = resolve(process.env.IPT_DATA_DIR ?? DEFAULT_DATA_DIR);
  let running;
  if (process.env.PORT) {
    running = await startServer({ port: Number(process.env.PORT), dataDir });
  } else {
    try {
      running = await startServer({ port: 8080, dataDir });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      running = await startServer({ port: 0, dataDir });
    }
  }
  console.log(`IPT demo program:   ${running.url}/demo/`);
  console.log(`Clinician view:     ${running.url}/demo/clinician.html`);
  console.log(`Backend API:        ${running.url}/api/ipt/  (data in ${dataDir})`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
