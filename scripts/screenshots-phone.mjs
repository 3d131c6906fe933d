// Screenshots of the circle on a phone (390 CSS px, touch screen, device scale 2) from the
// built kit (run `npm run build` first): `node scripts/screenshots-phone.mjs`.
// Writes docs/images/phone-*.png: the circle filled, en and es, and the add form at 320 px.
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

const scenes = [
  { file: 'docs/images/phone-social-circle-en.png', width: 390, lang: 'en', state: circleState },
  { file: 'docs/images/phone-social-circle-es.png', width: 390, lang: 'es', state: circleState },
  { file: 'docs/images/phone-social-circle-320-empty.png', width: 320, lang: 'es', state: { people: [], snapshots: [] } },
];

const server = await startStaticServer(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const scene of scenes) {
    const tab = await browser.newPage({ viewport: { width: scene.width, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const body = `<ipt-social-circle persist="none" lang="${scene.lang}"></ipt-social-circle>`;
    await tab.route(`${server.url}/scene.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(body, scene.lang) }));
    await tab.goto(`${server.url}/scene.html`);
    const height = await tab.evaluate(async (state) => {
      await customElements.whenDefined('ipt-social-circle');
      const el = document.querySelector('ipt-social-circle');
      await el.ready;
      el.state = state;
      for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      const legend = el.shadowRoot.querySelector('.legend');
      return Math.ceil(legend.getBoundingClientRect().bottom + 16);
    }, scene.state);
    await tab.screenshot({ path: join(root, scene.file), clip: { x: 0, y: 0, width: scene.width, height }, fullPage: true });
    console.log(`${scene.file}: ${scene.width} x ${height}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
