// Regenerates the README screenshots of the middle phase's two worksheets, at a phone's
// 390 px and on a desktop, from the built kit (run `npm run build` first):
// `node scripts/screenshots-middle.mjs`. Debian's Chromium through playwright-core.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The circle and the timeline give the worksheets their people and events; only the worksheet is photographed.
const page = (tag) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body { margin: 16px; font-family: system-ui, sans-serif; background: #fff; } .given { display: none; }</style>
<script type="module" src="/dist/ipt-widgets-all.js"></script></head><body>
<ipt-workbook workbook-id="shots"><div class="given"><ipt-social-circle persist="none"></ipt-social-circle>
<ipt-mood-timeline persist="none"></ipt-mood-timeline><ipt-problem-area-picker persist="none"></ipt-problem-area-picker></div>
<${tag} persist="none"></${tag}></ipt-workbook></body></html>`;

const person = (id, name, ring, relationship = 'family') => ({ id, name, relationship, ring });
const given = {
  circle: { people: [person('sam', 'Sam', 1, 'partner'), person('mum', 'Mum', 1), person('jo', 'Jo (manager)', 3, 'colleague')], snapshots: [] },
  timeline: {
    entries: [],
    events: [
      { id: 'e1', date: '2026-03-02', title: 'Row with Sam about the bills', kind: 'conflict', impact: -3, personIds: ['sam'] },
      { id: 'e2', date: '2026-03-09', title: 'Review with Jo', kind: 'change', impact: -1, personIds: ['jo'] },
    ],
    measures: [],
  },
  picker: { ratings: {}, selected: [{ area: 'role-dispute', primary: true, details: { personName: 'Sam' }, goals: [] }] },
};

const communication = {
  analyses: [
    {
      id: 'a1',
      date: '2026-03-02',
      personId: 'sam',
      eventId: 'e1',
      happened: 'Sam came home late and I brought up the bills straight away.',
      said: '“You never think about money, I have to do everything.”',
      theySaid: '“Here we go again.” Then went to the other room.',
      felt: 'Angry, then very alone.',
      meant: 'That I am worried and tired, and need us to sit down together.',
    },
    { id: 'a2', date: '2026-03-09', personId: 'jo', eventId: 'e2', happened: 'My review', said: 'Nothing, I just nodded.' },
    { id: 'a3', date: '2026-02-20', personId: 'mum', happened: 'Phone call on Sunday', said: 'I said I was fine.', theySaid: 'She changed the subject.' },
  ],
};

const decision = {
  decisions: [
    {
      id: 'd1',
      date: '2026-03-10',
      question: 'Should I ask Sam to sit down and plan the money together, or keep doing it alone?',
      personId: 'sam',
      area: 'role-dispute',
      options: [
        { id: 'o1', text: 'Ask Sam for one evening a month', pros: 'We share the worry\nFewer rows in the hallway', cons: 'Sam may say no\nIt may start a row' },
        { id: 'o2', text: 'Keep doing it alone', pros: 'No risk of an argument', cons: 'I stay exhausted\nI get angry inside' },
      ],
      choiceId: 'o1',
      firstStep: 'Ask on Sunday morning, when we are both rested.',
    },
  ],
};

const scenes = [
  { file: 'docs/images/communication-analysis.png', width: 1000, tag: 'ipt-communication-analysis', state: communication },
  { file: 'docs/images/phone-communication-analysis.png', width: 390, tag: 'ipt-communication-analysis', state: communication, open: 'Sam came', next: 4, from: '[part="steps"]' },
  { file: 'docs/images/decision-analysis.png', width: 1000, tag: 'ipt-decision-analysis', state: decision, open: 'Should I' },
  { file: 'docs/images/phone-decision-analysis.png', width: 390, tag: 'ipt-decision-analysis', state: decision, open: 'Should I', from: '[part="options"]' },
];

const server = await startStaticServer(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const scene of scenes) {
    const tab = await browser.newPage({ viewport: { width: scene.width, height: 900 } });
    await tab.route(`${server.url}/scene.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(scene.tag) }));
    await tab.goto(`${server.url}/scene.html`);
    const clip = await tab.evaluate(
      async ({ tag, state, given, open, next, from }) => {
        for (const t of ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', tag]) await customElements.whenDefined(t);
        const q = (t) => document.querySelector(t);
        await Promise.all(['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', tag].map((t) => q(t).ready));
        q('ipt-social-circle').state = given.circle;
        q('ipt-mood-timeline').state = given.timeline;
        q('ipt-problem-area-picker').state = given.picker;
        const el = q(tag);
        el.state = state;
        await new Promise((r) => setTimeout(r, 100));
        await el.updateComplete;
        if (open) [...el.shadowRoot.querySelectorAll('.open-button')].find((b) => b.textContent.includes(open)).click();
        await el.updateComplete;
        for (let i = 0; i < (next ?? 0); i++) {
          el.shadowRoot.getElementById('prev').click();
          await el.updateComplete;
        }
        document.activeElement?.blur?.();
        el.shadowRoot.activeElement?.blur?.();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const box = el.getBoundingClientRect();
        const top = from ? el.shadowRoot.querySelector(from).getBoundingClientRect().top - 8 : box.top - 8;
        return { x: 0, y: Math.max(0, Math.floor(top)), width: Math.ceil(box.right + 16), height: Math.ceil(box.bottom + 16 - Math.max(0, top)) };
      },
      { tag: scene.tag, state: scene.state, given, open: scene.open, next: scene.next, from: scene.from },
    );
    const height = Math.min(clip.height, scene.width < 500 ? 1400 : 2000);
    await tab.setViewportSize({ width: scene.width, height: clip.y + height });
    await tab.screenshot({ path: join(root, scene.file), clip: { x: 0, y: clip.y, width: scene.width, height } });
    console.log(`${scene.file}: ${scene.width} x ${height}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
