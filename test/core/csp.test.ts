// The CMS loader and the element files it loads under a strict Content-Security-Policy with Trusted Types: it must render
// with no violation. Needs `npm run build` (npm test builds first).
import { expect } from '@open-wc/testing';

describe('strict CSP', () => {
  it('renders every element with no policy violation', async function () {
    const policy = (await fetch('/test/csp/page.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.include("style-src 'self'").and.include("require-trusted-types-for 'script'");
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/page.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis & { __violations: string[] };
    const doc = frame.contentDocument!;
    // the loader loads each element the page uses: wait until all of them are defined
    const tags = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('ipt-'));
    expect(tags.length).to.be.greaterThan(0);
    const defined = Promise.all(tags.map((el) => win.customElements.whenDefined(el.localName)));
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the loader did not define every element (is dist/ built?)')), 10000));
    await Promise.race([defined, timeout]);
    for (const el of tags) {
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot, el.localName).to.not.equal(null);
    }
    // Styles arrive through adopted style sheets, which the policy allows.
    expect(win.getComputedStyle(doc.querySelector('ipt-workbook')!).display).to.equal('block');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});
