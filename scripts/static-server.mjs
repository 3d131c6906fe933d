// A tiny static file server on 127.0.0.1 for benchmarks and end-to-end scripts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Resolves a URL path under root, or null when it would escape root. */
export function safePath(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const full = resolve(join(root, normalize(decoded)));
  return full.startsWith(resolve(root)) ? full : null;
}

/** Serves a file under root for a request, or answers 404; returns true when it answered. */
export async function serveFile(root, req, res, headers = {}) {
  let file = safePath(root, req.url ?? '/');
  if (!file) {
    res.writeHead(403).end();
    return true;
  }
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
  return true;
}

/** Starts a static server for root on a free port; resolves to { url, close }. */
export function startStaticServer(root, port = 0) {
  const server = createServer((req, res) => void serveFile(root, req, res));
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
