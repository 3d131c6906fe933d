// Browser tests in three engines, driven through Debian's packaged browsers.
// scripts/test.mjs starts Xvfb and WebKitWebDriver for WebKit; IPT_BROWSERS narrows the set
// (for example IPT_BROWSERS=chromium while working on one element).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { countReporter } from './scripts/count-reporter.mjs';
import { cspMiddleware } from './scripts/csp-middleware.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { touchCommandPlugin } from './scripts/touch-command.mjs';

const wanted = (process.env.IPT_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());

// A browser driver's promise that rejects outside any test (a protocol refusal after a test
// has ended, say) would otherwise stop the whole runner without its summary: name it and go
// on; the test it belonged to fails or times out on its own.
process.on('unhandledRejection', (reason) => {
  console.error('[browser tests] a browser command failed outside any test:', reason);
});


const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      createPage: ({ browser }) => browser.newPage(),
      puppeteer,
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4445),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

export default {
  files: process.env.IPT_TEST_FILES ? process.env.IPT_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  port: process.env.IPT_WTR_PORT ? Number(process.env.IPT_WTR_PORT) : undefined,
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers: wanted.map((name) => {
    const make = launchers[name];
    if (!make) throw new Error(`IPT_BROWSERS: unknown browser "${name}" (use chromium, firefox, webkit)`);
    return make();
  }),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), touchCommandPlugin()],
  middleware: [cspMiddleware],
  // A bound on a stuck test, not a measure of speed: generous, since these machines are shared.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
  // A test file's page must start its tests within this; under three engines at once on a
  // shared two-core machine, the default 20 s can be too short for the largest files.
  testsStartTimeout: 120000,
  browserStartTimeout: 120000,
  coverage: wanted.includes("chromium") && process.env.IPT_COVERAGE !== "0",
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()].filter(Boolean),
};
