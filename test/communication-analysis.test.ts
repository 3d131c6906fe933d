import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/communication-analysis/communication-analysis.js';
import '../src/mood-timeline/mood-timeline.js';
import '../src/social-circle/social-circle.js';
import '../src/workbook/workbook.js';
import type { IptCommunicationAnalysis, CommunicationState } from '../src/communication-analysis/communication-analysis.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import type { IptWorkbook } from '../src/workbook/workbook.js';
import { loadStrings } from '../src/core/i18n.js';
import { record, storedEntries, until, typeText } from './core/helpers.js';

let counter = 0;
const unique = (what: string) => `ca-${what}-${Date.now()}-${counter++}`;

async function mountAlone(attrs: string): Promise<IptCommunicationAnalysis> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-communication-analysis ${attrs}></ipt-communication-analysis>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as IptCommunicationAnalysis;
  await el.ready;
  await el.updateComplete;
  return el;
}

const person = (id: string, name: string, ring: number) => ({ id, name, relationship: 'friend' as const, ring });

async function mountWorkbook(extra = ''): Promise<{ wb: IptWorkbook; circle: IptSocialCircle; timeline: IptMoodTimeline; el: IptCommunicationAnalysis }> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-workbook workbook-id="${unique('wb')}" ${extra}>
    <ipt-social-circle persist="none"></ipt-social-circle>
    <ipt-mood-timeline persist="none"></ipt-mood-timeline>
    <ipt-communication-analysis persist="none"></ipt-communication-analysis>
  </ipt-workbook>`;
  document.body.append(wrap);
  const wb = wrap.querySelector('ipt-workbook')!;
  const circle = wrap.querySelector('ipt-social-circle')!;
  const timeline = wrap.querySelector('ipt-mood-timeline')!;
  const el = wrap.querySelector('ipt-communication-analysis')!;
  await Promise.all([circle.ready, timeline.ready, el.ready]);
  circle.state = { people: [person('p-ana', 'Ana', 1), person('p-luis', 'Luis', 2)] };
  timeline.state = { entries: [], events: [{ id: 'e-1', date: '2026-03-01', title: 'Row about money', kind: 'conflict' }], measures: [] };
  await until(() => ((el as unknown as { workbook?: { people: unknown[]; lifeEvents: unknown[] } }).workbook?.lifeEvents.length ?? 0) === 1, 'the workbook shares people and events');
  await el.updateComplete;
  return { wb, circle, timeline, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function choose(el: IptCommunicationAnalysis, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const full = (over: Partial<CommunicationState['analyses'][number]> = {}): CommunicationState => ({
  analyses: [
    {
      id: 'a1',
      date: '2026-03-02',
      personId: 'p-ana',
      happened: 'We argued about money',
      said: 'You never help',
      theySaid: 'That is not fair',
      felt: 'Angry, then sad',
      meant: 'I am tired',
      expected: 'That she would help',
      outcome: 'She left the room',
      instead: 'Say I am tired and ask for one thing',
      willTry: 'Ask for help with dinner on Monday',
      howItWent: 'She said yes',
      planSay: 'I need help on Mondays',
      planAnswer: 'She may say she is busy',
      planRespond: 'Then which day works?',
      rolePlayNotes: 'I spoke too fast',
      ...over,
    },
  ],
});

describe('ipt-communication-analysis: step by step, keyboard only', () => {
  it('starts an analysis and goes through the steps one question at a time with the keyboard alone', async () => {
    const el = await mountAlone(`storage-key="${unique('kb')}" persist="none"`);
    const changes = record(el, 'ipt-change');
    $<HTMLButtonElement>(el, '#new').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'date', 'the new analysis opens on its date');
    expect(el.state.analyses).to.have.length(1);
    expect(changes[0]!.detail.change.type).to.equal('analysis-add');
    // Tab to the name (no circle here), type it
    el.shadowRoot!.getElementById('person-name')!.focus();
    await typeText('Ana');
    $<HTMLTextAreaElement>(el, '#answer').focus();
    expect(text($(el, 'label[for="answer"]'))).to.include('What happened?');
    await typeText('We argued');
    // Tab past "Previous" (disabled on the first step) to "Next", and Enter
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('next');
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'answer', 'the next question gets the focus');
    expect(text($(el, 'label[for="answer"]'))).to.include('What did you say?');
    expect(text($(el, '#step-count'))).to.equal('Step 2 of 8');
    await typeText('You never help');
    await el.updateComplete;
    expect(el.state.analyses[0]).to.deep.include({ personName: 'Ana', happened: 'We argued', said: 'You never help' });
    expect(changes.at(-1)!.detail.change).to.deep.include({ type: 'analysis-update', field: 'said' });
    // back to the list and in again: it opens where it was left (the first unanswered step)
    $<HTMLButtonElement>(el, '[part="editor"] > button').click();
    await el.updateComplete;
    expect(text($(el, '[part="list"]'))).to.include('Ana').and.include('2 of 8 steps');
    $<HTMLButtonElement>(el, '.open-button').click();
    await el.updateComplete;
    expect(text($(el, '#step-count'))).to.equal('Step 3 of 8');
    expect(el.shadowRoot!.querySelector('[part~="crisis-link"]'), 'the crisis link where the person writes').not.to.equal(null);
  });
});

describe('ipt-communication-analysis: the circle and the timeline', () => {
  it('ties an analysis to a person of the circle by id; a renamed person shows renamed', async () => {
    const { circle, el } = await mountWorkbook();
    $<HTMLButtonElement>(el, '#new').click();
    await el.updateComplete;
    choose(el, '#person', 'p-ana');
    await el.updateComplete;
    expect(el.state.analyses[0]!.personId).to.equal('p-ana');
    expect(el.state.analyses[0]!.personName).to.equal(undefined);
    circle.state = { people: [person('p-ana', 'Anita', 1), person('p-luis', 'Luis', 2)] };
    await until(() => text($(el, '#heading-open')).includes('Anita'), 'renamed in the editor');
    $<HTMLButtonElement>(el, '[part="editor"] > button').click();
    await el.updateComplete;
    expect(text($(el, '[part="list"] h4'))).to.equal('Anita');
    expect(el.exportCsv()).to.include('Anita');
  });

  it('picks an event of the timeline, or creates one that then lives on the timeline (the analysis keeps its id)', async () => {
    const { timeline, el } = await mountWorkbook();
    $<HTMLButtonElement>(el, '#new').click();
    await el.updateComplete;
    choose(el, '#event', 'e-1');
    await el.updateComplete;
    expect(el.state.analyses[0]!.eventId).to.equal('e-1');
    choose(el, '#event', '');
    choose(el, '#person', 'p-luis');
    await el.updateComplete;
    const timelineChanges = record(timeline, 'ipt-change');
    $<HTMLButtonElement>(el, '#event-create').click();
    await until(() => el.shadowRoot!.activeElement?.id === 'event-title', 'the title field gets the focus');
    await typeText('Talk with Luis');
    await sendKeys({ press: 'Enter' });
    await until(() => el.state.analyses[0]!.eventId !== undefined, 'the analysis points at the new event');
    const id = el.state.analyses[0]!.eventId!;
    const made = timeline.state.events.find((e) => e.id === id);
    expect(made, 'the event is in the timeline’s record').to.deep.include({ title: 'Talk with Luis', date: el.state.analyses[0]!.date, personIds: ['p-luis'] });
    expect(timelineChanges.map((e) => e.detail.change.type)).to.deep.equal(['event-add']);
    expect(JSON.stringify(el.state), 'no copy of the event in the analysis').not.to.include('Talk with Luis');
    await until(() => text($(el, '[part="editor"]')).includes('Added to your timeline'), 'said so');
    expect($<HTMLSelectElement>(el, '#event').value).to.equal(id);
    // renamed on the timeline: the analysis shows the new title
    timeline.state = { ...timeline.state, events: timeline.state.events.map((e) => (e.id === id ? { ...e, title: 'Calm talk with Luis' } : e)) };
    await until(() => text($(el, '#event')).includes('Calm talk with Luis'), 'the live title');
  });
});

describe('ipt-communication-analysis: storage, bad state, exports', () => {
  it('keeps a half-done analysis across a re-mount, read back from IndexedDB', async () => {
    const key = unique('idb');
    const first = await mountAlone(`storage-key="${key}"`);
    $<HTMLButtonElement>(first, '#new').click();
    await first.updateComplete;
    const answer = $<HTMLTextAreaElement>(first, '#answer');
    answer.value = 'Half done';
    answer.dispatchEvent(new Event('input'));
    // removed at once, before the coalesced write: the release writes what is pending
    first.parentElement!.remove();
    const again = await mountAlone(`storage-key="${key}"`);
    expect(again.state.analyses[0]!.happened).to.equal('Half done');
    const stored = (await storedEntries()).get(`default/ipt-communication-analysis/${key}`) as { data: CommunicationState };
    expect(stored.data.analyses[0]!.happened).to.equal('Half done');
  });

  it('throws a TypeError naming the field for a bad state and changes nothing', async () => {
    const el = await mountAlone(`storage-key="${unique('bad')}" persist="none"`);
    el.state = full();
    const bad: [unknown, string][] = [
      [{ analyses: 'x' }, 'analyses'],
      [{ analyses: [{ id: 'a', date: '2026-02-30' }] }, 'analyses[0].date'],
      [{ analyses: [{ id: 'a', date: '2026-02-03', said: 4 }] }, 'analyses[0].said'],
      [{ analyses: [{ id: 'a', date: '2026-02-03', felt: 'x'.repeat(5001) }] }, 'analyses[0].felt'],
      [{ analyses: [{ id: 'a', date: '2026-02-03', personId: '' }] }, 'analyses[0].personId'],
      [{ analyses: [{ id: 'a', date: '2026-02-03' }, { id: 'a', date: '2026-02-03' }] }, 'analyses[1].id'],
      [null, 'state'],
    ];
    for (const [state, field] of bad) {
      expect(() => (el.state = state as CommunicationState), field).to.throw(TypeError, field);
      expect(el.state.analyses[0]!.happened).to.equal('We argued about money');
    }
  });

  it('repairs a stored record: an unreadable analysis is set aside, the rest kept, the original kept', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const key = unique('fix');
    await set(
      `default/ipt-communication-analysis/${key}`,
      { schema: 1, updatedAt: new Date().toISOString(), data: { analyses: [{ id: 'a', date: '2026-01-01', said: 'mine' }, { id: 'b', date: 'soon' }, { id: 'a', date: '2026-01-02' }] } },
      store,
    );
    const errors = record(document.body, 'ipt-error');
    const el = await mountAlone(`storage-key="${key}"`);
    expect(el.state.analyses.map((a) => a.id)).to.deep.equal(['a']);
    expect(el.state.analyses[0]!.said).to.equal('mine');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0]!.detail.message).to.include('analyses[1].date');
    const kept = [...(await storedEntries()).keys()].filter((k) => k.includes(key));
    expect(kept.length, 'the original is kept aside').to.be.greaterThan(1);
  });

  it('exports JSON and formula-safe CSV', async () => {
    const { el } = await mountWorkbook();
    el.state = full({ happened: '=HYPERLINK("http://x","y")', eventId: 'e-1' });
    await el.updateComplete;
    const json = JSON.parse(el.exportJson());
    expect(json.analyses[0]).to.deep.include({ happened: '=HYPERLINK("http://x","y")', person: 'Ana' });
    expect(json.analyses[0].event).to.include('Row about money');
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[0]).to.equal('analysis,person,date,event,question,answer');
    expect(csv).to.include(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).to.include('What I will try,Ask for help with dinner on Monday');
  });
});

describe('ipt-communication-analysis: read-only, XSS, languages, accessibility', () => {
  it('renders what people typed as text; read-only shows every step’s answer and no controls', async () => {
    const { circle, wb, el } = await mountWorkbook();
    const evil = '<img src=x onerror="window.__xssC=1">';
    circle.state = { people: [person('p-ana', evil, 1)] };
    el.state = full({ said: evil });
    await until(() => text($(el, '[part="list"]')).includes('<img'), 'the name as text');
    wb.readonly = true;
    await until(() => el.shadowRoot!.querySelectorAll('textarea').length === 0, 'read-only');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xssC?: number }).__xssC).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('button, input, textarea, select').length, 'no calls to action').to.equal(0);
    const all = text($(el, '[part="record"]'));
    const { id: _id, date: _date, personId: _person, ...answers } = full({ said: evil }).analyses[0]!;
    expect(Object.keys(answers), 'every step of the analysis, the follow-up and the role play').to.have.length(14);
    for (const answer of Object.values(answers)) expect(all).to.include(answer as string);
    // spoken of the client, not in the client's own voice
    expect(all).to.include('What they wanted the other person to understand').and.include('Notes from the role play');
    for (const mine of ['What I said', 'How I felt', 'What I will try', 'What I want to say']) expect(all).not.to.include(mine);
    expect(el.shadowRoot!.querySelectorAll('[part="record"] dd')).to.have.length(14);
    expect(text($(el, 'h2'))).to.equal('Communication analyses');
  });

  it('puts the list’s and the editor’s headings below the level the host chose', async () => {
    const el = await mountAlone(`storage-key="${unique('hl')}" persist="none" heading-level="3"`);
    el.state = full();
    await el.updateComplete;
    const levels = () => [...el.shadowRoot!.querySelectorAll('.no-print h1, .no-print h2, .no-print h3, .no-print h4, .no-print h5, .no-print h6, [part="heading"]')].map((h) => h.tagName);
    expect(levels()).to.deep.equal(['H3', 'H4', 'H5']);
    $<HTMLButtonElement>(el, '.open-button').click();
    await el.updateComplete;
    expect(levels()).to.deep.equal(['H3', 'H4', 'H4']);
    expect($(el, '#heading-open')!.tagName).to.equal('H4');
    expect($(el, '#heading-open')!.getAttribute('tabindex')).to.equal('-1');
    el.headingLevel = 'none';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    expect($(el, 'section.frame')!.getAttribute('aria-label')).to.equal('Looking at a conversation');
    expect($(el, '#heading-open')!.tagName).to.equal('H3');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    await loadStrings('es');
    const el = await mountAlone(`storage-key="${unique('es')}" persist="none" lang="es"`);
    expect(text($(el, 'h2'))).to.equal('Mirar una conversación');
    $<HTMLButtonElement>(el, '#new').click();
    await el.updateComplete;
    expect(text($(el, 'label[for="answer"]'))).to.include('¿Qué pasó?');
    expect(text($(el, '#step-count'))).to.equal('Paso 1 de 8');
  });

  it('shows one tab’s answers in another', async function () {
    this.timeout(30000);
    const { openTab } = await import('./core/helpers.js');
    const key = unique('tabs');
    const page = { srcdoc: `<!doctype html><html lang="en"><body><script type="module" src="/src/communication-analysis/communication-analysis.ts"></script><ipt-communication-analysis storage-key="${key}"></ipt-communication-analysis></body></html>` };
    const a = await openTab<IptCommunicationAnalysis>(page, 'ipt-communication-analysis', '600px');
    const b = await openTab<IptCommunicationAnalysis>(page, 'ipt-communication-analysis', '600px');
    a.el.state = full();
    await until(() => b.el.state.analyses[0]?.said === 'You never help', 'the other tab has it');
    await until(() => (b.el.shadowRoot!.textContent ?? '').includes('8 of 8 steps'), 'and shows it');
    a.frame.remove();
    b.frame.remove();
  });

  for (const lang of ['en', 'es']) {
    it(`is accessible in every state (${lang})`, async function () {
      this.timeout(60000);
      await loadStrings(lang);
      const alone = await mountAlone(`storage-key="${unique('axe')}" persist="none" lang="${lang}"`);
      await expect(alone, `${lang}: alone, empty`).to.be.accessible();
      const { wb, el } = await mountWorkbook(`lang="${lang}"`);
      el.state = full();
      await el.updateComplete;
      await expect(el, `${lang}: the list`).to.be.accessible();
      $<HTMLButtonElement>(el, '.open-button').click();
      await el.updateComplete;
      await expect(el, `${lang}: an analysis open`).to.be.accessible();
      choose(el, '#event', '');
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#event-create').click();
      await el.updateComplete;
      await expect(el, `${lang}: making an event`).to.be.accessible();
      wb.readonly = true;
      await until(() => el.shadowRoot!.querySelectorAll('textarea').length === 0, 'read-only');
      await expect(el, `${lang}: read-only`).to.be.accessible();
    });
  }
});
