// Starts what WebKitGTK needs under test (an X display and WebKitWebDriver) and stops it again.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const BROWSER_BINARIES = {
  chromium: { path: process.env.CHROME_PATH ?? '/usr/bin/chromium', debian: 'chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debian: 'firefox-esr' },
  webkit: { path: '/usr/bin/WebKitWebDriver', debian: 'webkit2gtk-driver xvfb' },
};

export function missingBrowsers(names) {
  return names.filter((n) => !existsSync(BROWSER_BINARIES[n].path));
}

async function waitForWebDriver(port, deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Starts Xvfb (unless a DISPLAY is already set) and WebKitWebDriver; returns a stop function. */
export async function startWebKitServices() {
  const children = [];
  const env = { ...process.env };
  if (!env.DISPLAY) {
    const display = `:${90 + Math.floor(Math.random() * 9)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    env.DISPLAY = display;
    process.env.DISPLAY = display;
    await sleep(500);
  }
  const port = 4445 + Math.floor(Math.random() * 400);
  children.push(spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env }));
  process.env.WEBKIT_WEBDRIVER_PORT = String(port);
  await waitForWebDriver(port, 15000);
  return () => {
    for (const child of children.reverse()) {
      try {
        child.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
}
