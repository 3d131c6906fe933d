// Regenerates the README screenshots of the social circle and the problem-area picker from
// the built kit (run `npm run build` first): `node scripts/screenshots.mjs`.
// Debian's Chromium through playwright-core, served from the repository root.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body { margin: 16px; font-family: system-ui, sans-serif; background: #fff; }</style>
<script type="module" src="/dist/ipt-widgets-all.js"></script></head><body>${body}</body></html>`;

const person = (id, name, ring, angle, extra = {}) => ({ id, name, relationship: 'friend', ring, angle, ...extra });

const circleState = {
  people: [
    person('mum', 'Mum', 1, 0, { relationship: 'family', support: 'a-lot' }),
    person('priya', 'Priya', 1, 90, { support: 'a-lot' }),
    person('sam', 'Sam', 1, 270, { relationship: 'partner', support: 'some', conflict: 'a-lot', disputeStage: 'impasse' }),
    person('patel', 'Dr. Patel', 2, 0, { relationship: 'professional', support: 'some' }),
    person('lee', 'Lee', 2, 60),
    person('dad', 'Dad', 2, 135, { relationship: 'family', conflict: 'some' }),
    person('rosa', 'Grandma Rosa', 2, 225, { relationship: 'family', deceased: true, diedOn: '2025-08-14' }),
    person('tomas', 'Tomás', 2, 300, { support: 'some' }),
    person('noor', 'Noor', 3, 30, { support: 'some' }),
    person('kai', 'Kai', 3, 105),
    person('jo', 'Jo (manager)', 3, 250, { relationship: 'colleague', conflict: 'some' }),
    person('carmen', 'Aunt Carmen', 3, 320, { relationship: 'family' }),
  ],
  snapshots: [],
};

const pickerState = {
  ratings: { grief: 'a-little', 'role-dispute': 'a-lot', 'role-transition': 'a-lot', 'interpersonal-deficits': 'not-at-all' },
  selected: [
    {
      area: 'role-transition',
      primary: true,
      details: { fromRole: 'a nurse on nights', toRole: 'retired', lost: 'My team, and a reason to get up' },
      goals: [{ id: 'g1', text: 'Join the walking group on Tuesdays' }],
    },
    { area: 'role-dispute', primary: false, details: { personName: 'Ben', stage: 'renegotiation' }, goals: [] },
  ],
};

const scenes = [
  {
    file: 'docs/images/social-circle.png',
    width: 760,
    body: '<ipt-social-circle persist="none"></ipt-social-circle>',
    tag: 'ipt-social-circle',
    state: circleState,
    // The picture, the keys and the key; not the snapshots below.
    clipTo: '.legend',
  },
  {
    file: 'docs/images/problem-area-picker.png',
    width: 1150,
    body: '<ipt-problem-area-picker persist="none"></ipt-problem-area-picker>',
    tag: 'ipt-problem-area-picker',
    state: pickerState,
  },
];

const server = await startStaticServer(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const scene of scenes) {
    const tab = await browser.newPage({ viewport: { width: scene.width, height: 800 } });
    await tab.route(`${server.url}/scene.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(scene.body) }));
    await tab.goto(`${server.url}/scene.html`);
    const height = await tab.evaluate(
      async ({ tag, state, clipTo }) => {
        await customElements.whenDefined(tag);
        const el = document.querySelector(tag);
        await el.ready;
        el.state = state;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        const bottom = clipTo ? el.shadowRoot.querySelector(clipTo).getBoundingClientRect().bottom : el.getBoundingClientRect().bottom;
        return Math.ceil(bottom + 16);
      },
      { tag: scene.tag, state: scene.state, clipTo: scene.clipTo },
    );
    await tab.setViewportSize({ width: scene.width, height });
    await tab.screenshot({ path: join(root, scene.file), clip: { x: 0, y: 0, width: scene.width, height } });
    console.log(`${scene.file}: ${scene.width} x ${height}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
