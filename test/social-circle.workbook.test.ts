// The circle inside a workbook (publishing its people) and in two "tabs" (same-origin
// iframes: their own documents and scripts, one IndexedDB and BroadcastChannel).
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../src/social-circle/social-circle.js';
import '../src/workbook/workbook.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import { workbookContext, type WorkbookContextValue } from '../src/core/context.js';
import { openTab as openSecondTab, storedEntries, until } from './core/helpers.js';

class CircleProbe extends LitElement {
  value: WorkbookContextValue | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: workbookContext, subscribe: true, callback: (v) => (this.value = v) });
  }
}
customElements.define('sc-circle-probe', CircleProbe);

describe('<ipt-social-circle> in a workbook', () => {
  it('publishes its people (the agreed fields only), and follows the workbook', async () => {
    const id = `wb-${Date.now()}`;
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ipt-workbook workbook-id=${id} lang="es"><ipt-social-circle></ipt-social-circle><sc-circle-probe></sc-circle-probe></ipt-workbook>
    </div>`);
    const el = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
    const probe = wrap.querySelector('sc-circle-probe') as CircleProbe;
    await el.ready;
    el.state = {
      people: [
        {
          id: 'a',
          name: 'Ana',
          relationship: 'family',
          ring: 1,
          notes: 'private words',
          conflict: 'a-lot',
          disputeStage: 'impasse',
          confide: 'some',
          knowsLowMood: 'no',
          communication: 'we shout',
          // A date of death on someone not marked as having died is not shared.
          diedOn: '2020-01-01',
        },
        { id: 'b', name: 'Bo', relationship: 'friend', ring: 3, deceased: true, diedOn: '2025-06-01', changedSinceOnset: 'worse' },
      ],
      snapshots: [],
    };
    await until(() => (probe.value?.people.length ?? 0) === 2, 'the workbook has the people');
    expect(probe.value!.people[0]).to.deep.equal({
      id: 'a',
      name: 'Ana',
      relationship: 'family',
      ring: 1,
      conflict: 'a-lot',
      disputeStage: 'impasse',
    });
    expect(probe.value!.people[1]).to.deep.equal({ id: 'b', name: 'Bo', relationship: 'friend', ring: 3, deceased: true, diedOn: '2025-06-01' });
    // stored under the workbook's namespace, speaking the workbook's language
    await el.saved();
    expect((await storedEntries()).has(`${id}/ipt-social-circle/default`)).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Las personas de tu vida');
    // leaving the page withdraws them
    el.remove();
    await until(() => probe.value?.people.length === 0, 'withdrawn');
  });
});

function openTab(key: string): Promise<{ frame: HTMLIFrameElement; el: IptSocialCircle }> {
  return openSecondTab<IptSocialCircle>(
    {
      srcdoc: `<!doctype html><html lang="en"><body>
    <script type="module" src="/src/social-circle/social-circle.ts"></script>
    <ipt-social-circle storage-key="${key}"></ipt-social-circle></body></html>`,
    },
    'ipt-social-circle',
    '600px',
  );
}

describe('<ipt-social-circle> in two tabs', () => {
  it('keeps both people when each tab adds a different one at the same time', async () => {
    const key = `tabs-${Date.now()}`;
    const a = await openTab(key);
    const b = await openTab(key);
    const form = (el: IptSocialCircle) => el.shadowRoot!.querySelector('form.add') as HTMLFormElement;
    (form(a.el).querySelector('[name="name"]') as HTMLInputElement).value = 'Ana from tab A';
    (form(b.el).querySelector('[name="name"]') as HTMLInputElement).value = 'Bo from tab B';
    form(a.el).requestSubmit();
    form(b.el).requestSubmit();
    const names = (el: IptSocialCircle) => el.state.people.map((p) => p.name).sort();
    await until(() => names(a.el).length === 2 && names(b.el).length === 2, 'both tabs see both people');
    expect(names(a.el)).to.deep.equal(['Ana from tab A', 'Bo from tab B']);
    expect(names(b.el)).to.deep.equal(['Ana from tab A', 'Bo from tab B']);
    await Promise.all([a.el.saved(), b.el.saved()]);
    const stored = (await storedEntries()).get(`default/ipt-social-circle/${key}`) as { data: { people: { name: string }[] } };
    expect(stored.data.people.map((p) => p.name).sort()).to.deep.equal(['Ana from tab A', 'Bo from tab B']);
    // and after a reload of one tab
    a.frame.remove();
    const again = await openTab(key);
    expect(names(again.el)).to.deep.equal(['Ana from tab A', 'Bo from tab B']);
    await again.el.updateComplete;
    expect(again.el.shadowRoot!.querySelectorAll('g.person')).to.have.length(2);
    again.frame.remove();
    b.frame.remove();
  });
});
