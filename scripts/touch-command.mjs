// A test-runner server command that drives REAL touch input through the browser, so the
// browser's own gesture handling (touch-action, scrolling, pointercancel) takes part.
// Tests call it with executeServerCommand('ipt-touch', { points: [[x, y], ...] }): the
// first point is touchStart, the rest touchMove, then touchEnd. Coordinates are CSS pixels
// in the viewport (getBoundingClientRect), as sendMouse takes them.
//
// Chromium: CDP Input.dispatchTouchEvent, which enters the renderer's input pipeline like a
// finger on a touch screen (with touch emulation on, as on a phone).
// Firefox and WebKit: not driven. Firefox here runs through puppeteer over WebDriver BiDi,
// whose touch actions are synthesized inside the content process rather than through the
// platform gesture path; WebKitGTK's WebDriver offers no touch pointer. The command answers
// { supported: false, reason } there and the tests skip with that reason.

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function chromiumPage(session) {
  const browser = session.browser;
  return typeof browser.getPage === 'function' && browser.type === 'puppeteer' && /chrom/i.test(browser.name ?? '')
    ? browser.getPage(session.id)
    : undefined;
}

// 'ipt-emulate-touch' { enabled }: a phone's touch screen for the rest of the test file
// (pointer: coarse, maxTouchPoints 1). The CDP session stays open while it holds: Chromium
// drops an emulation when the session that set it detaches.
const emulating = new Map();

async function emulateTouch(session, enabled) {
  const page = chromiumPage(session);
  if (!page) return { supported: false, reason: `no touch emulation for ${session.browser.name}` };
  const held = emulating.get(session.id);
  if (held) {
    emulating.delete(session.id);
    await held.detach().catch(() => {});
  }
  if (enabled) {
    const client = await page.createCDPSession();
    await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await client.send('Emulation.setEmitTouchEventsForMouse', { enabled: false });
    emulating.set(session.id, client);
  }
  return { supported: true };
}

export function touchCommandPlugin() {
  return {
    name: 'ipt-touch',
    async executeCommand({ command, payload, session }) {
      if (command === 'ipt-emulate-touch') return emulateTouch(session, payload?.enabled !== false);
      if (command !== 'ipt-touch') return undefined;
      const page = chromiumPage(session);
      if (!page) {
        return {
          supported: false,
          reason: `no real touch input for ${session.browser.name}: only Chromium's CDP Input.dispatchTouchEvent is wired`,
        };
      }
      const points = payload?.points ?? [];
      if (points.length < 1) throw new TypeError('ipt-touch: points must hold at least one [x, y]');
      const stepMs = payload?.stepMs ?? 16;
      const client = await page.createCDPSession();
      try {
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        const at = ([x, y]) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(points[0]) });
        for (const p of points.slice(1)) {
          await wait(stepMs);
          await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) });
        }
        await wait(stepMs);
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await client.detach().catch(() => {});
      }
      return { supported: true };
    },
  };
}
