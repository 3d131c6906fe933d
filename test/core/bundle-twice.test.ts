// Two copies of the one-file kit on one page (a CMS plugin and a theme): warnings, never an exception.
// (Two copies of the loader: test/loader.test.ts.)
import { expect } from '@open-wc/testing';

describe('the one-file build loaded twice', () => {
  it('defines every element once and only warns', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const errors: ErrorEvent[] = [];
    const onError = (e: ErrorEvent) => errors.push(e);
    window.addEventListener('error', onError);
    try {
      const bundle = '/dist/ipt-widgets-all.js';
      await import(/* @vite-ignore */ `${bundle}?copy=1`);
      const first = customElements.get('ipt-workbook');
      await import(/* @vite-ignore */ `${bundle}?copy=2`);
      expect(customElements.get('ipt-workbook')).to.equal(first);
      expect(warnings.some((w) => w.includes('<ipt-workbook> is already defined'))).to.equal(true);
      expect(errors).to.have.length(0);
    } finally {
      console.warn = original;
      window.removeEventListener('error', onError);
    }
  });
});
