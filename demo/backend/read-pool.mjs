// Reads of clients' data take turns. However many clinicians' pages (or scripts holding a
// session) ask at once, at most `size` reads are worked on at a time; the others wait, and
// the next to start is always a read of the session served longest ago, so one session
// asking in a loop cannot hold back another's reads, and reads together cannot take the
// HTTP thread from clients delivering their events. A read that waits is answered later,
// never refused.

/** A pool of `size` read slots shared fairly between keys (sessions); run(key, task) resolves to task()'s result. */
export function createReadPool(size) {
  let running = 0;
  let turns = 0;
  /** key -> tasks waiting, oldest first */
  const waiting = new Map();
  /** key -> { running, lastTurn } while the key has reads running or waiting */
  const keys = new Map();

  const next = () => {
    while (running < size && waiting.size > 0) {
      let key;
      let oldest = Infinity;
      for (const k of waiting.keys()) {
        const turn = keys.get(k).lastTurn;
        if (turn < oldest) [key, oldest] = [k, turn];
      }
      const line = waiting.get(key);
      const start = line.shift();
      if (!line.length) waiting.delete(key);
      const stats = keys.get(key);
      stats.running += 1;
      stats.lastTurn = (turns += 1);
      running += 1;
      start(() => {
        running -= 1;
        stats.running -= 1;
        if (stats.running === 0 && !waiting.has(key)) keys.delete(key);
      });
    }
  };

  return {
    /** Reads being worked on now. */
    get running() {
      return running;
    },
    /** Reads waiting for a slot. */
    get waiting() {
      let n = 0;
      for (const line of waiting.values()) n += line.length;
      return n;
    },
    run(key, task) {
      return new Promise((resolve, reject) => {
        const start = (release) => {
          const settle = (settleWith) => (value) => {
            release();
            settleWith(value);
            next();
          };
          Promise.resolve().then(task).then(settle(resolve), settle(reject));
        };
        if (!keys.has(key)) keys.set(key, { running: 0, lastTurn: -1 });
        const line = waiting.get(key);
        if (line) line.push(start);
        else waiting.set(key, [start]);
        next();
      });
    },
  };
}
