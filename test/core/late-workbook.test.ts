// A CMS page may load the elements before the workbook is defined: the elements must
// still join the workbook (its namespace, language and read-only mode), not the default one.
import { expect } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { storedEntries } from './helpers.js';

describe('a workbook defined after its elements', () => {
  it('still reaches them through context', async () => {
    const host = document.createElement('div');
    host.innerHTML = `<ipt-workbook workbook-id="late-one" lang="es" readonly>
        <section><ipt-test-list storage-key="k"></ipt-test-list></section>
      </ipt-workbook>`;
    document.body.append(host);
    const list = host.querySelector('ipt-test-list') as TestList;
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('ipt-workbook'), 'not defined yet').to.equal(undefined);
    await import('../../src/workbook/workbook.js');
    await list.ready;
    list.addNote('a', 'in the late workbook');
    await list.saved();
    const keys = [...(await storedEntries()).keys()];
    expect(keys).to.include('late-one/ipt-test-list/k');
    expect(keys).not.to.include('default/ipt-test-list/k');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.lang')!.textContent).to.equal('Deshacer');
    expect((list as unknown as { isReadonly: boolean }).isReadonly).to.equal(true);
  });
});
