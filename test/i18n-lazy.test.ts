// Languages on demand: each element carries English; Spanish is its own module, loaded when
// a resolved `lang` needs it, and the first render waits for it (no flash of English).
// The order of the tests matters: a catalog loads once per page, so each test uses an
// element whose Spanish nothing before it has loaded.
import { expect } from '@open-wc/testing';
import '../src/mood-timeline/mood-timeline.js';
import '../src/social-circle/social-circle.js';
import '../src/symptom-check/symptom-check.js';
import { registerStrings, registeredCatalogs, stringsLoaded } from '../src/core/i18n.js';
import { until } from './core/helpers.js';

type Lit = HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean> };

/** Mounts `tag` inside `<div lang=…>` and keeps the shadow root's text as of the first render. */
async function mountCapturingFirstRender(tag: string, lang: string): Promise<{ el: Lit; first: string; box: HTMLElement }> {
  const box = document.createElement('div');
  box.lang = lang;
  const el = document.createElement(tag) as Lit;
  el.setAttribute('persist', 'none');
  let first: string | undefined;
  const own = el as unknown as { updated: (changed: Map<string, unknown>) => void };
  const proto = Object.getPrototypeOf(el) as typeof own;
  own.updated = function (this: Lit, changed: Map<string, unknown>) {
    first ??= this.shadowRoot!.textContent ?? '';
    proto.updated.call(this, changed);
  };
  box.append(el);
  document.body.append(box);
  await el.ready;
  await el.updateComplete;
  await until(() => first !== undefined, 'first render');
  return { el, first: first!, box };
}

/** English texts of these prefixes that Spanish says differently (long enough not to occur by chance). */
function englishOnly(prefixes: string[]): string[] {
  const { en = {}, es = {} } = registeredCatalogs();
  return Object.entries(en)
    .filter(([k, text]) => prefixes.some((p) => k.startsWith(`${p}.`)) && es[k] !== undefined && es[k] !== text)
    .map(([, text]) => text)
    .filter((text) => text.length >= 8 && !text.includes('{'));
}

const text = (el: Element) => el.shadowRoot!.textContent ?? '';

describe('languages on demand', () => {
  afterEach(() => {
    for (const box of document.querySelectorAll('body > div[lang]')) box.remove();
  });

  it('loads nothing for English: an English element renders without any catalog request', async () => {
    expect(stringsLoaded('es'), 'Spanish before any Spanish element').to.equal(false);
    const { el, first } = await mountCapturingFirstRender('ipt-social-circle', 'en');
    expect(first).to.contain('People in your life');
    expect(text(el)).to.contain('People in your life');
    expect(stringsLoaded('es'), 'Spanish after an English element').to.equal(false);
  });

  it('renders Spanish at the first paint (es-MX falls back to es): no English in the first render', async () => {
    const { el, first } = await mountCapturingFirstRender('ipt-mood-timeline', 'es-MX');
    expect(stringsLoaded('es')).to.equal(true);
    expect(first).to.contain('Cómo te has sentido');
    const english = englishOnly(['mood', 'core', 'crisis']).filter((t) => first.includes(t));
    expect(english, 'English text in the first render').to.deep.equal([]);
    expect(text(el)).to.contain('Cómo te has sentido');
  });

  it('falls back to English with one warning when a catalog cannot be loaded', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const missing = `./no-such-catalog-${Date.now()}.fr.js`;
      registerStrings({ en: { 'lazytest.hello': 'Hello' } }, { fr: () => import(/* @vite-ignore */ missing) });
      const one = await mountCapturingFirstRender('ipt-social-circle', 'fr');
      const two = await mountCapturingFirstRender('ipt-social-circle', 'fr-CA');
      for (const { el, first } of [one, two]) {
        expect(first).to.contain('People in your life');
        expect(text(el)).to.contain('People in your life');
      }
      const ours = warnings.filter((args) => String(args[0]).includes('"fr" strings could not be loaded'));
      expect(ours, 'warnings').to.have.length(1);
      expect(stringsLoaded('fr')).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});

describe('languages on demand through the CMS loader (dist/ipt-widgets.js)', () => {
  async function openPage(src: string): Promise<{ frame: HTMLIFrameElement; win: Window; doc: Document }> {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    return { frame, win: frame.contentWindow!, doc: frame.contentDocument! };
  }
  const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  const catalogChunk = /\/dist\/cms\/[a-z]{2,3}(?:-[a-z0-9]+)*-(?:core|[a-z-]+)-[\w-]{8}\.js$/;

  it('an English page requests no language catalog', async function () {
    const { frame, win, doc } = await openPage('/test/loader/only-picker.html');
    await win.customElements.whenDefined('ipt-problem-area-picker');
    const picker = doc.querySelector('ipt-problem-area-picker') as Lit;
    await picker.ready;
    await picker.updateComplete;
    expect(text(picker)).to.contain('What would you like to work on?');
    const files = requested(win);
    expect(files).to.include('/dist/cms/ipt-problem-area-picker.js');
    expect(files.filter((f) => catalogChunk.test(f) && !/\/shared-/.test(f))).to.deep.equal([]);
    frame.remove();
  });

  it('an English page with every element requests no language catalog (none is bundled into another element)', async function () {
    const { frame, win, doc } = await openPage('/test/loader/every-element.html');
    const tags = ['ipt-session-plan', 'ipt-symptom-check', 'ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-formulation', 'ipt-communication-analysis', 'ipt-decision-analysis', 'ipt-ending-plan'];
    for (const tag of tags) {
      await win.customElements.whenDefined(tag);
      const el = doc.querySelector(tag) as Lit;
      await el.ready;
      await el.updateComplete;
    }
    const files = requested(win);
    for (const tag of tags) expect(files, tag).to.include(`/dist/cms/${tag}.js`);
    expect(files.filter((f) => catalogChunk.test(f) && !/\/(shared|ipt)-/.test(f))).to.deep.equal([]);
    frame.remove();
  });

  it('a Spanish page requests the Spanish of the core and of the element it uses, and renders Spanish', async function () {
    const { frame, win, doc } = await openPage('/test/loader/lang-es.html');
    await win.customElements.whenDefined('ipt-problem-area-picker');
    const picker = doc.querySelector('ipt-problem-area-picker') as Lit;
    await picker.ready;
    await picker.updateComplete;
    await until(() => text(picker).includes('¿En qué te gustaría trabajar?'), 'Spanish');
    expect(text(picker)).to.not.contain('What would you like to work on?');
    const catalogs = requested(win).filter((f) => catalogChunk.test(f) && !/\/shared-/.test(f));
    expect(catalogs.map((f) => f.replace(/-[\w-]{8}\.js$/, '')).sort()).to.deep.equal(['/dist/cms/es-core', '/dist/cms/es-problem-area-picker']);
    frame.remove();
  });
});
