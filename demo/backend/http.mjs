// Small HTTP pieces of the API: JSON answers that are serialised before the status line
// is written (so a failure can still become a clean 500), bodies read under a size limit
// (gzip inflated under its own limit), and cookies.
import { createGunzip } from 'node:zlib';
import { HttpError, LIMITS } from './validate.mjs';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Writes a JSON answer; `body` may be an object or a JSON text already made. */
export function sendJson(res, status, body, headers = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const tooLarge = (limit, what = 'body') =>
  new HttpError(413, `${what}: larger than ${limit} bytes`, { Connection: 'close' });

/**
 * Reads the request body as UTF-8 text: at most `wire` bytes as sent and, for
 * `Content-Encoding: gzip`, at most `inflated` bytes once inflated. Refuses (413) as soon
 * as a limit is passed, without buffering the rest; other encodings get 415.
 */
export function readBody(req, { wire = LIMITS.bodyBytes, inflated = LIMITS.inflatedBytes } = {}) {
  return new Promise((resolve, reject) => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== 'gzip') {
      reject(new HttpError(415, 'Content-Encoding: only gzip is accepted'));
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (declared > wire) {
      reject(tooLarge(wire));
      return;
    }
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      req.unpipe?.();
      req.pause();
      reject(error);
    };
    let received = 0;
    req.on('data', (chunk) => {
      received += chunk.length;
      if (received > wire) fail(tooLarge(wire));
    });
    // an aborted upload is the client's business: no stack trace in the log
    req.on('aborted', () => fail(new HttpError(400, 'body: the upload was aborted')));
    req.on('error', () => fail(new HttpError(400, 'body: the upload failed')));

    const chunks = [];
    let size = 0;
    const collect = (stream, limit, what) => {
      stream.on('data', (chunk) => {
        if (settled) return;
        size += chunk.length;
        if (size > limit) {
          fail(tooLarge(limit, what));
          stream.destroy?.();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
    };
    if (encoding === 'gzip') {
      const gunzip = createGunzip({ maxOutputLength: inflated + 1 });
      gunzip.on('error', (error) =>
        fail(error.code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge(inflated, 'inflated body') : new HttpError(400, 'body: not valid gzip')),
      );
      collect(gunzip, inflated, 'inflated body');
      req.pipe(gunzip);
    } else {
      collect(req, wire, 'body');
    }
  });
}

/** The cookies of a request as a Map (the first value of a repeated name wins). */
export function cookies(req) {
  const map = new Map();
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!map.has(name)) map.set(name, part.slice(i + 1).trim());
  }
  return map;
}
