// The CMS loader, dist/ipt-widgets.js, in pages of its own (needs `npm run build`; npm test builds first).
import { expect } from '@open-wc/testing';
import { until } from './core/helpers.js';

type PageWindow = Window & typeof globalThis & { __loadedFromBase?: boolean };

async function openPage(src: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('the CMS loader (dist/ipt-widgets.js)', () => {
  it('loads only the elements a page uses, and leaves other tags alone', async function () {
    const { frame, win, doc } = await openPage('/test/loader/only-picker.html');
    await win.customElements.whenDefined('ipt-problem-area-picker');
    const picker = doc.querySelector('ipt-problem-area-picker') as HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean> };
    await picker.ready;
    await picker.updateComplete;
    expect(picker.shadowRoot!.textContent).to.contain('Need help now?');
    const files = requested(win);
    expect(files).to.include('/dist/cms/ipt-problem-area-picker.js');
    expect(files.some((f) => /\/dist\/cms\/shared-[\w-]+\.js$/.test(f)), 'the shared chunk').to.equal(true);
    for (const other of ['ipt-mood-timeline', 'ipt-social-circle', 'ipt-sync', 'ipt-workbook']) {
      expect(files, other).to.not.include(`/dist/cms/${other}.js`);
      expect(win.customElements.get(other), other).to.equal(undefined);
    }
    expect(win.customElements.get('ipt-unknown-thing')).to.equal(undefined);
    expect(win.customElements.get('my-widget')).to.equal(undefined);
    frame.remove();
  });

  it('loads elements whose tags are added later, also inside a workbook added later', async function () {
    const { frame, win, doc } = await openPage('/test/loader/only-picker.html');
    await win.customElements.whenDefined('ipt-problem-area-picker');
    const box = doc.createElement('div');
    box.innerHTML = '<ipt-workbook workbook-id="loader-later"><ipt-mood-timeline persist="none"></ipt-mood-timeline></ipt-workbook>';
    doc.body.append(box);
    await until(() => Boolean(win.customElements.get('ipt-workbook') && win.customElements.get('ipt-mood-timeline')), 'both defined');
    const timeline = doc.querySelector('ipt-mood-timeline') as HTMLElement & { ready: Promise<void> };
    await timeline.ready;
    expect(win.customElements.get('ipt-social-circle')).to.equal(undefined);
    frame.remove();
  });

  it('preloads the tags its meta names, and a second copy of the loader changes nothing', async function () {
    const errors: string[] = [];
    const { frame, win } = await openPage('/test/loader/preload.html');
    win.addEventListener('error', (e) => errors.push(String(e.message)));
    await until(() => Boolean(win.customElements.get('ipt-sync') && win.customElements.get('ipt-mood-timeline')), 'preloaded');
    // the two copies shared one loader: each element file was fetched once
    const files = requested(win).filter((f) => f.startsWith('/dist/cms/ipt-'));
    expect(files.sort()).to.deep.equal(['/dist/cms/ipt-mood-timeline.js', '/dist/cms/ipt-sync.js']);
    const { load } = (await import(/* @vite-ignore */ `${location.origin}/dist/ipt-widgets.js`)) as { load: (...tags: string[]) => Promise<void> };
    expect(load).to.be.a('function');
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('takes the element files from the base a meta gives', async function () {
    const { frame, win } = await openPage('/test/loader/base.html');
    await until(() => Boolean(win.customElements.get('ipt-workbook')), 'defined');
    expect(win.__loadedFromBase).to.equal(true);
    expect(requested(win)).to.include('/test/loader/elsewhere/cms/ipt-workbook.js');
    frame.remove();
  });

  it('load() from a script defines what it names', async () => {
    const { load } = (await import(/* @vite-ignore */ `${location.origin}/dist/ipt-widgets.js`)) as { load: (...tags: string[]) => Promise<void> };
    await load('ipt-workbook');
    expect(customElements.get('ipt-workbook')).to.not.equal(undefined);
  });
});
