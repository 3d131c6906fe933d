import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/session-plan/session-plan.js';
import '../src/formulation/formulation.js';
import '../src/social-circle/social-circle.js';
import '../src/workbook/workbook.js';
import type { IptSessionPlan, SessionPlanState } from '../src/session-plan/session-plan.js';
import type { IptFormulation } from '../src/formulation/formulation.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptWorkbook } from '../src/workbook/workbook.js';
import { phaseOf, split } from '../src/session-plan/model.js';
import { localToday } from '../src/core/validate.js';
import { record, storedEntries, until, typeText } from './core/helpers.js';

let counter = 0;
const unique = (what: string) => `sp-${what}-${Date.now()}-${counter++}`;

async function mountPlan(attrs: string): Promise<IptSessionPlan> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-session-plan ${attrs}></ipt-session-plan>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as IptSessionPlan;
  await el.ready;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dueText = (el: IptSessionPlan) => text(el.shadowRoot!.querySelector('[part="due"]'));

describe('ipt-session-plan: sessions and phases', () => {
  it('splits the phases by a quarter unless told, and documents it in the model', () => {
    const twelve = split(12);
    expect([1, 3, 4, 9, 10, 12].map((n) => phaseOf(n, twelve))).to.deep.equal(['initial', 'initial', 'middle', 'middle', 'ending', 'ending']);
    expect(split(8)).to.deep.equal({ total: 8, initial: 2, ending: 2 });
    expect(split(16)).to.deep.equal({ total: 16, initial: 4, ending: 4 });
    expect(split(12, 4, 2)).to.deep.equal({ total: 12, initial: 4, ending: 2 });
  });

  it('says "Session 3 of 12" with its phase, 8 for a group, and counts the sessions left from the middle on', async () => {
    const el = await mountPlan(`storage-key="${unique('w')}" persist="none"`);
    expect(text($(el, '.where'))).to.equal('Session 1 of 12 · The beginning');
    expect(el.shadowRoot!.querySelector('[part="left"]')).to.equal(null);
    el.state = { current: 3, sessions: [] };
    await el.updateComplete;
    expect(text($(el, '.where'))).to.equal('Session 3 of 12 · The beginning');
    el.state = { current: 5, sessions: [] };
    await el.updateComplete;
    expect(text($(el, '[part="left"]'))).to.include('7 sessions left after this one.');
    el.state = { current: 11, sessions: [] };
    await el.updateComplete;
    expect(text($(el, '[part="left"]'))).to.include('One session left').and.include('The ending is coming');
    const group = await mountPlan(`storage-key="${unique('g')}" persist="none" sessions="8"`);
    expect(text($(group, '.where'))).to.equal('Session 1 of 8 · The beginning');
    expect(group.shadowRoot!.querySelectorAll('ol.sessions li').length).to.equal(8);
    const custom = await mountPlan(`storage-key="${unique('c')}" persist="none" initial-sessions="4" ending-sessions="2"`);
    custom.state = { current: 4, sessions: [] };
    await custom.updateComplete;
    expect(text($(custom, '.where'))).to.include('The beginning');
  });

  it('is used with the keyboard alone: next session, a date and a note', async () => {
    const el = await mountPlan(`storage-key="${unique('kb')}" persist="none"`);
    const changes = record(el, 'ipt-change');
    $<HTMLButtonElement>(el, '.actions button.primary').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.current).to.equal(3);
    $<HTMLTextAreaElement>(el, '#note-3').focus();
    await typeText('Talked about my sister');
    await el.updateComplete;
    expect(el.state.sessions.find((s) => s.number === 3)!.note).to.equal('Talked about my sister');
    expect(changes.map((c) => c.detail.change.type)).to.include.members(['current', 'session-note']);
    expect(changes.find((c) => c.detail.change.type === 'session-note')!.detail.change.session).to.equal(3);
  });

  it('speaks Spanish', async () => {
    const el = await mountPlan(`storage-key="${unique('es')}" persist="none" lang="es"`);
    el.state = { current: 6, sessions: [] };
    await el.updateComplete;
    expect(text($(el, '.where'))).to.equal('Sesión 6 de 12 · La parte media');
    expect(text($(el, '[part="left"]'))).to.include('Quedan 6 sesiones después de esta.');
  });

  it('reports a bad `sessions` and falls back to 12', async () => {
    const errors = record(document.body, 'ipt-error');
    const el = await mountPlan(`storage-key="${unique('bad-attr')}" persist="none" sessions="zero"`);
    await el.updateComplete;
    expect(errors.some((e) => e.detail.code === 'invalid-attribute' && e.detail.message.includes('sessions'))).to.equal(true);
    expect(text($(el, '.where'))).to.equal('Session 1 of 12 · The beginning');
  });
});

