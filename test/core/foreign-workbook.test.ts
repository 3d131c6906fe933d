// A page that already defines <ipt-workbook> (another library, an older copy of the kit):
// one client's data must never land under another's key, nor under `default`.
import { expect, fixture, html } from '@open-wc/testing';
import { reportedFirst } from '../fixtures/foreign-first.js';
import '../../src/workbook/workbook.js';
import '../../src/sync/sync.js';
import '../fixtures/test-list.js';
import '../../src/social-circle/social-circle.js';
import '../../src/mood-timeline/mood-timeline.js';
import '../../src/problem-area-picker/problem-area-picker.js';
import type { TestList } from '../fixtures/test-list.js';
import { record, storedEntries, until } from './helpers.js';

type Persistent = HTMLElement & { ready: Promise<void>; updateComplete: Promise<unknown>; saved(): Promise<void> };

describe('a foreign <ipt-workbook> defined before the kit', () => {
  it('the kit reports the look-alike definitions (workbook and sync) once each', () => {
    const codes = reportedFirst.map((e) => `${e.detail.source} ${e.detail.code}`);
    expect(codes).to.deep.equal(['ipt-workbook foreign-definition', 'ipt-sync foreign-definition']);
  });

  it('elements inside read its workbook-id themselves: saved and announced under it, never under default', async () => {
    const host = await fixture<HTMLElement>(html`<ipt-workbook workbook-id="client-b"><ipt-test-list storage-key="fw1"></ipt-test-list></ipt-workbook>`);
    const list = host.querySelector('ipt-test-list') as TestList;
    const changes = record(list, 'ipt-change');
    const errors = record(list, 'ipt-error');
    await list.ready;
    list.addNote('b1', 'client B wrote this');
    await list.saved();
    expect(changes[0].detail.workbook).to.equal('client-b');
    const keys = [...(await storedEntries()).keys()];
    expect(keys).to.include('client-b/ipt-test-list/fw1');
    expect(keys).not.to.include('default/ipt-test-list/fw1');
    expect(errors).to.have.length(0);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="saving-notice"]')).to.equal(null);
  });

  it('a client on the default key is never shown to the one in a foreign workbook', async () => {
    const a = await fixture<TestList>(html`<ipt-test-list storage-key="fw2"></ipt-test-list>`);
    await a.ready;
    a.addNote('a1', 'client A wrote this');
    await a.saved();
    const host = await fixture<HTMLElement>(html`<ipt-workbook workbook-id="client-c"><ipt-test-list storage-key="fw2"></ipt-test-list></ipt-workbook>`);
    const b = host.querySelector('ipt-test-list') as TestList;
    await b.ready;
    expect(b.state.notes).to.deep.equal([]);
  });

  for (const [label, attribute] of [
    ['without a workbook-id', null],
    ['with an invalid workbook-id', 'not valid!'],
  ] as const) {
    it(`${label}: every element works in memory, reports it once and shows one calm line`, async () => {
      const host = document.createElement('ipt-workbook');
      if (attribute !== null) host.setAttribute('workbook-id', attribute);
      host.innerHTML = `<ipt-test-list storage-key="fw3"></ipt-test-list>
        <ipt-social-circle storage-key="fw3"></ipt-social-circle>
        <ipt-mood-timeline storage-key="fw3"></ipt-mood-timeline>
        <ipt-problem-area-picker storage-key="fw3"></ipt-problem-area-picker>`;
      const errors = record(host, 'ipt-error');
      const changes = record(host, 'ipt-change');
      document.body.append(host);
      const elements = [...host.children] as Persistent[];
      await Promise.all(elements.map((el) => el.ready));
      const list = elements[0] as unknown as TestList;
      list.addNote('c1', 'typed in memory');
      list.addNote('c2', 'and more');
      await Promise.all(elements.map((el) => el.saved()));
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(list.state.notes).to.have.length(2);
      expect(changes.every((e) => e.detail.workbook !== 'default')).to.equal(true);
      const unavailable = errors.filter((e) => e.detail.code === 'workbook-unavailable');
      expect(unavailable.map((e) => e.detail.source).sort()).to.deep.equal(
        ['ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-social-circle', 'ipt-test-list'],
      );
      for (const el of elements) {
        const notices = el.shadowRoot!.querySelectorAll('[part="saving-notice"]');
        expect(notices, el.localName).to.have.length(1);
        expect(notices[0].textContent).to.match(/not being saved/);
      }
      const keys = [...(await storedEntries()).keys()].filter((k) => k.includes('fw3'));
      expect(keys).to.deep.equal([]);
      host.remove();
    });
  }

  it('a look-alike workbook added to the page later: elements inside still read its id', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<ipt-workbook workbook-id="client-d"><ipt-test-list storage-key="fw4"></ipt-test-list></ipt-workbook>`;
    document.body.append(host);
    const list = host.querySelector('ipt-test-list') as TestList;
    await until(() => (list as unknown as { loaded: boolean }).loaded, 'loaded');
    list.addNote('d1', 'client D');
    await list.saved();
    expect([...(await storedEntries()).keys()]).to.include('client-d/ipt-test-list/fw4');
  });
});
