import { expect } from '@open-wc/testing';
import { backoffDelay, isRetryableStatus, parseRetryAfter, retryDelay } from '../src/sync/backoff.js';
import { withLock } from '../src/sync/lock.js';

const options = { minMs: 1000, maxMs: 8000 };

describe('sync backoff', () => {
  it('doubles from the first wait up to the cap', () => {
    const high = () => 1; // the top of the jitter range
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, options, high))).to.deep.equal([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('jitters within the upper half, so no wait is near zero', () => {
    expect(backoffDelay(3, options, () => 0)).to.equal(2000);
    expect(backoffDelay(3, options, () => 0.5)).to.equal(3000);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(2, options);
      expect(d).to.be.within(1000, 2000);
    }
  });

  it('survives absurd attempt counts', () => {
    expect(backoffDelay(10_000, options, () => 1)).to.equal(8000);
    expect(backoffDelay(0, options, () => 1)).to.equal(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
    expect(parseRetryAfter('  ', now)).to.equal(null);
  });

  it('waits at least what the server asked for, within a cap', () => {
    const low = () => 0;
    expect(retryDelay(1, 30_000, options, low)).to.equal(30_000);
    expect(retryDelay(4, 100, options, low)).to.equal(4000);
    expect(retryDelay(1, 10 * 3600_000, { ...options, retryAfterCapMs: 60_000 }, low)).to.equal(60_000);
    expect(retryDelay(2, null, options, low)).to.equal(1000);
  });

  it('retries 408, 429 and 5xx, not other answers', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 403, 404, 409, 413, 422].some(isRetryableStatus)).to.equal(false);
  });
});

describe('sync lock', () => {
  for (const useWebLocks of [true, false]) {
    it(`lets one holder work at a time (${useWebLocks ? 'Web Locks' : 'localStorage lease'})`, async () => {
      const name = `lock-test-${useWebLocks}-${Math.random()}`;
      let inside = 0;
      let overlap = false;
      const order: number[] = [];
      const work = (n: number) => async () => {
        inside += 1;
        if (inside > 1) overlap = true;
        await new Promise((r) => setTimeout(r, 30));
        order.push(n);
        inside -= 1;
        return n;
      };
      const results = await Promise.all([1, 2, 3].map((n) => withLock(name, work(n), useWebLocks)));
      expect(results).to.deep.equal([1, 2, 3]);
      expect(order).to.have.length(3);
      expect(overlap).to.equal(false);
    });
  }
});