describe('ipt-session-plan: in a workbook', () => {
  it('reminds gently of a symptom check, the circle snapshot and the formulation, and stops once they are done', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-workbook workbook-id="${unique('wb')}">
      <ipt-social-circle persist="none"></ipt-social-circle>
      <ipt-formulation persist="none"></ipt-formulation>
      <ipt-session-plan persist="none"></ipt-session-plan>
    </ipt-workbook>`;
    document.body.append(wrap);
    const wb = wrap.querySelector('ipt-workbook') as IptWorkbook;
    const circle = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
    const formulation = wrap.querySelector('ipt-formulation') as IptFormulation;
    const el = wrap.querySelector('ipt-session-plan') as IptSessionPlan;
    await Promise.all([circle.ready, formulation.ready, el.ready]);
    await until(() => dueText(el).includes('formulation') || dueText(el).includes('fits together'), 'reminders');
    expect(dueText(el)).to.include('symptom check').and.include('snapshot of your circle now').and.include('whether it fits');
    expect(dueText(el)).not.to.match(/\b(overdue|must|late)\b/i);
    formulation.state = { onset: {}, eventIds: [], personIds: [], agreement: { answer: 'fits', date: localToday() } };
    circle.state = { people: [], snapshots: [{ id: 's1', label: 'Start', takenAt: new Date().toISOString(), people: [] }] };
    const ctx = (el as unknown as { workbook: { publish(p: object, s: object): void } }).workbook;
    ctx.publish(wb, { measures: [{ id: 'm1', date: localToday(), instrument: 'PHQ-9', score: 9, source: 'test' }] });
    await until(() => el.shadowRoot!.querySelector('[part="due"]') === null, 'nothing due');
    el.state = { current: 11, sessions: [] };
    await until(() => dueText(el).includes('A new snapshot of your circle'), 'the end snapshot in the ending');
  });
});

describe('ipt-session-plan: storage, bad state, read-only, accessibility', () => {
  it('keeps everything on the device across a re-mount (read back from IndexedDB)', async () => {
    const key = unique('idb');
    const first = await mountPlan(`storage-key="${key}"`);
    first.state = { total: 16, current: 2, sessions: [{ id: 'session-1', number: 1, date: '2026-03-02', note: 'first' }] };
    await first.saved();
    first.parentElement!.remove();
    const again = await mountPlan(`storage-key="${key}"`);
    expect(text($(again, '.where'))).to.equal('Session 2 of 16 · The beginning');
    const stored = (await storedEntries()).get(`default/ipt-session-plan/${key}`) as { data: SessionPlanState };
    expect(stored.data.sessions[0]).to.deep.include({ number: 1, date: '2026-03-02', note: 'first' });
  });

  it('throws a TypeError naming the field for a bad state and changes nothing', async () => {
    const el = await mountPlan(`storage-key="${unique('bad')}" persist="none"`);
    el.state = { current: 2, sessions: [] };
    const bad: [unknown, string][] = [
      [{ total: 0, sessions: [] }, 'total'],
      [{ current: 'two', sessions: [] }, 'current'],
      [{ sessions: 'x' }, 'sessions'],
      [{ sessions: [{ id: 'a', number: 1, date: '2026-13-01' }] }, 'sessions[0].date'],
      [{ sessions: [{ id: 'a', number: 1 }, { id: 'b', number: 1 }] }, 'sessions[1].number'],
      [{ sessions: [{ id: 'a', number: 1, note: 5 }] }, 'sessions[0].note'],
    ];
    for (const [state, field] of bad) {
      expect(() => (el.state = state as SessionPlanState), field).to.throw(TypeError, field);
      expect(el.state.current).to.equal(2);
    }
  });

  it('repairs a stored record where the meaning is plain, keeps it aside where it is not', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const now = new Date().toISOString();
    const fixable = unique('fix');
    await set(`default/ipt-session-plan/${fixable}`, { schema: 1, updatedAt: now, data: { total: '10', current: 99, sessions: [{ id: 'session-1', number: 1, note: 'mine' }] } }, store);
    const errors = record(document.body, 'ipt-error');
    const fixed = await mountPlan(`storage-key="${fixable}"`);
    expect(fixed.state).to.deep.include({ total: 10 });
    expect(fixed.state.current).to.equal(undefined);
    expect(fixed.state.sessions[0]!.note).to.equal('mine');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    const broken = unique('broken');
    await set(`default/ipt-session-plan/${broken}`, { schema: 1, updatedAt: now, data: { sessions: [{ id: 'a', number: 1, note: ['x'] }] } }, store);
    errors.length = 0;
    const aside = await mountPlan(`storage-key="${broken}"`);
    expect(aside.state.sessions).to.deep.equal([]);
    expect(errors[0]!.detail.message).to.include('sessions[0].note');
    const kept = [...(await storedEntries()).keys()].filter((k) => k.includes(broken));
    expect(kept.length, 'the original is kept, not dropped').to.be.greaterThan(1);
  });

  it('renders notes as text, never as markup; read-only shows every session without controls', async () => {
    const el = await mountPlan(`storage-key="${unique('ro')}" persist="none"`);
    el.state = { current: 2, sessions: [{ id: 'session-1', number: 1, date: '2026-03-02', note: '<img src=x onerror="window.__xssS=1">' }] };
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xssS?: number }).__xssS).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('button, input, textarea').length).to.equal(0);
    const all = text(el.shadowRoot!.querySelector('section')!);
    expect(all).to.include('Session plan').and.include('<img src=x').and.include('Session 2 (Current session)').and.include('No date');
    expect(el.shadowRoot!.querySelectorAll('ol.sessions li').length).to.equal(12);
  });

  for (const lang of ['en', 'es']) {
    it(`is accessible in every state (${lang})`, async function () {
      this.timeout(60000);
      const el = await mountPlan(`storage-key="${unique('axe')}" persist="none" lang="${lang}"`);
      await expect(el, `${lang}: start`).to.be.accessible();
      el.state = { current: 7, sessions: [{ id: 'session-7', number: 7, date: '2026-03-02', note: 'x' }] };
      await el.updateComplete;
      await expect(el, `${lang}: middle`).to.be.accessible();
      el.state = { current: 12, sessions: [] };
      await el.updateComplete;
      await expect(el, `${lang}: last`).to.be.accessible();
      el.readonly = true;
      await el.updateComplete;
      await expect(el, `${lang}: read-only`).to.be.accessible();
      const wrap = document.createElement('div');
      wrap.innerHTML = `<ipt-workbook workbook-id="${unique('axe-wb')}" lang="${lang}"><ipt-session-plan persist="none"></ipt-session-plan></ipt-workbook>`;
      document.body.append(wrap);
      const inWb = wrap.querySelector('ipt-session-plan') as IptSessionPlan;
      await inWb.ready;
      await until(() => inWb.shadowRoot!.querySelector('[part="due"]') !== null, 'reminders');
      await expect(inWb, `${lang}: reminders`).to.be.accessible();
    });
  }
});

describe('ipt-session-plan: two tabs', () => {
  it('keeps the notes of two sessions written at the same time in two tabs', async function () {
    const { openTab } = await import('./core/helpers.js');
    const key = unique('tabs');
    const page = { srcdoc: `<!doctype html><html lang="en"><body><script type="module" src="/src/session-plan/session-plan.ts"></script><ipt-session-plan storage-key="${key}"></ipt-session-plan></body></html>` };
    const a = await openTab<IptSessionPlan>(page, 'ipt-session-plan', '600px');
    const b = await openTab<IptSessionPlan>(page, 'ipt-session-plan', '600px');
    const write = (el: IptSessionPlan, n: number, note: string) => {
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#note-${n}`)!;
      area.value = note;
      area.dispatchEvent(new Event('input'));
    };
    write(a.el, 1, 'from tab A');
    write(b.el, 2, 'from tab B');
    const notes = (el: IptSessionPlan) => el.state.sessions.map((s) => s.note).sort();
    await until(() => notes(a.el).length === 2 && notes(b.el).length === 2, 'both tabs see both notes');
    expect(notes(a.el)).to.deep.equal(['from tab A', 'from tab B']);
    await until(() => b.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note-1')!.value === 'from tab A', 'shown in the other tab');
    a.frame.remove();
    b.frame.remove();
  });
});
