import { expect, fixture, html } from '@open-wc/testing';
import '../fixtures/test-list.js';
import '../../src/workbook/workbook.js';
import type { TestList } from '../fixtures/test-list.js';
import { defineElement } from '../../src/core/define.js';
import { TestList as TestListClass } from '../fixtures/test-list.js';

function captureWarnings() {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  return { seen, restore: () => (console.warn = original) };
}

describe('attribute checks', () => {
  it('a bad value warns naming the attribute and what it accepts, emits invalid-attribute, falls back', async () => {
    const warnings = captureWarnings();
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('ipt-error', listener);
    try {
      const el = await fixture<TestList>(html`<ipt-test-list persist="sometimes" max-notes="banana"></ipt-test-list>`);
      await el.ready;
      expect(el.persist).to.equal('local');
      expect(el.maxNotes).to.equal(10);
      const messages = errors.map((e) => e.detail.message).join('\n');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
      expect(messages).to.include('persist="sometimes"').and.include('"local", "none"');
      expect(messages).to.include('max-notes="banana"').and.include('a whole number from 1 to 50');
      expect(warnings.seen.join('\n')).to.include('persist="sometimes"');
    } finally {
      warnings.restore();
      document.removeEventListener('ipt-error', listener);
    }
  });

  it('the workbook checks its own attributes', async () => {
    const warnings = captureWarnings();
    try {
      const errors: CustomEvent[] = [];
      const wb = document.createElement('ipt-workbook');
      wb.addEventListener('ipt-error', (e) => errors.push(e as CustomEvent));
      wb.setAttribute('theme', 'purple');
      wb.setAttribute('workbook-id', 'has a space/and slash');
      document.body.append(wb);
      await wb.updateComplete;
      expect(wb.theme).to.equal('auto');
      expect(wb.workbookId).to.equal('default');
      expect(errors.map((e) => e.detail.message).join()).to.include('theme="purple"').and.include('workbook-id=');
      wb.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('defining twice', () => {
  it('logs one warning and never throws', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('ipt-test-list', class extends TestListClass {})).not.to.throw();
      expect(warnings.seen).to.have.length(1);
      expect(warnings.seen[0]).to.include('<ipt-test-list> is already defined');
      expect(() => defineElement('ipt-test-list', TestListClass)).not.to.throw();
      expect(warnings.seen, 'the same class again is silent').to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
