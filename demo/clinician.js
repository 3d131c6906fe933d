// The clinician page: sign in (password, or the one-time link `npm start` prints), the
// clinician's own clients (those with unseen risk flags first), then for the chosen client
// its risk flags and each element read-only, hydrated with `state =` (the kit's way for a
// host to fill an element from its backend). Polls for new changes; a 304 costs next to
// nothing. Shows nothing before sign-in; every request carries the session cookie, and
// state-changing ones the session's CSRF token.
import { load } from '/dist/ipt-widgets.js';
import { SOURCE_NAMES, changeLabel, riskText } from './clinician-words.js';

const params = new URLSearchParams(location.search);
/** `?poll=ms` shortens the wait (the tests use it); never below a quarter second. */
const POLL_MS = Math.max(250, Number(params.get('poll')) || 5000);
const ORDER = Object.keys(SOURCE_NAMES);
const PAGE_SIZE = 50;

const $ = (id) => document.getElementById(id);
const signinForm = $('signin');
const signinError = $('signin-error');
const signedInArea = $('signed-in');
const who = $('who');
const clientList = $('clients');
const moreClients = $('more-clients');
const status = $('status');
const risksSection = $('risks');
const riskList = $('risk-list');
const view = $('view');

let csrf = null;
let workbookId = params.get('workbook') ?? '';
let etag = null;
let timer;
let polls = 0;
let clientsShown = 0;
/** `<source>/<storageKey>` → { section, element, eventId } */
const shown = new Map();

const time = (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

class SignedOut extends Error {}

/** fetch for the API: same origin, no cache; a 401 means the session is gone. */
async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const res = await fetch(path, {
    method,
    cache: 'no-store',
    credentials: 'same-origin',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(method !== 'GET' && csrf ? { 'X-CSRF-Token': csrf } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401 && path !== '/api/ipt/session') throw new SignedOut();
  return res;
}

// --- signing in and out ---------------------------------------------------------------

function showSignIn(message = '') {
  clearTimeout(timer);
  csrf = null;
  signedInArea.hidden = true;
  who.hidden = true;
  clientList.replaceChildren();
  riskList.replaceChildren();
  view.replaceChildren();
  shown.clear();
  signinForm.hidden = false;
  signinError.hidden = !message;
  signinError.textContent = message;
}

async function startSignedIn({ clinician, csrf: token }) {
  csrf = token;
  signinForm.hidden = true;
  signedInArea.hidden = false;
  who.hidden = false;
  $('who-name').textContent = `Signed in as ${clinician.name}`;
  await loadClients();
  await refresh();
  poll();
}

async function signInWith(body) {
  const res = await api('/api/ipt/session', { method: 'POST', body });
  const answer = await res.json().catch(() => ({}));
  if (res.ok) return startSignedIn(answer);
  if (res.status === 429) return showSignIn('Too many failed attempts: this account is locked for a while. Try again later.');
  if (body.link) return showSignIn('That sign-in link has been used or has expired. Sign in with your password.');
  return showSignIn('Email or password not recognised.');
}

signinForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(signinForm);
  $('password').value = '';
  void signInWith({ email: data.get('email'), password: data.get('password') });
});

$('signout').addEventListener('click', async () => {
  await api('/api/ipt/session', { method: 'DELETE' }).catch(() => {});
  showSignIn();
});

// --- the clinician's clients ----------------------------------------------------------

function clientItem(c) {
  const link = el('a', { href: `?workbook=${encodeURIComponent(c.workbook)}` }, c.label);
  link.dataset.workbook = c.workbook;
  if (c.workbook === workbookId) link.setAttribute('aria-current', 'page');
  const item = el('li', {}, link);
  if (c.unseenRisks > 0) {
    item.className = 'flagged';
    item.append(el('span', { className: 'flag' }, ` · ${c.unseenRisks} risk flag${c.unseenRisks === 1 ? '' : 's'} not yet seen`));
  }
  item.append(el('span', { className: 'meta' }, c.lastReceivedAt ? ` · last delivered ${time(c.lastReceivedAt)}` : ' · nothing delivered yet'));
  return item;
}

