// <ipt-sync> against the real example backend, in Debian's Chromium: the six delivery
// scenarios of issue 6. Each test has its own workbook (and browser context, so its own
// IndexedDB); the backend's fault injection plays the unreliable network and server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openSyncPage, postsFor, signedInClinician, startBackend, storedIds, useKitBundle, waitFor } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startBackend();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.dispose();
});

let n = 0;
async function newContext() {
  const context = await browser.newContext();
  await useKitBundle(context);
  return context;
}
const workbookName = (label) => `${label}-${process.pid}-${(n += 1)}`;
const unique = (ids) => new Set(ids).size === ids.length;
const pending = (page) => page.evaluate(() => window.sync.pending);

describe('<ipt-sync> with the example backend', () => {
  it('backend stopped, three edits, backend started: each event stored exactly once', async () => {
    const context = await newContext();
    const wb = workbookName('stopped');
    try {
      const page = await openSyncPage(context, server, wb);
      await server.stop();
      await page.evaluate(() => window.editMany(1, 3));
      await waitFor(() => page.evaluate(() => window.sync.status === 'retrying' && window.sync.pending === 3), { message: 'retrying with 3 pending' });
      server = await startBackend({ port: server.port, dataDir: server.dataDir });
      await waitFor(() => storedIds(server, wb).length >= 3, { message: 'three stored' });
      await waitFor(async () => (await pending(page)) === 0, { message: 'outbox empty' });
      const ids = storedIds(server, wb);
      assert.equal(ids.length, 3);
      assert.ok(unique(ids));
      await waitFor(() => page.evaluate(() => window.sync.status === 'idle'), { message: 'idle' });
    } finally {
      await context.close();
    }
  });

  it('backend answering 503 twice then 200: delivered once, the retry carried the same key', async () => {
    const context = await newContext();
    const wb = workbookName('503');
    try {
      const page = await openSyncPage(context, server, wb);
      server.faults.next(2, { status: 503, headers: { 'Retry-After': '0' } });
      await page.evaluate(() => window.edit(1));
      await waitFor(() => storedIds(server, wb).length === 1, { message: 'stored' });
      const ids = storedIds(server, wb);
      const posts = postsFor(server, ids);
      assert.deepEqual(posts.map((p) => p.status), [503, 503, 200]);
      assert.equal(new Set(posts.map((p) => p.idempotencyKey)).size, 1, 'one key for every attempt');
      assert.ok(posts[0].idempotencyKey);
      assert.deepEqual(posts.map((p) => p.eventIds), [ids, ids, ids]);
      await waitFor(async () => (await pending(page)) === 0, { message: 'outbox empty' });
      const statuses = await page.evaluate(() => window.statuses.map((s) => s.status));
      assert.ok(statuses.includes('retrying'));
    } finally {
      server.faults.clear();
      await context.close();
    }
  });

  it('reload in the middle of a queue: nothing lost', async () => {
    const context = await newContext();
    const wb = workbookName('reload');
    try {
      const page = await openSyncPage(context, server, wb, { 'timeout-ms': '60000' });
      server.faults.next(1, { hang: true }); // the first batch is in flight when the page goes
      const logFrom = server.requests.length;
      await page.evaluate(() => window.editMany(1, 3));
      await waitFor(() => server.requests.length > logFrom, { message: 'the first batch in flight' });
      await page.evaluate(() => window.editMany(4, 6));
      await waitFor(async () => (await pending(page)) === 6, { message: 'six queued' });
      await page.reload();
      await page.waitForFunction(() => window.syncReady && customElements.get('ipt-sync'), null, { timeout: 15000 });
      await waitFor(() => storedIds(server, wb).length >= 6, { message: 'six stored' });
      await waitFor(async () => (await pending(page)) === 0, { message: 'outbox empty' });
      const ids = storedIds(server, wb);
      assert.equal(ids.length, 6);
      assert.ok(unique(ids));
      const posts = postsFor(server, ids);
      const hung = posts[0];
      assert.equal(hung.status, 0, 'the first attempt got no answer');
      const retried = posts.find((p) => p !== hung && p.idempotencyKey === hung.idempotencyKey);
      assert.ok(retried, 'after the reload the batch in flight went again with its key');
      assert.deepEqual(retried.eventIds, hung.eventIds);
    } finally {
      server.faults.clear();
      await context.close();
    }
  });

  it('two tabs open: no event stored twice, one tab sending at a time', async () => {
    const context = await newContext();
    const wb = workbookName('tabs');
    server.faults.latencyMs = 150; // a slow server, so two senders would overlap
    try {
      const a = await openSyncPage(context, server, wb, { 'batch-size': '2' });
      const b = await openSyncPage(context, server, wb, { 'batch-size': '2' });
      const logFrom = server.requests.length;
      await Promise.all([
        a.evaluate(async () => {
          for (let i = 1; i <= 8; i++) {
            window.edit(i);
            await new Promise((r) => setTimeout(r, 40));
          }
        }),
        b.evaluate(async () => {
          for (let i = 101; i <= 108; i++) {
            window.edit(i);
            await new Promise((r) => setTimeout(r, 40));
          }
        }),
      ]);
      await waitFor(() => storedIds(server, wb).length >= 16, { message: 'sixteen stored', timeout: 30000 });
      await waitFor(async () => (await pending(a)) === 0 && (await pending(b)) === 0, { message: 'both outboxes empty' });
      const ids = storedIds(server, wb);
      assert.equal(ids.length, 16);
      assert.ok(unique(ids));
      const posts = server.requests.slice(logFrom).filter((r) => r.method === 'POST');
      const attempted = posts.flatMap((p) => p.eventIds);
      assert.ok(unique(attempted), 'no event was sent twice');
      // one sender at a time: no two requests were at the server together
      const sorted = [...posts].sort((x, y) => x.at - y.at);
      for (let i = 1; i < sorted.length; i++) {
        assert.ok(sorted[i].at >= sorted[i - 1].end, `request ${i} started before request ${i - 1} ended`);
      }
      // and both tabs heard how it went
      await waitFor(() => a.evaluate(() => window.sync.status === 'idle'), { message: 'tab a idle' });
      await waitFor(() => b.evaluate(() => window.sync.status === 'idle'), { message: 'tab b idle' });
    } finally {
      server.faults.clear();
      await context.close();
    }
  });

  it('a 400 answer: the batch is in the dead letters and reported, later events still flow', async () => {
    const context = await newContext();
    const wb = workbookName('dead');
    try {
      const page = await openSyncPage(context, server, wb);
      server.faults.next(1, { status: 400, body: JSON.stringify({ error: 'events[0].state: refused by the test' }) });
      await page.evaluate(() => window.edit(1));
      await waitFor(() => page.evaluate(() => window.errors.length > 0), { message: 'an ipt-error' });
      const errors = await page.evaluate(() => window.errors);
      assert.equal(errors[0].code, 'sync-rejected');
      assert.match(errors[0].message, /400/);
      const letters = await page.evaluate(() => window.sync.deadLetters());
      assert.equal(letters.length, 1);
      assert.equal(letters[0].status, 400);
      assert.equal(letters[0].reason, 'events[0].state: refused by the test');
      assert.equal(letters[0].events[0].change.id, 'e1');
      await page.evaluate(() => window.edit(2));
      await waitFor(() => storedIds(server, wb).length === 1, { message: 'the later event stored' });
      const reader = await signedInClinician(server, [wb]);
      const { elements } = await (await reader.fetch(`/api/ipt/workbooks/${wb}`)).json();
      assert.equal(elements[0].change.id, 'e2');
      assert.equal(storedIds(server, wb).includes(letters[0].events[0].id), false);
      // never retried by itself: only the host's retryDeadLetters() sends it again
      assert.equal(postsFor(server, [letters[0].events[0].id]).length, 1);
      assert.equal(await page.evaluate(() => window.sync.retryDeadLetters()), 1);
      await waitFor(() => storedIds(server, wb).length === 2, { message: 'the dead letter delivered on request' });
    } finally {
      server.faults.clear();
      await context.close();
    }
  });

  it('1,000 queued events delivered in at most 20 requests', async (t) => {
    const context = await newContext();
    const wb = workbookName('thousand');
    try {
      const page = await openSyncPage(context, server, wb);
      await context.setOffline(true);
      await page.evaluate(() => window.editMany(1, 1000));
      await waitFor(async () => (await pending(page)) === 1000, { message: '1000 queued', timeout: 30000 });
      await waitFor(() => page.evaluate(() => window.sync.status === 'offline'), { message: 'offline' });
      const logFrom = server.requests.length;
      await context.setOffline(false);
      await waitFor(() => storedIds(server, wb).length === 1000, { message: '1000 stored', timeout: 60000 });
      const posts = server.requests.slice(logFrom).filter((r) => r.method === 'POST');
      assert.ok(posts.length <= 20, `${posts.length} requests`);
      t.diagnostic(`1000 events in ${posts.length} requests, ${posts.at(-1).end - posts[0].at} ms from the first request to the last answer`);
      assert.ok(unique(storedIds(server, wb)));
      await waitFor(async () => (await pending(page)) === 0, { message: 'outbox empty' });
    } finally {
      await context.close();
    }
  });
});
