// Languages on demand, at run time: an element on a page with no Spanish loaded yet
// switches to Spanish when its `lang` changes, once the catalog has arrived.
import { expect } from '@open-wc/testing';
import '../src/symptom-check/symptom-check.js';
import { registeredCatalogs, stringsLoaded } from '../src/core/i18n.js';
import { until } from './core/helpers.js';

type Lit = HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean> };
const text = (el: Element) => el.shadowRoot!.textContent ?? '';

async function mountCapturingFirstRender(tag: string, lang: string): Promise<{ el: Lit; box: HTMLElement }> {
  const box = document.createElement('div');
  box.lang = lang;
  const el = document.createElement(tag) as Lit;
  el.setAttribute('persist', 'none');
  box.append(el);
  document.body.append(box);
  await el.ready;
  await el.updateComplete;
  return { el, box };
}

describe('languages on demand: a change of lang at run time', () => {
  it('switches to Spanish at run time: loads the catalog, then renders again in Spanish', async () => {
    expect(stringsLoaded('es'), 'no Spanish yet').to.equal(false);
    const { el, box } = await mountCapturingFirstRender('ipt-symptom-check', 'en');
    const before = text(el);
    const catalogs = registeredCatalogs();
    const heading = catalogs.en!['symptom.heading.phq9']!;
    expect(before).to.contain(heading);
    expect(catalogs.es?.['symptom.heading.phq9'], 'not loaded before the switch').to.equal(undefined);
    box.lang = 'es';
    await until(() => text(el).includes('Cómo ha estado tu ánimo'), 'Spanish after the switch');
    expect(text(el)).to.not.contain(heading);
    // and back: English needs no loading
    box.lang = 'en';
    await until(() => text(el).includes(heading), 'English again');
  });

});
