// Static files for the demo server and the benchmarks, served only from an allowlist.
// A request path is decoded exactly once, then refused unless it is canonical (no empty,
// `.` or `..` segment, no segment starting with a dot, no backslash or control character),
// then looked up in the allowlist: exact files, or folders whose resolved files must stay
// inside the folder (checked with the separator, after following symlinks).
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { STRICT_CSP } from './csp-middleware.mjs';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Sent with every response, whatever it is. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** The policy of every HTML page: the kit's strict policy (Trusted Types), never framed. */
export const PAGE_CSP = `${STRICT_CSP}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** A refusal of a request target: `status` 400 (malformed) or 404 (not served). */
export class PathError extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * The canonical decoded path of a request target (origin-form `/a/b?q` or absolute-form
 * `http://host/a/b`), or a PathError. Returns { path, raw, host }: `raw` is the target's
 * path and query as sent (origin-form), `host` the host of an absolute form, or null.
 */
export function requestPath(target = '/') {
  let rest = target;
  let host = null;
  const absolute = /^https?:\/\/([^/?#]*)/i.exec(target);
  if (absolute) {
    host = absolute[1];
    rest = target.slice(absolute[0].length) || '/';
  }
  if (!rest.startsWith('/')) throw new PathError(400, 'request target: expected a path starting with /');
  const raw = rest.split(/[?#]/, 1)[0];
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    throw new PathError(400, 'request target: malformed %-escape');
  }
  if (FORBIDDEN.test(path)) throw new PathError(400, 'request target: control character or backslash');
  const segments = path.split('/').slice(1);
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if ((segment === '' && !last) || segment.startsWith('.')) throw new PathError(404, 'not found');
  });
  return { path, raw: rest, host };
}

/**
 * What may be served: `files` maps exact URL paths to files under root (a path ending in
 * `/` may map to its index.html); `folders` lists URL prefixes ending in `/` (for example
 * `/dist/`) whose files are all public.
 */
export function allowlist({ files = {}, folders = [] }) {
  return { files: new Map(Object.entries(files)), folders: [...folders] };
}

/** The file under root for a canonical path, or null when the allowlist does not name it. */
export async function allowedFile(root, path, allow) {
  const base = resolve(root);
  let file = null;
  let folder = base;
  if (allow.files.has(path)) {
    file = resolve(base, `.${allow.files.get(path)}`);
  } else {
    const prefix = allow.folders.find((p) => path.startsWith(p) && path.length > p.length && !path.endsWith('/'));
    if (!prefix) return null;
    folder = resolve(base, `.${prefix}`);
    file = resolve(base, `.${path}`);
  }
  if (!(file === base || file.startsWith(base + sep)) || !file.startsWith(folder + sep)) return null;
  if (!MIME[extname(file)]) return null;
  try {
    const real = await realpath(file);
    const realFolder = await realpath(folder);
    if (!real.startsWith(realFolder + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Answers a GET/HEAD for an allowed file, or 404; HTML pages get PAGE_CSP. */
export async function serveFile(root, req, res, path, allow, headers = {}) {
  const file = await allowedFile(root, path, allow);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = await readFile(file);
  const type = MIME[extname(file)];
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': PAGE_CSP } : {}),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts a static server for root on 127.0.0.1 and a free port (benchmarks, scripts);
 * serves `/dist/`, `/bench/` and uPlot's `dist/` (the mood-timeline bench's baseline) unless
 * `allow` says otherwise. Resolves to { url, close }.
 */
export function startStaticServer(root, port = 0, allow = allowlist({ folders: ['/dist/', '/bench/', '/node_modules/uplot/dist/'] })) {
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      await serveFile(root, req, res, requestPath(req.url).path, allow);
    } catch (error) {
      if (res.headersSent) res.destroy();
      else res.writeHead(error instanceof PathError ? error.status : 500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error instanceof PathError ? error.message : 'Internal error');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
