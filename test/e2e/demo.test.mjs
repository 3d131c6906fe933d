// The demo page (demo/index.html + demo/demo.js) delivers with the client token the
// program gave it, through <ipt-sync>'s `headers` hook; without one, changes wait on the
// device (retried, not set aside) until the token comes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clientToken, launchChromium, startBackend, storedIds, useKitBundle, waitFor } from './harness.mjs';

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

/** One change, announced inside the demo's workbook the way the mood timeline does. */
const change = (page, n) =>
  page.evaluate((n) => {
    document.querySelector('ipt-mood-timeline').dispatchEvent(
      new CustomEvent('ipt-change', {
        bubbles: true,
        composed: true,
        detail: {
          source: 'ipt-mood-timeline',
          storageKey: 'daily',
          workbook: 'demo-client',
          state: { entries: [{ id: `d${n}`, date: '2026-11-20', mood: 5 }], events: [] },
          change: { type: 'entry-add', id: `d${n}` },
          at: new Date().toISOString(),
        },
      }),
    );
  }, n);

describe('demo/index.html delivering to the example backend', () => {
  it('sends with the token from the link, and keeps changes made before it came', async () => {
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      // no token yet: the change waits, it is not refused and set aside
      await page.goto(`${server.url}/demo/`);
      await page.waitForFunction(() => customElements.get('ipt-sync') && document.querySelector('ipt-sync').headers);
      await change(page, 1);
      await waitFor(() => page.evaluate(() => document.querySelector('ipt-sync').pending === 1), { message: 'one pending' });
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(storedIds(server, 'demo-client'), []);
      assert.equal((await page.evaluate(() => document.querySelector('ipt-sync').deadLetters())).length, 0);
      assert.match(await page.locator('#data-status').textContent(), /open the link/);

      // the link the program gave: the token is kept, and leaves the address bar
      const token = clientToken(server, 'demo-client');
      await page.goto(`${server.url}/demo/#client-token=${token}`);
      await waitFor(() => page.evaluate(() => location.hash === ''), { message: 'the token gone from the address' });
      await waitFor(() => storedIds(server, 'demo-client').length === 1, { message: 'the waiting change delivered' });
      await change(page, 2);
      await waitFor(() => storedIds(server, 'demo-client').length === 2, { message: 'a new change delivered' });
      const posts = server.requests.filter((r) => r.method === 'POST' && r.status === 200);
      assert.ok(posts.length >= 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
