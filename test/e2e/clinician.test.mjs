// The clinician page against the example backend: read-only elements hydrated with
// `state =`, refreshed by polling, under the strict Content-Security-Policy it is served with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchChromium, makeEvent, openSyncPage, post, signedInClinician, startBackend, storedIds, useKitBundle, waitFor } from './harness.mjs';

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

/** Every text of the page, into the shadow roots (style and script left out). */
const deepText = () => {
  const walk = (root) => {
    let out = '';
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) out += ` ${node.textContent}`;
      else if (node.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(node.tagName)) {
        out += walk(node);
        if (node.shadowRoot) out += walk(node.shadowRoot);
      }
    }
    return out;
  };
  return walk(document.body).replace(/\s+/g, ' ');
};

/** A new clinician assigned to `workbooks`, and the page address that signs them in once. */
async function clinicianLink(workbooks, query) {
  const who = await signedInClinician(server, workbooks, { signIn: false });
  return { who, url: `${server.url}/demo/clinician.html?${query}#signin=${server.accounts.issueSignInLink(who.id)}` };
}

describe('demo/clinician.html', () => {
  it('shows the latest state read-only, refreshes on new events, keeps nothing on the device', async () => {
    const wb = `clinic-${process.pid}`;
    const first = [{ id: 'a', date: '2026-11-20', mood: 3 }];
    await post(server, {
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
      const { url } = await clinicianLink([wb], `workbook=${wb}&poll=300`);
      const res = await page.goto(url);
      assert.equal(new URL(page.url()).hash, '', 'the one-time link leaves the address bar');
      assert.match(res.headers()['content-security-policy'], /script-src 'self'/);
      const timeline = page.locator('section[data-source="ipt-mood-timeline"] ipt-mood-timeline');
      await timeline.waitFor({ timeout: 15000 });
      await waitFor(() => timeline.evaluate((el) => el.state.entries.length === 1), { message: 'hydrated' });
      assert.equal(await timeline.getAttribute('readonly'), '');
      assert.equal(await timeline.getAttribute('persist'), 'none');
      assert.equal(await timeline.evaluate((el) => el.state.entries[0].mood), 3);

      // an element this kit does not know is shown as data, as text
      const future = page.locator('section[data-source="ipt-future-widget"]');
      assert.match(await future.locator('.problem').textContent(), /cannot show this part/);
      assert.match(await future.locator('pre').textContent(), /<b>not markup<\/b>/);
      assert.equal(await future.locator('b').count(), 0);
      assert.match(await page.locator('section[data-source="ipt-social-circle"] .problem').textContent(), /cleared/);

      // a newer event reaches the page by polling
      const second = [...first, { id: 'b', date: '2026-11-21', mood: 6 }];
      await post(server, { events: [mood(wb, second, '2026-11-21T10:00:00.000Z')] });
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

  it("lists the clinician's own clients to choose from, and no one else's", async () => {
    const wb = `clinic-list-${process.pid}`;
    const other = `clinic-other-${process.pid}`;
    await post(server, { events: [mood(wb, [{ id: 'x', date: '2026-11-19', mood: 5 }], '2026-11-19T09:00:00.000Z')] });
    await post(server, { events: [mood(other, [{ id: 'y', date: '2026-11-19', mood: 2 }], '2026-11-19T09:00:00.000Z')] });
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    try {
      const { url } = await clinicianLink([`${wb}-first`, wb], 'poll=300');
      await page.goto(url);
      await page.locator(`#clients a[data-workbook="${wb}"]`).waitFor();
      assert.equal(await page.locator(`#clients a[data-workbook="${other}"]`).count(), 0);
      await page.click(`#clients a[data-workbook="${wb}"]`);
      await page.locator('section[data-source="ipt-mood-timeline"] ipt-mood-timeline').waitFor();
      assert.match(page.url(), new RegExp(`workbook=${wb}`));
      assert.match(await page.locator('#status').textContent(), new RegExp(`Client ${wb}`));
      assert.equal(await page.locator(`#clients a[data-workbook="${wb}"]`).getAttribute('aria-current'), 'page');
      // the change in words, no storage key anywhere on the page
      assert.match(await page.locator('section[data-source="ipt-mood-timeline"] .meta').textContent(), /Added a mood check-in/);
      assert.doesNotMatch(await page.locator('main').innerText(), /\bdefault\b|entry-add/);
    } finally {
      await context.close();
    }
  });

  it('shows nothing before sign-in, and nothing of a client who is not theirs', async () => {
    const wb = `clinic-private-${process.pid}`;
    await post(server, { events: [mood(wb, [{ id: 'p', date: '2026-11-19', mood: 4 }], '2026-11-19T09:00:00.000Z')] });
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/demo/clinician.html?workbook=${wb}&poll=300`);
      await page.locator('#signin').waitFor();
      assert.equal(await page.locator('#signed-in').isHidden(), true);
      assert.equal(await page.locator('#who').isHidden(), true, 'no name and no sign-out button before sign-in');
      assert.equal(await page.locator('ipt-mood-timeline').count(), 0);
      assert.doesNotMatch(await page.locator('body').innerText(), new RegExp(wb));

      // a wrong password says so and shows nothing
      await page.fill('#email', 'nobody@example.org');
      await page.fill('#password', 'not the password at all');
      await page.click('#signin button[type=submit]');
      await page.locator('#signin-error').waitFor();
      assert.match(await page.locator('#signin-error').textContent(), /not recognised/);

      // signed in as a clinician of other clients: the address names this client, the page refuses
      const { who } = await clinicianLink([`${wb}-mine`], '');
      await page.fill('#email', who.email);
      await page.fill('#password', who.password);
      await page.click('#signin button[type=submit]');
      await page.locator(`#clients a[data-workbook="${wb}-mine"]`).waitFor();
      await waitFor(async () => /not one of yours/.test(await page.locator('#status').textContent()), { message: 'refused' });
      assert.equal(await page.locator('ipt-mood-timeline').count(), 0);

      // sign out: back to the form, the session is gone on the server too
      await page.click('#signout');
      await page.locator('#signin').waitFor();
      const cookies = await context.cookies();
      assert.equal(cookies.filter((c) => c.name === 'ipt_session' && c.value).length, 0);
    } finally {
      await context.close();
    }
  });

  it('shows a risk flag first, in words, and stores who marked it seen', async () => {
    const wb = `clinic-risk-${process.pid}`;
    const quiet = `clinic-quiet-${process.pid}`;
    await post(server, { events: [mood(wb, [{ id: 'r', date: '2026-11-19', mood: 1 }], '2026-11-19T09:00:00.000Z')] });
    // the quiet client delivered later: without the flag it would come first
    await post(server, { events: [mood(quiet, [{ id: 'q', date: '2026-11-20', mood: 6 }], '2026-11-20T09:00:00.000Z')] });
    const risk = {
      id: `risk-${process.pid}`,
      format: 2,
      type: 'risk',
      workbook: wb,
      source: 'ipt-mood-timeline',
      storageKey: 'default',
      risk: { kind: 'phq9-item9', value: 1, responseId: 'phq-1' },
      at: new Date().toISOString(),
      kitVersion: '0.2.0',
    };
    assert.equal((await post(server, { events: [risk] })).status, 200);
    const context = await browser.newContext();
    await useKitBundle(context);
    const page = await context.newPage();
    try {
      const { who, url } = await clinicianLink([quiet, wb], 'poll=300');
      await page.goto(url);
      const first = page.locator('#clients li').first();
      await first.waitFor();
      assert.equal(await first.locator('a').getAttribute('data-workbook'), wb, 'the flagged client is listed first');
      assert.match(await first.textContent(), /1 risk flag not yet seen/);

      await page.locator('#risks li.risk').waitFor();
      // the flags come before the workbook's elements
      const order = await page.evaluate(() => {
        const flags = document.getElementById('risks');
        const view = document.getElementById('view');
        return Boolean(flags.compareDocumentPosition(view) & Node.DOCUMENT_POSITION_FOLLOWING) && !flags.hidden;
      });
      assert.ok(order);
      assert.equal(
        await page.locator('#risks .risk-what').textContent(),
        'PHQ-9 item 9 (thoughts of death or self-harm) answered: several days',
      );
      assert.match(await page.locator('#risks li.risk .meta').first().textContent(), /Reported/);

      await page.click('#risks button.mark-seen');
      await page.locator('#risks li.risk.seen').waitFor();
      assert.match(await page.locator('#risks .seen-by').textContent(), /Seen by Dr\. Test/);
      const row = server.store.risk(risk.id);
      assert.ok(row.seen_at);
      assert.equal(row.seen_by, who.id);
      const log = server.accounts.auditLog().filter((r) => r.clinician_id === who.id).map((r) => `${r.action} ${r.workbook ?? ''}`.trim());
      assert.ok(log.includes(`risk-seen ${wb}`), log.join(', '));
      assert.ok(log.includes(`read ${wb}`));
    } finally {
      await context.close();
    }
  });

  it('reads as a clinician view: one heading per part, words not codes, nothing of the client\'s instructions, fits a phone, axe clean', async () => {
    const wb = `clinic-view-${process.pid}`;
    const at = '2026-11-20T10:00:00.000Z';
    await post(server, {
      events: [
        makeEvent({
          workbook: wb,
          source: 'ipt-social-circle',
          state: { people: [{ id: 'p1', name: 'Ana', relationship: 'partner', ring: 1 }], snapshots: [] },
          change: { type: 'person-move', id: 'p1' },
          at,
        }),
        makeEvent({
          workbook: wb,
          source: 'ipt-mood-timeline',
          state: { entries: [{ id: 'm1', date: '2026-11-19', mood: 4, note: 'Slept badly after the call' }], events: [] },
          change: { type: 'entry-add', id: 'm1' },
          at,
        }),
        makeEvent({
          workbook: wb,
          source: 'ipt-problem-area-picker',
          state: { ratings: { 'role-dispute': 'a-lot' }, selected: [{ area: 'role-dispute', primary: true, details: {}, goals: [] }] },
          change: { type: 'area-select', area: 'role-dispute' },
          at,
        }),
        makeEvent({ workbook: wb, source: 'ipt-session-plan', state: { current: 2, sessions: [] }, change: { type: 'current' }, at }),
      ],
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await useKitBundle(context);
    const page = await context.newPage();
    try {
      const { url } = await clinicianLink([wb], `workbook=${wb}&poll=60000`);
      await page.goto(url);
      for (const tag of ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-session-plan']) {
        await page.locator(`section[data-source="${tag}"] ${tag}`).waitFor({ timeout: 15000 });
      }
      await waitFor(() => page.locator('ipt-mood-timeline').evaluate((el) => el.state.entries.length === 1), { message: 'hydrated' });

      const view = await page.evaluate(() => {
        const deepText = (root) => {
          let out = '';
          for (const node of root.childNodes) {
            if (node.nodeType === Node.TEXT_NODE) out += ` ${node.textContent}`;
            else if (node.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(node.tagName)) {
              out += deepText(node);
              if (node.shadowRoot) out += deepText(node.shadowRoot);
            }
          }
          return out;
        };
        const sections = [...document.querySelectorAll('section.element')].map((s) => {
          const el = s.querySelector('[heading-level]');
          const own = el?.shadowRoot ? [...el.shadowRoot.querySelectorAll('h1, h2')].map((h) => h.textContent.trim()) : [];
          return { source: s.dataset.source, pageHeadings: s.querySelectorAll(':scope > h2').length, ownTopHeadings: own };
        });
        return { text: deepText(document.body).replace(/\s+/g, ' '), sections };
      });
      for (const s of view.sections) {
        assert.equal(s.pageHeadings, 1, `${s.source}: the page's heading`);
        assert.deepEqual(s.ownTopHeadings, [], `${s.source}: no second heading of the element's own`);
      }
      for (const code of ['person-move', 'area-select', 'entry-add', `${wb}/`, 'storage-key', ' default']) {
        assert.ok(!view.text.includes(code), `no "${code}" on the page`);
      }
      assert.match(view.text, /Moved a person closer or further away/);
      assert.match(view.text, /Chose a focus area/);
      for (const words of [
        'Put yourself in the middle',
        'No snapshots yet. Save one now',
        'What would you like to work on?',
        'People in your life',
        'How much does this sound like you',
        'Drag people to move them',
      ]) {
        assert.ok(!view.text.includes(words), `no client instruction "${words}"`);
      }
      // a check-in's note is there to read, without hovering over the chart
      assert.match(view.text, /Slept badly after the call/);

      // a phone: nothing wider than the screen, at 390 and 320 px
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(200);
        const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        assert.ok(wide.scroll <= wide.inner, `no sideways scrolling at ${width} px (${wide.scroll} > ${wide.inner})`);
      }

      // axe on the whole page, into the shadow roots
      const require = createRequire(import.meta.url);
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });
  it('shows middle-phase work delivered by <ipt-sync> read-only: every answer, in words about the client, nothing to click', async () => {
    const wb = `clinic-middle-${process.pid}`;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await useKitBundle(context);
    try {
      // the client's page: the real elements in a workbook with <ipt-sync>, written in by hand
      // (an assigned `state` is never echoed as ipt-change; gestures are what <ipt-sync> sends)
      const client = await openSyncPage(context, server, wb);
      await client.evaluate(async () => {
        const workbook = document.querySelector('ipt-workbook');
        for (const tag of ['ipt-communication-analysis', 'ipt-decision-analysis']) {
          const element = document.createElement(tag);
          workbook.append(element);
          await customElements.whenDefined(tag);
          await element.ready;
        }
      });
      const c = (selector) => client.locator(`ipt-communication-analysis ${selector}`);
      await c('#new').click();
      await c('#person-name').fill('Ana');
      await c('#answer').fill('We argued about money');
      await c('#next').click();
      await c('#answer').fill('I said it was not fair');
      await c('#willTry').fill('Ask her calmly on Sunday');
      const d = (selector) => client.locator(`ipt-decision-analysis ${selector}`);
      await d('#new').click();
      await d('#question').fill('Move closer to my sister?');
      await d('#opt-0-text').fill('Move');
      await d('#opt-0-pros').fill('Help with the children\nCompany');
      await d('#opt-0-cons').fill('Cost');
      await d('#opt-1-text').fill('Stay');
      await d('#choice-0').check();
      await d('#firstStep').fill('Call her on Sunday');
      const delivered = () => {
        const rows = server.store.db.prepare('SELECT source FROM events WHERE workbook = ?').pluck().all(wb);
        return rows.includes('ipt-communication-analysis') && rows.includes('ipt-decision-analysis');
      };
      await client.evaluate(() => window.sync.flush());
      await waitFor(delivered, { timeout: 30000, message: 'both records delivered' }).catch(async (error) => {
        const info = await client.evaluate(() => ({ errors: window.errors, statuses: window.statuses.slice(-3), pending: window.sync.pending, tags: [...document.querySelectorAll('ipt-workbook > *')].map((n) => `${n.localName}:${Boolean(customElements.get(n.localName))}`) }));
        throw new Error(`${error.message}: ${JSON.stringify(info)}, stored ${storedIds(server, wb).length}`);
      });
      assert.deepEqual(await client.evaluate(() => window.errors), []);

      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const { url } = await clinicianLink([wb], `workbook=${wb}&poll=300`);
      await page.goto(url);
      const comm = page.locator('section[data-source="ipt-communication-analysis"] ipt-communication-analysis');
      const decision = page.locator('section[data-source="ipt-decision-analysis"] ipt-decision-analysis');
      await comm.waitFor({ timeout: 15000 });
      await decision.waitFor({ timeout: 15000 });
      await waitFor(() => comm.evaluate((el) => el.state.analyses[0]?.willTry === 'Ask her calmly on Sunday'), { message: 'the last answer of the analysis shown' });
      await waitFor(() => decision.evaluate((el) => el.state.decisions[0]?.firstStep === 'Call her on Sunday'), { message: 'the first step of the decision shown' });
      for (const element of [comm, decision]) {
        assert.equal(await element.getAttribute('readonly'), '');
        assert.equal(await element.getAttribute('persist'), 'none');
        assert.equal(await element.getAttribute('heading-level'), 'none');
      }

      const seen = await page.evaluate(() => {
        const shadow = (tag) => document.querySelector(tag).shadowRoot;
        const acting = (tag) =>
          [...shadow(tag).querySelectorAll('button, input, select, textarea, [contenteditable="true"]')].filter((c) => !c.disabled).map((c) => c.outerHTML.slice(0, 80));
        return {
          controls: [...acting('ipt-communication-analysis'), ...acting('ipt-decision-analysis')],
          ownTopHeadings: ['ipt-communication-analysis', 'ipt-decision-analysis'].flatMap((t) => [...shadow(t).querySelectorAll('h1, h2')].map((h) => h.textContent.trim())),
          headings: ['ipt-communication-analysis', 'ipt-decision-analysis'].map((t) => document.querySelector(`section[data-source="${t}"] > h2`)?.textContent),
        };
      });
      assert.deepEqual(seen.controls, [], 'nothing that changes the client\'s work');
      assert.deepEqual(seen.ownTopHeadings, [], 'the page\'s heading names the part');
      assert.deepEqual(seen.headings, ['Communication analyses', 'Decision analyses']);

      const text = await page.evaluate(deepText);
      for (const words of [
        // every answer the client gave, and the steps not answered yet
        'With Ana',
        'We argued about money',
        'I said it was not fair',
        'Ask her calmly on Sunday',
        'Not answered yet.',
        'Move closer to my sister?',
        'Help with the children',
        'Cost',
        'Call her on Sunday',
        // spoken of the client
        'What they said',
        'What they will try',
        'The option they will try',
        'Their first step',
        'Wrote in a decision analysis',
      ]) {
        assert.ok(text.includes(words), `"${words}" on the page`);
      }
      for (const words of ['Look at a new conversation', 'Pick one conversation', 'What I said', 'What I will try', 'My first step', 'Which option will I try?', 'Think a new choice through', 'Need help now', 'analysis-add', `${wb}/`]) {
        assert.ok(!text.includes(words), `no "${words}" on the page`);
      }

      const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      assert.ok(wide.scroll <= wide.inner, `no sideways scrolling at 390 px (${wide.scroll} > ${wide.inner})`);

      const require = createRequire(import.meta.url);
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
