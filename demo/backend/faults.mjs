// Fault injection for the end-to-end tests: makes POST /api/ipt/events misbehave the way
// real networks and servers do. Only `startServer({ faults: true })` creates one; the
// demo server started by `npm start` has none.

/**
 * A queue of planned answers, each used by one request, and a `down` switch.
 * Planned answers: `{ status, headers?, body? }`, `{ hang: true }` (never answer) or
 * `{ drop: true }` (close the connection without an answer: a network error).
 */
export function createFaults() {
  const planned = [];
  const hanging = new Set();
  return {
    /** While true every request is dropped, as if the server were unreachable. */
    down: false,
    /** Milliseconds every request waits before it is handled: a slow server. */
    latencyMs: 0,
    /** Plans the next `count` answers. */
    next(count, answer) {
      for (let i = 0; i < count; i += 1) planned.push(answer);
    },
    /** Forgets every plan, lifts `down` and ends hanging requests. */
    clear() {
      planned.length = 0;
      this.down = false;
      this.latencyMs = 0;
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    get planned() {
      return planned.length;
    },
    /** Answers req when a fault applies; returns the status it gave (0: none), or null when it did not. */
    apply(req, res) {
      const answer = this.down ? { drop: true } : planned.shift();
      if (!answer) return null;
      if (answer.drop) {
        req.socket.destroy();
        return 0;
      }
      if (answer.hang) {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return 0;
      }
      const body = answer.body ?? JSON.stringify({ error: `injected ${answer.status}` });
      res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(body);
      return answer.status;
    },
  };
}
