// Raw HTTP/1.1 over a socket, for request targets fetch() would normalise or refuse
// (`/../`, absolute-form, malformed escapes, broken request lines).
import { connect } from 'node:net';

/**
 * Sends `request` (a whole request as text or bytes, or built from { method, target, headers, body })
 * to port on 127.0.0.1; resolves to { status, headers (lower-case names), body, raw } or
 * { status: 0 } when the server closed without an answer.
 */
export function raw(port, request, { timeout = 5000 } = {}) {
  const text =
    typeof request === 'string' || Buffer.isBuffer(request)
      ? request
      : `${request.method ?? 'GET'} ${request.target} HTTP/1.1\r\n` +
        Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...request.headers })
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        (request.body !== undefined ? `Content-Length: ${Buffer.byteLength(request.body)}\r\n\r\n${request.body}` : '\r\n');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    const done = () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString('latin1');
      const end = all.indexOf('\r\n\r\n');
      const head = end < 0 ? all : all.slice(0, end);
      const [statusLine, ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status, headers, body: end < 0 ? '' : all.slice(end + 4), raw: all });
    };
    const timer = setTimeout(() => socket.destroy(), timeout);
    socket.on('data', (c) => chunks.push(c));
    socket.on('close', done);
    socket.on('error', () => {});
    socket.write(text);
  });
}
