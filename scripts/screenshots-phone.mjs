// Screenshots of every element on a phone (390 CSS px, touch screen) from the built kit (run
// `npm run build` first): `node scripts/screenshots-phone.mjs`.
// Writes docs/images/phone-<element>-<lang>.png, en and es, each element filled in (the
// worksheets inside a workbook with a circle, a timeline and a picker), and the empty circle
// at 320 px in Spanish. The circle at device scale 2 (its picture is the point); the rest at
// scale 1, whole, so the files stay small.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const page = (body, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0 12px; font-family: system-ui, sans-serif; background: #fff; }</style>
<script type="module" src="/dist/ipt-widgets-all.js"></script></head><body>${body}</body></html>`;

const person = (id, name, ring, extra = {}) => ({ id, name, relationship: 'friend', ring, ...extra });
const circleState = {
  people: [
    person('mum', 'Mum', 1, { relationship: 'family', support: 'a-lot' }),
    person('priya', 'Priya', 1, { support: 'a-lot' }),
    person('sam', 'Sam', 1, { relationship: 'partner', support: 'some', conflict: 'a-lot' }),
    person('patel', 'Dr. Patel', 2, { relationship: 'professional', support: 'some' }),
    person('lee', 'Lee', 2),
    person('rosa', 'Grandma Rosa', 2, { relationship: 'family', deceased: true }),
    person('noor', 'Noor', 3, { support: 'some' }),
    person('jo', 'Jo (manager)', 3, { relationship: 'colleague', conflict: 'some' }),
  ],
  snapshots: [],
};

const day = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
// one check-in and one event: the chart with little data (its note, the labelled events lane)
const timelineState = {
  entries: [{ id: 'e1', date: day(0), mood: 4, note: 'Talked with Sam about money.' }],
  events: [{ id: 'v1', date: day(0), title: 'Argument with Sam about money', kind: 'conflict', impact: -2, personIds: ['sam'] }],
};
const pickerState = {
  ratings: { 'role-dispute': 'a-lot', 'role-transition': 'a-little' },
  selected: [{ area: 'role-dispute', primary: true, details: { personId: 'sam', stage: 'impasse' }, goals: [{ id: 'g1', text: 'Say calmly what I need' }] }],
};
const formulationState = {
  onset: { date: day(120) },
  eventIds: ['v1'],
  personIds: ['sam'],
  agreement: { answer: 'change', change: 'Less about work, more about Sam.', date: day(0) },
};
const sessionPlanState = {
  total: 16,
  current: 3,
  sessions: [
    { id: 's1', number: 1, date: day(14), note: 'Talked about the low mood and the circle.' },
    { id: 's2', number: 2, date: day(7), note: 'The timeline since spring.' },
  ],
};
const endingPlanState = {
  warningSigns: 'Sleeping badly, not answering messages.',
  helped: 'Saying what I need to Sam, calmly.',
  personIds: ['priya', 'mum'],
  ifLow: 'Call Priya, walk every day.',
  seekHelp: 'If it lasts two weeks: my doctor.',
};

/** Each element filled in, in a workbook whose circle, timeline and picker give the worksheets their data. */
const elements = [
  { name: 'mood-timeline', tag: 'ipt-mood-timeline', state: timelineState, clipTo: 'form.checkin' },
  { name: 'problem-area-picker', tag: 'ipt-problem-area-picker', state: pickerState },
  { name: 'symptom-check', tag: 'ipt-symptom-check' },
  { name: 'formulation', tag: 'ipt-formulation', state: formulationState },
  { name: 'session-plan', tag: 'ipt-session-plan', state: sessionPlanState },
  { name: 'ending-plan', tag: 'ipt-ending-plan', state: endingPlanState },
];
const workbookOf = (tag, lang) => `<ipt-workbook workbook-id="shots-${lang}" lang="${lang}">
  ${tag === 'ipt-social-circle' ? '' : '<ipt-social-circle persist="none" hidden></ipt-social-circle>'}
  ${tag === 'ipt-mood-timeline' ? '' : '<ipt-mood-timeline persist="none" hidden></ipt-mood-timeline>'}
  ${tag === 'ipt-problem-area-picker' ? '' : '<ipt-problem-area-picker persist="none" hidden></ipt-problem-area-picker>'}
  <${tag} persist="none" class="shot"></${tag}>
</ipt-workbook>`;

const scenes = [
  { file: 'docs/images/phone-social-circle-en.png', width: 390, lang: 'en', tag: 'ipt-social-circle', state: circleState, clipTo: '.legend', scale: 2 },
  { file: 'docs/images/phone-social-circle-es.png', width: 390, lang: 'es', tag: 'ipt-social-circle', state: circleState, clipTo: '.legend', scale: 2 },
  { file: 'docs/images/phone-social-circle-320-empty.png', width: 320, lang: 'es', tag: 'ipt-social-circle', state: { people: [], snapshots: [] }, clipTo: '.legend', scale: 2 },
  ...elements.flatMap((e) => ['en', 'es'].map((lang) => ({ ...e, file: `docs/images/phone-${e.name}-${lang}.png`, width: 390, lang, scale: 1 }))),
];

const server = await startStaticServer(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const scene of scenes) {
    const tab = await browser.newPage({ viewport: { width: scene.width, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: scene.scale });
    const body = scene.tag === 'ipt-social-circle' ? `<ipt-social-circle persist="none" lang="${scene.lang}" class="shot"></ipt-social-circle>` : workbookOf(scene.tag, scene.lang);
    await tab.route(`${server.url}/scene.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(body, scene.lang) }));
    await tab.goto(`${server.url}/scene.html`);
    const box = await tab.evaluate(
      async ({ tag, state, clipTo, data }) => {
        await customElements.whenDefined(tag);
        const set = async (sel, value) => {
          const el = document.querySelector(sel);
          if (!el || !value) return;
          await el.ready;
          el.state = value;
        };
        if (tag !== 'ipt-social-circle') {
          await set('ipt-social-circle[hidden]', data.circle);
          await set('ipt-mood-timeline[hidden]', data.timeline);
          await set('ipt-problem-area-picker[hidden]', data.picker);
        }
        const el = document.querySelector('.shot');
        await el.ready;
        if (state) el.state = state;
        for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
        const r = el.getBoundingClientRect();
        const end = clipTo ? el.shadowRoot.querySelector(clipTo).getBoundingClientRect().bottom : r.bottom;
        return { top: Math.max(0, Math.floor(r.top - 8)), bottom: Math.ceil(end + 16) };
      },
      { tag: scene.tag, state: scene.state, clipTo: scene.clipTo, data: { circle: circleState, timeline: timelineState, picker: pickerState } },
    );
    const height = box.bottom - box.top;
    await tab.screenshot({ path: join(root, scene.file), clip: { x: 0, y: box.top, width: scene.width, height }, fullPage: true });
    console.log(`${scene.file}: ${scene.width} x ${height}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
