// The fictional program's own page script: a language switch, a colour switch, and the
// "your data" buttons. The kit itself needs none of this; a CMS page can leave it out.
const workbook = document.getElementById('workbook');
const langSwitch = document.getElementById('lang-switch');
const themeSwitch = document.getElementById('theme-switch');
const status = document.getElementById('data-status');

function applyLanguage(lang) {
  document.documentElement.lang = lang; // the kit follows the closest [lang]
  for (const el of document.querySelectorAll('[data-en]')) el.textContent = el.dataset[lang] ?? el.dataset.en;
  localStorage.setItem('bridges-lang', lang);
}

function applyTheme(theme) {
  workbook.setAttribute('theme', theme);
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  localStorage.setItem('bridges-theme', theme);
}

langSwitch.value = localStorage.getItem('bridges-lang') ?? 'en';
themeSwitch.value = localStorage.getItem('bridges-theme') ?? 'auto';
applyLanguage(langSwitch.value);
applyTheme(themeSwitch.value);
langSwitch.addEventListener('change', () => applyLanguage(langSwitch.value));
themeSwitch.addEventListener('change', () => applyTheme(themeSwitch.value));

// The program's own record says this client is at session 3 of 12: the plan starts there on a
// new device (assigning `state` saves it and sends nothing: the program already knows).
async function seedSessionPlan() {
  await customElements.whenDefined('ipt-session-plan');
  const plan = document.querySelector('ipt-session-plan');
  await plan.ready;
  if (plan.state.sessions.length > 0) return;
  const day = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  plan.state = {
    current: 3,
    sessions: [
      { id: 'session-1', number: 1, date: day(14), note: 'Talked about how the low mood started.' },
      { id: 'session-2', number: 2, date: day(7), note: 'Went through the people in my life.' },
      { id: 'session-3', number: 3, date: day(0) },
    ],
  };
}
void seedSessionPlan();

const say = (en, es) => (status.textContent = document.documentElement.lang === 'es' ? es : en);

// Delivery to the program's backend. The program issues each client a token for their own
// workbook (here: the link `npm start` prints, `#client-token=...`); <ipt-sync> sends it
// with every request through its `headers` hook. Without a token the hook throws, so
// changes wait in the outbox (retried later) instead of being refused and set aside.
const TOKEN_KEY = 'bridges-client-token';
const sync = document.querySelector('ipt-sync');
sync.headers = async () => {
  const token = localStorage.getItem(TOKEN_KEY);
  if (!token) throw new Error('no delivery token on this device yet');
  return { Authorization: `Bearer ${token}` };
};

/** Takes the token from `#client-token=...`; the token leaves the address bar at once. */
async function takeTokenFromLink() {
  const token = new URLSearchParams(location.hash.slice(1)).get('client-token');
  if (token) {
    localStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
  }
  await customElements.whenDefined('ipt-sync');
  await sync.updateComplete;
  if (!localStorage.getItem(TOKEN_KEY)) {
    say(
      'Your changes are kept on this device. To send them to your therapist, open the link the program gave you.',
      'Tus cambios se guardan en este dispositivo. Para enviarlos a tu terapeuta, abre el enlace que te dio el programa.',
    );
    return;
  }
  if (token) status.textContent = '';
  // batches refused for a missing or old token (401/403) wait in the dead letters: send them again
  const letters = await sync.deadLetters();
  if (letters.some((l) => l.status === 401 || l.status === 403)) await sync.retryDeadLetters();
  if (token) await sync.flush();
}
void takeTokenFromLink();
window.addEventListener('hashchange', () => void takeTokenFromLink());

document.getElementById('export').addEventListener('click', async () => {
  const json = await workbook.exportData();
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `workbook-${new Date().toISOString().slice(0, 10)}.json` });
  a.click();
  URL.revokeObjectURL(url);
  say('Your workbook was downloaded.', 'Tu cuaderno se descargó.');
});

document.getElementById('import').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  try {
    await workbook.importData(await file.text());
    say('Your workbook is back.', 'Tu cuaderno está de vuelta.');
  } catch (error) {
    say(`That file could not be used: ${error.message}`, `No se pudo usar ese archivo: ${error.message}`);
  }
  event.target.value = '';
});

document.getElementById('erase').addEventListener('click', async () => {
  const sure = window.confirm(
    document.documentElement.lang === 'es'
      ? '¿Borrar todo lo de este cuaderno en este dispositivo? No se puede deshacer.'
      : 'Erase everything in this workbook from this device? This cannot be undone.',
  );
  if (!sure) return;
  await workbook.eraseData();
  say('Erased from this device.', 'Borrado de este dispositivo.');
});

document.getElementById('focus-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  const focus = data.get('focus');
  document.getElementById('form-result').textContent = focus
    ? document.documentElement.lang === 'es'
      ? 'Listo: tu enfoque se compartirá en tu próxima sesión.'
      : 'Done: your focus will be shared at your next session.'
    : '';
});
