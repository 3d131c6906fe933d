// The clinician page against the example backend: read-only elements hydrated with
// `state =`, refreshed by polling, under the strict Content-Security-Policy it is served with.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, makeEvent, post, startBackend, useKitBundle, waitFor } from './harness.mjs';

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

const mood = (wb, entries, at) =>
  makeEvent({
    workbook: wb,
    source: 'ipt-mood-timeline',
    state: { entries, events: [] },
    change: { type: 'entry-add', id: entries.at(-1).id },
    at,
  });

describe('demo/clinician.html', () => {
  it('shows the latest state read-only, refreshes on new events, keeps nothing on the device', async () => {
    const wb = `clinic-${process.pid}`;
    const first = [{ id: 'a', date: '2026-11-20', mood: 3 }];
    await post(server.url, {
      events: [
        mood(wb, first, '2026-11-20T10:00:00.000Z'),
        makeEvent({ workbook: wb, source: 'ipt-future-widget', state: { hello: '<b>not markup</b>' } }),
        makeEvent({ workbook: wb, source: 'ipt-social-circle', state: null, change: { type: 'clear' } }),
      ],
    });
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      const res = await page.goto(`${server.url}/demo/clinician.html?workbook=${wb}&poll=300`);
      assert.match(res.headers()['content-security-policy'], /script-src 'self'/);
      const timeline = page.locator('section[data-source="ipt-mood-timeline"] ipt-mood-timeline');
      await timeline.waitFor({ timeout: 15000 });
      await waitFor(() => timeline.evaluate((el) => el.state.entries.length === 1), { message: 'hydrated' });
      assert.equal(await timeline.getAttribute('readonly'), '');
      assert.equal(await timeline.getAttribute('persist'), 'none');
      assert.equal(await timeline.evaluate((el) => el.state.entries[0].mood), 3);

      // an element this kit does not know is shown as data, as text
      const future = page.locator('section[data-source="ipt-future-widget"]');
      assert.match(await future.locator('.problem').textContent(), /no <ipt-future-widget>/);
      assert.match(await future.locator('pre').textContent(), /<b>not markup<\/b>/);
      assert.equal(await future.locator('b').count(), 0);
      assert.match(await page.locator('section[data-source="ipt-social-circle"] .problem').textContent(), /cleared/);

      // a newer event reaches the page by polling
      const second = [...first, { id: 'b', date: '2026-11-21', mood: 6 }];
      await post(server.url, { events: [mood(wb, second, '2026-11-21T10:00:00.000Z')] });
      await waitFor(() => timeline.evaluate((el) => el.state.entries.length === 2), { message: 'refreshed' });
      assert.equal(await page.locator('section[data-source="ipt-mood-timeline"]').count(), 1);

      // the client's data stays off the clinician's device
      const keys = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('ipt-widgets');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('records')) return resolve([]);
              const req = db.transaction('records').objectStore('records').getAllKeys();
              req.onsuccess = () => resolve(req.result.map(String));
            };
            open.onerror = () => resolve([]);
          }),
      );
      assert.deepEqual(keys.filter((k) => k.startsWith(`${wb}/`)), []);
      assert.deepEqual(problems, [], 'no errors (and no CSP violations) in the console');
    } finally {
      await context.close();
    }
  });

  it('lists the delivered workbooks to choose from', async () => {
    const wb = `clinic-list-${process.pid}`;
    await post(server.url, { events: [mood(wb, [{ id: 'x', date: '2026-11-19', mood: 5 }], '2026-11-19T09:00:00.000Z')] });
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/demo/clinician.html?poll=300`);
      await page.locator(`#workbook option[value="${wb}"]`).waitFor({ state: 'attached' });
      await page.selectOption('#workbook', wb);
      await page.click('form#pick button');
      await page.locator('section[data-source="ipt-mood-timeline"] ipt-mood-timeline').waitFor();
      assert.match(page.url(), new RegExp(`workbook=${wb}`));
      assert.match(await page.locator('#status').textContent(), new RegExp(wb));
    } finally {
      await context.close();
    }
  });
});