async function loadClients(append = false) {
  const offset = append ? clientsShown : 0;
  const res = await api(`/api/ipt/workbooks?limit=${PAGE_SIZE}&offset=${offset}`);
  if (!res.ok) throw new Error(`the backend answered ${res.status}`);
  const { workbooks, next } = await res.json();
  if (!append) clientList.replaceChildren();
  clientList.append(...workbooks.map(clientItem));
  clientsShown = offset + workbooks.length;
  moreClients.hidden = next === null;
  if (!workbookId && workbooks.length > 0) workbookId = workbooks[0].workbook;
  if (clientsShown === 0) status.textContent = 'No clients are assigned to you yet.';
}

moreClients.addEventListener('click', () => void loadClients(true).catch(handleError));

clientList.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-workbook]');
  if (!link) return;
  e.preventDefault();
  workbookId = link.dataset.workbook;
  etag = null;
  for (const a of clientList.querySelectorAll('a')) a.toggleAttribute('aria-current', a === link);
  clientList.querySelector('[aria-current]')?.setAttribute('aria-current', 'page');
  history.replaceState(null, '', `?workbook=${encodeURIComponent(workbookId)}${params.has('poll') ? `&poll=${POLL_MS}` : ''}`);
  void refresh().then(poll, handleError);
});

// --- risk flags -----------------------------------------------------------------------

function riskItem(risk) {
  const what = el('p', { className: 'risk-what' }, riskText(risk.kind, risk.value));
  const when = el('p', { className: 'meta' }, `Reported ${time(risk.at)} (received ${time(risk.receivedAt)})`);
  const item = el('li', { className: risk.seenAt ? 'risk seen' : 'risk' }, what, when);
  item.dataset.riskId = risk.id;
  if (risk.seenAt) {
    item.append(el('p', { className: 'meta seen-by' }, `Seen by ${risk.seenBy ?? 'a clinician'}, ${time(risk.seenAt)}`));
  } else {
    const button = el('button', { type: 'button', className: 'mark-seen' }, 'Mark as seen');
    button.addEventListener('click', async () => {
      button.disabled = true;
      const res = await api(`/api/ipt/risks/${encodeURIComponent(risk.id)}/seen`, { method: 'POST' }).catch(handleError);
      if (!res?.ok) {
        button.disabled = false;
        status.textContent = 'Marking the flag as seen did not work; try again.';
        return;
      }
      etag = null;
      await refresh();
      await loadClients();
    });
    item.append(button);
  }
  return item;
}

function showRisks(risks) {
  riskList.replaceChildren(...risks.map(riskItem));
  risksSection.hidden = risks.length === 0;
  const unseen = risks.filter((r) => !r.seenAt).length;
  $('risks-title').textContent = unseen > 0 ? `Risk flags: ${unseen} not yet seen` : 'Risk flags';
}

// --- the chosen client's workbook -----------------------------------------------------

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

function sectionFor(item, sameSourceIndex) {
  const key = `${item.source}/${item.storageKey}`;
  let entry = shown.get(key);
  if (entry) return entry;
  const title = SOURCE_NAMES[item.source] ?? 'Another part of the workbook';
  const heading = el('h2', {}, sameSourceIndex > 0 ? `${title} (${sameSourceIndex + 1})` : title);
  const meta = el('p', { className: 'meta' });
  const section = el('section', { className: 'element' }, heading, meta);
  // no name on the section: the element inside is the named region (its own label), and two
  // regions of one name in one place read as a duplicate landmark
  section.dataset.source = item.source;
  entry = { section, meta, element: null, eventId: null };
  shown.set(key, entry);
  return entry;
}

function showProblem(entry, message, state) {
  entry.element?.remove();
  entry.element = null;
  entry.section.querySelectorAll('.problem, pre').forEach((n) => n.remove());
  entry.section.append(el('p', { className: 'problem' }, message));
  if (state !== undefined) entry.section.append(el('pre', {}, JSON.stringify(state, null, 2)));
}

