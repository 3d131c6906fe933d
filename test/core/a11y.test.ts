import { expect, fixture, html } from '@open-wc/testing';
import '../../src/workbook/workbook.js';

describe('accessibility of the workbook', () => {
  it('adds nothing that axe objects to', async () => {
    const el = await fixture(html`<ipt-workbook workbook-id="a11y"><p>Content</p></ipt-workbook>`);
    await expect(el).to.be.accessible();
  });
});
