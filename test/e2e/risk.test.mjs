// Risk reaches the program first: an ipt-risk behind a thousand queued changes, through
// <ipt-sync> to the real example backend, and on to the clinician page's flag.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openSyncPage, signedInClinician, startBackend, storedIds, useKitBundle, waitFor } from './harness.mjs';

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

const risksOf = (workbook) => server.store.db.prepare('SELECT * FROM risks WHERE workbook = ?').all(workbook);

describe('ipt-risk with <ipt-sync> and the example backend', () => {
  it('a risk behind 1,000 queued changes is stored first and flagged on the clinician page', async () => {
    const wb = `risk-first-${process.pid}`;
    const context = await browser.newContext();
    await useKitBundle(context);
    try {
      const page = await openSyncPage(context, server, wb, { 'batch-size': '50' });
      // the first batch of changes hangs on its way: everything else waits behind it
      server.faults.next(1, { hang: true });
      await page.evaluate(() => window.editMany(1, 1000));
      // a backlog: all 1,000 written to the outbox (its appends are the element's own bookkeeping)
      await waitFor(() => page.evaluate(() => window.sync.pending >= 1000 && window.sync.appends.size === 0), {
        timeout: 60000,
        message: '1,000 changes in the outbox',
      });
      const riskAt = Date.now();
      await page.evaluate(() => window.risk(2));
      await waitFor(() => risksOf(wb).length === 1, { message: 'the risk stored' }).catch(async (error) => {
        const info = await page.evaluate(() => ({ errors: window.errors, statuses: window.statuses.slice(-3), pending: window.sync.pending }));
        const posts = server.requests.filter((r) => r.method === 'POST').map((r) => `${r.status} ${r.eventIds.length}`);
        throw new Error(`${error.message}: ${JSON.stringify(info)} posts ${posts.join(', ')}`);
      });
      console.log(`risk stored ${Date.now() - riskAt} ms after it was raised, behind 1,000 queued changes`);
      const stored = storedIds(server, wb).length;
      assert.ok(stored < 1000, `the risk came before the queued changes (${stored} of 1,000 were stored before it)`);
      const [risk] = risksOf(wb);
      assert.equal(risk.kind, 'phq9-item9');
      assert.equal(risk.value, 2);

      // the clinician assigned to this client sees the flag at the top
      const who = await signedInClinician(server, [wb], { signIn: false });
      const clinician = await context.newPage();
      await clinician.goto(`${server.url}/demo/clinician.html#signin=${server.accounts.issueSignInLink(who.id)}`);
      const first = clinician.locator('#clients li').first();
      await first.waitFor();
      assert.match(await first.textContent(), /1 risk flag not yet seen/);
      await first.locator('a').click();
      await clinician.locator('#risks li.risk').waitFor();
      assert.match(await clinician.locator('#risks .risk-what').textContent(), /PHQ-9 item 9/);

      // and every change still arrives, once
      server.faults.clear();
      await page.evaluate(() => window.sync.flush());
      await waitFor(() => storedIds(server, wb).length === 1000, { timeout: 60000, message: 'all 1,000 changes stored' });
      assert.equal(new Set(storedIds(server, wb)).size, 1000);
      assert.equal(risksOf(wb).length, 1, 'the risk stored once');
    } finally {
      server.faults.clear();
      await context.close();
    }
  });
});