async function hydrate(entry, item) {
  const partial = item.complete ? '' : ' Some earlier changes did not reach the program, so parts may be missing.';
  entry.meta.textContent = `Last change: ${changeLabel(item.change)}, received ${time(item.receivedAt)}.${partial}`;
  if (item.state === null) {
    showProblem(entry, 'The client cleared this on their device.');
    return;
  }
  await load(item.source); // the loader defines the kit's elements this page shows; other tags stay undefined
  if (!customElements.get(item.source)) {
    showProblem(entry, 'This version of the kit cannot show this part; what was delivered is shown as data.', item.state);
    return;
  }
  if (!entry.element) {
    entry.section.querySelectorAll('.problem, pre').forEach((n) => n.remove());
    const element = document.createElement(item.source);
    element.setAttribute('storage-key', item.storageKey);
    element.setAttribute('persist', 'none'); // the client's data never lands on this device
    element.setAttribute('readonly', '');
    // the section's own heading names the part: the element adds none of its own
    element.setAttribute('heading-level', 'none');
    if (item.source === 'ipt-mood-timeline') element.setAttribute('weekly-average', '');
    entry.section.append(element);
    entry.element = element;
  }
  await entry.element.ready;
  try {
    entry.element.state = item.state;
  } catch (error) {
    showProblem(entry, `This could not be shown: ${error.message}`, item.state);
  }
}

const rank = (source) => (ORDER.includes(source) ? ORDER.indexOf(source) : ORDER.length);

async function refresh() {
  if (!workbookId) return;
  let res;
  try {
    res = await api(`/api/ipt/workbooks/${encodeURIComponent(workbookId)}`, { headers: etag ? { 'If-None-Match': etag } : {} });
  } catch (error) {
    if (error instanceof SignedOut) throw error;
    status.textContent = 'The backend cannot be reached; trying again shortly.';
    return;
  }
  if (res.status === 304) return;
  if (res.status === 403) {
    view.replaceChildren();
    showRisks([]);
    status.textContent = 'This client is not one of yours.';
    return;
  }
  if (!res.ok) {
    status.textContent = `The backend answered ${res.status}.`;
    return;
  }
  etag = res.headers.get('ETag');
  const { label, risks, elements } = await res.json();
  showRisks(risks);
  const wb = workbookElement();
  const sorted = [...elements].sort((a, b) => rank(a.source) - rank(b.source) || a.seq - b.seq);
  const perSource = new Map();
  for (const item of sorted) {
    const index = perSource.get(item.source) ?? 0;
    perSource.set(item.source, index + 1);
    const entry = sectionFor(item, index);
    if (!entry.section.isConnected) wb.append(entry.section);
    if (entry.eventId === item.eventId) continue;
    entry.eventId = item.eventId;
    await hydrate(entry, item);
  }
  view.dataset.version = etag ?? '';
  status.textContent =
    elements.length === 0
      ? `Nothing delivered yet for ${label}. This page checks again every ${POLL_MS / 1000} seconds.`
      : `Showing ${label}, updated ${time(new Date().toISOString())}. This page checks for new changes every ${POLL_MS / 1000} seconds.`;
}

function handleError(error) {
  if (error instanceof SignedOut) showSignIn('Your session has ended. Sign in again.');
  else console.warn(error);
}

function poll() {
  clearTimeout(timer);
  if (document.visibilityState === 'hidden' || !csrf) return; // resumes when the page is shown again
  timer = setTimeout(async () => {
    polls += 1;
    try {
      await refresh();
      if (polls % 6 === 0) await loadClients(); // new flags on other clients, about every half minute
      poll();
    } catch (error) {
      handleError(error);
    }
  }, POLL_MS);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && csrf) void refresh().then(poll, handleError);
});

// The one-time link `npm start` prints: #signin=<token>. It leaves the address bar at once.
const link = new URLSearchParams(location.hash.slice(1)).get('signin');
if (link) history.replaceState(null, '', location.pathname + location.search);
try {
  if (link) {
    await signInWith({ link });
  } else {
    const res = await api('/api/ipt/session');
    if (res.ok) await startSignedIn(await res.json());
    else showSignIn();
  }
} catch (error) {
  if (error instanceof SignedOut) showSignIn();
  else status.textContent = 'The backend cannot be reached.';
}
