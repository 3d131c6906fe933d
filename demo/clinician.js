// The clinician view: loads a workbook's latest state from the example backend and shows
// each element read-only, hydrated with `state =` (the kit's way for a host to fill an
// element from its backend). Polls for new changes; a 304 answer costs next to nothing.
const params = new URLSearchParams(location.search);
/** `?poll=ms` shortens the wait (the tests use it); never below a quarter second. */
const POLL_MS = Math.max(250, Number(params.get('poll')) || 5000);
const NAMES = {
  'ipt-social-circle': 'People in their life',
  'ipt-mood-timeline': 'Mood and life events',
  'ipt-problem-area-picker': 'Focus of treatment',
};
const ORDER = Object.keys(NAMES);

const select = document.getElementById('workbook');
const form = document.getElementById('pick');
const status = document.getElementById('status');
const view = document.getElementById('view');

let workbookId = params.get('workbook') ?? '';
let etag = null;
let timer;
/** `<source>/<storageKey>` → { section, element, eventId } */
const shown = new Map();

const time = (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

async function loadWorkbookList() {
  const res = await fetch('/api/ipt/workbooks', { cache: 'no-store' });
  const { workbooks } = await res.json();
  select.replaceChildren();
  if (workbooks.length === 0) {
    select.append(el('option', { value: '', textContent: 'No workbook has been delivered yet' }));
  }
  for (const w of workbooks) {
    select.append(el('option', { value: w.workbook, textContent: `${w.workbook} (last change ${time(w.lastAt)})` }));
  }
  if (!workbookId && workbooks.length > 0) workbookId = workbooks[0].workbook;
  if (workbookId && !workbooks.some((w) => w.workbook === workbookId)) {
    select.prepend(el('option', { value: workbookId, textContent: workbookId }));
  }
  select.value = workbookId;
}

/** The <ipt-workbook> that gives every element the workbook's context, read-only. */
function workbookElement() {
  let wb = view.querySelector('ipt-workbook');
  if (!wb || wb.getAttribute('workbook-id') !== workbookId) {
    wb = el('ipt-workbook');
    wb.setAttribute('workbook-id', workbookId);
    wb.setAttribute('readonly', '');
    view.replaceChildren(wb);
    shown.clear();
  }
  return wb;
}

function sectionFor(item) {
  const key = `${item.source}/${item.storageKey}`;
  let entry = shown.get(key);
  if (entry) return entry;
  const title = NAMES[item.source] ?? item.source;
  const heading = el('h2', { textContent: item.storageKey === 'default' ? title : `${title} (${item.storageKey})` });
  const meta = el('p', { className: 'meta' });
  const section = el('section', { className: 'element' }, heading, meta);
  section.setAttribute('aria-label', heading.textContent);
  section.dataset.source = item.source;
  section.dataset.storageKey = item.storageKey;
  entry = { section, meta, element: null, eventId: null };
  shown.set(key, entry);
  return entry;
}

function showProblem(entry, message, state) {
  entry.element?.remove();
  entry.element = null;
  entry.section.querySelectorAll('.problem, pre').forEach((n) => n.remove());
  entry.section.append(el('p', { className: 'problem', textContent: message }));
  if (state !== undefined) entry.section.append(el('pre', { textContent: JSON.stringify(state, null, 2) }));
}

async function hydrate(entry, item) {
  entry.meta.textContent = `Last change: ${item.change?.type ?? 'unknown'}, ${time(item.at)}`;
  if (item.state === null) {
    showProblem(entry, 'The client cleared this on their device.');
    return;
  }
  if (!customElements.get(item.source)) {
    showProblem(entry, `This kit version has no <${item.source}>; the delivered state is shown as data.`, item.state);
    return;
  }
  if (!entry.element) {
    entry.section.querySelectorAll('.problem, pre').forEach((n) => n.remove());
    const element = document.createElement(item.source);
    element.setAttribute('storage-key', item.storageKey);
    element.setAttribute('persist', 'none'); // the client's data never lands on this device
    element.setAttribute('readonly', '');
    entry.section.append(element);
    entry.element = element;
  }
  await entry.element.ready;
  try {
    entry.element.state = item.state;
  } catch (error) {
    showProblem(entry, `This state could not be shown: ${error.message}`, item.state);
  }
}

async function refresh() {
  if (!workbookId) {
    status.textContent = 'Choose a workbook.';
    return;
  }
  let res;
  try {
    res = await fetch(`/api/ipt/workbooks/${encodeURIComponent(workbookId)}`, {
      headers: etag ? { 'If-None-Match': etag } : {},
      cache: 'no-store',
    });
  } catch {
    status.textContent = 'The backend cannot be reached; trying again shortly.';
    return;
  }
  if (res.status === 304) return;
  if (!res.ok) {
    status.textContent = `The backend answered ${res.status}.`;
    return;
  }
  etag = res.headers.get('ETag');
  const { elements } = await res.json();
  const wb = workbookElement();
  const sorted = [...elements].sort(
    (a, b) => rank(a.source) - rank(b.source) || a.storageKey.localeCompare(b.storageKey),
  );
  for (const item of sorted) {
    const entry = sectionFor(item);
    if (!entry.section.isConnected) wb.append(entry.section);
    if (entry.eventId === item.eventId) continue;
    entry.eventId = item.eventId;
    await hydrate(entry, item);
  }
  view.dataset.version = etag ?? '';
  status.textContent =
    elements.length === 0
      ? `Nothing delivered yet for "${workbookId}". This page checks again every ${POLL_MS / 1000} seconds.`
      : `Showing "${workbookId}", updated ${time(new Date().toISOString())}. This page checks for new changes every ${POLL_MS / 1000} seconds.`;
}

const rank = (source) => (ORDER.includes(source) ? ORDER.indexOf(source) : ORDER.length);

function poll() {
  clearTimeout(timer);
  if (document.visibilityState === 'hidden') return; // resumes when the page is shown again
  timer = setTimeout(async () => {
    await refresh().catch((error) => console.warn(error));
    poll();
  }, POLL_MS);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  workbookId = select.value;
  etag = null;
  history.replaceState(null, '', `?workbook=${encodeURIComponent(workbookId)}`);
  void refresh().then(poll);
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void refresh().then(poll);
});

await loadWorkbookList().catch(() => {
  status.textContent = 'The backend cannot be reached.';
});
await refresh();
poll();
