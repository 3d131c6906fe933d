import { expect, fixture, html } from '@open-wc/testing';
import '../fixtures/test-list.js';
import '../../src/workbook/workbook.js';
import type { TestList } from '../fixtures/test-list.js';
import { fallbackChain, loadStrings, translate, registerStrings } from '../../src/core/i18n.js';

const word = (el: TestList) => el.shadowRoot!.querySelector('.lang')!.textContent;

describe('languages', () => {
  it('falls back es-MX → es → en', async () => {
    expect(fallbackChain('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    await loadStrings('es-MX'); // Spanish arrives on demand
    expect(translate('es-MX', 'core.undo')).to.equal('Deshacer');
    expect(translate('fr', 'core.undo')).to.equal('Undo');
    registerStrings({ 'es-mx': { 'core.undo': 'Deshacer (MX)' } });
    expect(translate('es-MX', 'core.undo')).to.equal('Deshacer (MX)');
    expect(translate('es', 'core.undo')).to.equal('Deshacer');
  });

  it('picks plural forms and fills parameters', () => {
    registerStrings({ en: { 'test.people.one': '{count} person', 'test.people.other': '{count} people' } });
    expect(translate('en', 'test.people', { count: 1 })).to.equal('1 person');
    expect(translate('en', 'test.people', { count: 3 })).to.equal('3 people');
  });

  it('uses the closest [lang], then the workbook, then <html lang>, and follows changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div lang="es-MX"><ipt-test-list id="a" persist="none"></ipt-test-list></div>
      <ipt-test-list id="b" persist="none"></ipt-test-list>
    </div>`);
    const a = wrap.querySelector<TestList>('#a')!;
    const b = wrap.querySelector<TestList>('#b')!;
    await Promise.all([a.ready, b.ready]);
    await a.updateComplete;
    expect(word(a)).to.match(/^Deshacer/);
    expect(word(b)).to.equal('Undo');
    a.parentElement!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await a.updateComplete;
    expect(word(a)).to.equal('Undo');
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r, 0));
    await b.updateComplete;
    expect(word(b)).to.equal('Deshacer');
    document.documentElement.lang = 'en';
  });
});

describe('formatting', () => {
  it('formats days and numbers in the language, and survives a malformed lang', async () => {
    const { formatDay, numberFormatter, formatList } = await import('../../src/core/i18n.js');
    expect(formatDay('2026-03-03', 'es', { day: 'numeric', month: 'long' })).to.equal('3 de marzo');
    expect(formatDay('2026-03-03', 'en', { day: 'numeric', month: 'long' })).to.equal('March 3');
    expect(numberFormatter('es', { maximumFractionDigits: 1 }).format(3.14)).to.equal('3,1');
    // CMS sites write en_GB: read as en-GB; what Intl refuses formats as English
    expect(formatDay('2026-03-03', 'en_GB', { day: 'numeric', month: 'long' })).to.equal('3 March');
    expect(formatDay('2026-03-03', '123', { day: 'numeric', month: 'long' })).to.equal('March 3');
    expect(formatDay('2026-03-03', '', { day: 'numeric', month: 'long' })).to.equal('March 3');
    expect(formatList(['Ana', 'Luis', 'Marta'], 'es')).to.equal('Ana, Luis y Marta');
  });
});
