// The end-to-end tests drive this page: an <ipt-workbook> with an <ipt-sync> configured
// from the query string, and helpers that make changes the way the kit's elements do.
const params = new URLSearchParams(location.search);
const workbookId = params.get('workbook') ?? 'e2e';

const workbook = document.createElement('ipt-workbook');
workbook.setAttribute('workbook-id', workbookId);
const sync = document.createElement('ipt-sync');
sync.setAttribute('endpoint', '/api/ipt/events');
sync.setAttribute('show-status', '');
for (const name of ['batch-size', 'timeout-ms', 'retry-min-ms', 'retry-max-ms']) {
  if (params.has(name)) sync.setAttribute(name, params.get(name));
}
// the program's token for this workbook, as demo/demo.js gets it: from the address's fragment
const token = new URLSearchParams(location.hash.slice(1)).get('client-token');
sync.headers = () => (token ? { Authorization: `Bearer ${token}` } : {});
const source = document.createElement('div');
workbook.append(sync, source);
document.getElementById('root').append(workbook);

window.errors = [];
window.statuses = [];
document.addEventListener('ipt-error', (e) => window.errors.push(e.detail));
sync.addEventListener('ipt-sync-status', (e) => window.statuses.push(e.detail));

/** One change, as the mood timeline would announce it. */
window.edit = (n) => {
  source.dispatchEvent(
    new CustomEvent('ipt-change', {
      bubbles: true,
      composed: true,
      detail: {
        source: 'ipt-mood-timeline',
        storageKey: 'default',
        workbook: workbookId,
        state: { entries: [{ id: `e${n}`, date: '2026-11-20', mood: n % 11 }], events: [] },
        change: { type: 'entry-add', id: `e${n}` },
        at: new Date().toISOString(),
      },
    }),
  );
};
window.editMany = (from, to) => {
  for (let n = from; n <= to; n++) window.edit(n);
};
window.sync = sync;
window.syncReady = customElements.whenDefined('ipt-sync').then(() => sync.updateComplete);
