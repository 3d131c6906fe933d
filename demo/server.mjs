// The demo site and the example program backend on one origin:
//   /demo/               the treatment-program page (demo/index.html)
//   /demo/clinician.html the clinician page (sign-in, the clinician's clients)
//   /dist/...            the built kit
//   /api/ipt/...         the example backend (demo/backend/)
// Nothing else is served: see PUBLIC. Every response carries the security headers; every
// request goes through one catch, so nothing a request holds can take the process down.
// `npm start` builds the kit and runs this file. PORT picks the port (default: 8080,
// or any free port when 8080 is taken); IPT_DATA_DIR the folder of the SQLite file;
// IPT_ALLOWED_HOSTS more host names the server answers to (comma-separated).
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PathError, SECURITY_HEADERS, allowlist, requestPath, serveFile } from '../scripts/static-server.mjs';
import { createAccounts } from './backend/accounts.mjs';
import { createApi } from './backend/api.mjs';
import { createFaults } from './backend/faults.mjs';
import { openAuditLog } from './backend/audit.mjs';
import { openReader } from './backend/reader.mjs';
import { seedDemo } from './backend/seed.mjs';
import { openStore } from './backend/store.mjs';
import { openWriter } from './backend/writer.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const DEFAULT_DATA_DIR = join(HERE, 'data');

/** What the web may see: the demo's public files and the built kit. Nothing else. */
export const PUBLIC = Object.freeze({
  files: {
    '/demo/': '/demo/index.html',
    '/demo/index.html': '/demo/index.html',
    '/demo/demo.css': '/demo/demo.css',
    '/demo/demo.js': '/demo/demo.js',
    '/demo/favicon.svg': '/demo/favicon.svg',
    '/demo/clinician.html': '/demo/clinician.html',
    '/demo/clinician.css': '/demo/clinician.css',
    '/demo/clinician.js': '/demo/clinician.js',
    '/demo/clinician-words.js': '/demo/clinician-words.js',
  },
  folders: ['/dist/'],
});

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

/** The host name of a Host header value (`example.org:8080`, `[::1]:80`), lower case. */
function hostName(value) {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(:\d{1,5})?$/i.exec(value ?? '');
  return match ? match[1].toLowerCase() : null;
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

/**
 * Starts the demo server. `port` 0 takes any free port; `faults: true` (tests only) adds
 * fault injection and a request log to the result; `publicExtra` adds allowlisted files or
 * folders (tests serve their pages this way); `allowedHosts` adds host names (DNS rebinding:
 * any other Host is refused). `scryptCost` lowers the password hashing cost (tests only).
 * Resolves to { url, port, store, accounts, close(), faults?, requests? }.
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  dataDir = DEFAULT_DATA_DIR,
  faults = false,
  publicExtra = {},
  allowedHosts = [],
  secureCookies = false,
  scryptCost,
} = {}) {
  const store = openStore(dataDir);
  const writer = openWriter(dataDir);
  const reader = openReader(dataDir); // after openStore: the database exists, in WAL mode
  const auditLog = openAuditLog(dataDir);
  const accounts = createAccounts(store, { auditLog, ...(scryptCost ? { scryptCost } : {}) });
  const requests = faults ? [] : null;
  const faultControl = faults ? createFaults() : null;
  const api = createApi({ store, writer, reader, accounts, faults: faultControl, log: requests, secureCookies });
  const allow = allowlist({
    files: { ...PUBLIC.files, ...(publicExtra.files ?? {}) },
    folders: [...PUBLIC.folders, ...(publicExtra.folders ?? [])],
  });
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', hostName(host), ...allowedHosts.map((h) => h.toLowerCase())]);

  async function handle(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // DNS rebinding: a page on another name that resolves here must not get answers
    if (!hosts.has(hostName(req.headers.host))) {
      plain(res, 421, 'Host: this server does not answer to that name');
      return;
    }
    const { path, raw, host: targetHost } = requestPath(req.url);
    if (targetHost !== null && !hosts.has(hostName(targetHost))) {
      plain(res, 421, 'request target: this server does not answer to that name');
      return;
    }
    if (path.startsWith('/api/')) {
      await api(req, res, new URL(raw, 'http://x')); // ids in the path are decoded by the API, once
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    if (path === '/' || path === '/demo') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    await serveFile(ROOT, req, res, path, allow);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (res.headersSent) {
        res.destroy();
      } else if (error instanceof PathError) {
        plain(res, error.status, error.status === 404 ? 'Not found' : error.message);
      } else {
        console.error('server error:', error);
        plain(res, 500, 'Internal error');
      }
    });
  });
  // requests Node cannot even parse still get an answer with the security headers
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const headers = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${headers}\r\n`);
  });
  // keep-alive connections would hold close() open
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  let actual;
  try {
    await Promise.all([writer.ready, reader.ready, auditLog.ready]);
    actual = await listen(server, port, host);
  } catch (error) {
    await Promise.all([writer.close(), reader.close(), auditLog.close()]);
    store.close();
    throw error;
  }
  const url = `http://${host}:${actual}`;
  return {
    url,
    port: actual,
    store,
    accounts,
    faults: faultControl,
    requests,
    close() {
      faultControl?.clear();
      return new Promise((resolveClose) => {
        server.close(async () => {
          await Promise.all([writer.close(), reader.close(), auditLog.close()]);
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
  const allowedHosts = (process.env.IPT_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const options = { dataDir, allowedHosts };
  let running;
  if (process.env.PORT) {
    running = await startServer({ ...options, port: Number(process.env.PORT) });
  } else {
    try {
      running = await startServer({ ...options, port: 8080 });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      running = await startServer({ ...options, port: 0 });
    }
  }
  const seed = await seedDemo(running.accounts, dataDir);
  console.log(`IPT demo program:   ${running.url}/demo/#client-token=${seed.clientToken}`);
  console.log(`Clinician view:     ${running.url}/demo/clinician.html#signin=${seed.signInLink}`);
  console.log(`                    (a one-time sign-in link for ${seed.email}; a new one is printed at every start)`);
  if (seed.password) console.log(`                    password for ${seed.email}: ${seed.password}  (shown this once)`);
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
