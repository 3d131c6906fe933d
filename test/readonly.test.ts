// Read-only is someone else's view of the client's work (a clinician's page): no control
// that changes anything, none of the client's instructions or calls to action, words that
// speak of the client, and headings at the level the host chose (or none).
import { expect, fixture, html } from '@open-wc/testing';
import { loadStrings } from '../src/core/i18n.js';
import '../src/formulation/formulation.js';
import '../src/session-plan/session-plan.js';
import '../src/ending-plan/ending-plan.js';
import '../src/symptom-check/symptom-check.js';
import '../src/problem-area-picker/problem-area-picker.js';
import '../src/workbook/workbook.js';
import '../src/social-circle/social-circle.js';
import '../src/mood-timeline/mood-timeline.js';
import '../src/communication-analysis/communication-analysis.js';
import '../src/decision-analysis/decision-analysis.js';
import { localToday } from '../src/core/validate.js';

type Kit = HTMLElement & { ready: Promise<void>; updateComplete: Promise<unknown>; state: unknown; readonly: boolean };

interface Case {
  tag: string;
  /** A state with something in every part, so every read-only section shows. */
  filled: unknown;
  /** The client's instructions and calls to action (English, then Spanish), never shown read-only. */
  absent: { en: string[]; es: string[] };
  /** Read-only words that speak of the client, shown with `filled`. */
  present?: { en: string[]; es: string[] };
  /** Read-only words of the empty state. */
  emptyPresent?: { en: string[]; es: string[] };
  /** Controls that change only the view (table or picture, period, downloads), not the client's data. */
  viewControls?: string;
}

const phq = (id: string, date: string, items: (0 | 1 | 2 | 3)[]) => ({ id, instrument: 'phq9', date, items, completedAt: `${date}T10:00:00.000Z` });

const CASES: Case[] = [
  {
    tag: 'ipt-formulation',
    filled: { onset: { period: 'last spring' }, eventIds: [], personIds: [], statement: 'It began last spring.', ownWords: 'Mine', agreement: { answer: 'change', date: '2026-03-01', change: 'More on work' } },
    absent: {
      en: ['How it fits together', 'It is not a weakness', 'Choose from your mood timeline', 'choose one in the problem areas', 'I would change something', 'Need help now'],
      es: ['Cómo encaja todo', 'No es una debilidad', 'Elige de tu línea del ánimo', 'elige uno en las áreas', 'cambiaría algo.'.replace('cambiaría', 'El 1 de marzo: cambiaría'), '¿Necesitas ayuda ahora?'],
    },
    present: { en: ['they would change something', 'No focus chosen yet.'], es: ['la persona cambiaría algo', 'Todavía no hay enfoque.'] },
  },
  {
    tag: 'ipt-session-plan',
    filled: { current: 2, sessions: [{ id: 'session-1', number: 1, date: '2026-03-01', note: 'First talk' }] },
    absent: {
      en: ['My sessions', 'Getting to know your low mood', 'Sessions agreed', 'Next session', 'When it suits you'],
      es: ['Mis sesiones', 'Conocer tu ánimo bajo', 'Sesiones acordadas', 'Sesión siguiente', 'Cuando te quede bien'],
    },
    present: { en: ['Session plan', 'the people in their life'], es: ['Plan de sesiones', 'las personas de su vida'] },
  },
  {
    tag: 'ipt-ending-plan',
    filled: { personIds: [], warningSigns: 'Sleeping badly', helped: 'Walks', ifLow: 'Call my sister', seekHelp: 'After two weeks' },
    absent: {
      en: ['My plan for staying well', 'My warning signs', 'People I can turn to', 'As you use the other tools', 'Print my plan', 'If you ever think of harming yourself', 'If it is urgent'],
      es: ['Mi plan para seguir bien', 'Mis señales de alerta', 'Personas a quienes puedo acudir', 'Cuando uses las otras herramientas', 'Imprimir mi plan', 'Si alguna vez piensas en hacerte daño', 'Si es urgente'],
    },
    present: { en: ['Their warning signs', 'People they can turn to', 'Nothing to compare yet.'], es: ['Sus señales de alerta', 'Personas a quienes puede acudir', 'Todavía no hay nada que comparar.'] },
  },
  {
    tag: 'ipt-symptom-check',
    filled: { responses: [phq('a', '2026-03-01', [1, 1, 1, 1, 1, 1, 1, 1, 0])] },
    absent: {
      en: ['Over the last 2 weeks', 'Finish', 'Start a new check', 'Need help now'],
      es: ['Durante las últimas 2 semanas', 'Terminar', '¿Necesitas ayuda ahora?'],
    },
    present: { en: ['PHQ-9 responses'], es: [] },
  },
  {
    tag: 'ipt-problem-area-picker',
    filled: {
      ratings: { 'role-dispute': 'a-lot' },
      selected: [{ area: 'role-dispute', primary: true, details: { issues: 'Money', myExpectations: 'Help at home' }, goals: [{ id: 'g1', text: 'Talk calmly', done: false }] }],
    },
    absent: {
      en: ['What would you like to work on?', 'IPT usually works on one of these', 'For example:', 'How much does this sound like you', 'Your goals for', 'What do you expect from them?', 'Talk this over with your therapist', 'You can decide with your therapist'],
      es: ['¿En qué te gustaría trabajar?', 'Por ejemplo:', '¿Qué esperas de esa persona?', 'Tus objetivos para', 'Puedes decidirlo con tu terapeuta'],
    },
    present: { en: ['Focus of treatment', 'How much it sounds like them: A lot', 'What they expect from the other person', 'Goals for'], es: ['Enfoque del tratamiento', 'Qué espera de la otra persona'] },
  },
  {
    tag: 'ipt-social-circle',
    filled: { people: [{ id: 'p1', name: 'Ana', relationship: 'partner', ring: 1, support: 'a-lot' }], snapshots: [] },
    absent: {
      en: ['People in your life', 'Put yourself in the middle', 'No one here yet. Add the people', 'No snapshots yet. Save one now', 'Drag people to move them', 'Add a person', 'Supports you a lot', 'around you'],
      es: ['Las personas de tu vida', 'Tú estás en el centro', 'Agrega a las personas', 'Guarda una ahora', 'Arrastra a las personas', 'Agregar a una persona', 'Te apoya mucho', 'a tu alrededor'],
    },
    present: { en: ['People in their life', 'No snapshots yet.', 'Supports them a lot'], es: ['Las personas de su vida', 'Todavía no hay instantáneas.'] },
    emptyPresent: { en: ['No one added yet.'], es: ['Todavía no hay nadie.'] },
    viewControls: '.view-toggle button, details.export *, .compare-controls *',
  },
  {
    tag: 'ipt-mood-timeline',
    filled: { entries: [{ id: 'm1', date: localToday(), mood: 4, note: 'Slept badly after the call' }], events: [] },
    absent: {
      en: ['How you have been feeling', 'Your check-ins will appear here', 'Your check-ins will show here', 'Check in on other days', 'How is your mood today?', 'Add something that happened', 'Something that happened with people in your life', 'If you can, mark roughly', 'When your low mood started'],
      es: ['Cómo te has sentido', 'Tus registros aparecerán aquí', 'Registra tu ánimo otros días', '¿Cómo está tu ánimo hoy?', 'Agregar algo que pasó', 'Algo que pasó con personas de tu vida', 'Si puedes, marca', 'Cuándo empezó tu ánimo bajo'],
    },
    present: { en: ['How they have been feeling', 'Notes with check-ins', 'Slept badly after the call'], es: ['Cómo se ha sentido', 'Notas de los registros', 'Slept badly after the call'] },
    emptyPresent: { en: ['No check-ins yet.'], es: ['Todavía no hay registros.'] },
    viewControls: '.controls *, .export button',
  },
  {
    tag: 'ipt-communication-analysis',
    // Some steps answered, some not: every step shows, answered or "not answered yet".
    filled: { analyses: [{ id: 'a1', date: '2026-03-01', personName: 'Ana', happened: 'We argued about money', said: 'I said it was not fair', willTry: 'Ask her calmly on Sunday', planSay: 'I need help at home' }] },
    absent: {
      en: ['Looking at a conversation', 'Pick one conversation', 'Look at a new conversation', 'My conversations', 'None yet. Start with', 'What I said', 'How I felt', 'What I will try', 'What I want to say', 'You can practise it', 'Come back to this', 'On your timeline', 'Need help now'],
      es: ['Mirar una conversación', 'Elige una conversación', 'Mis conversaciones', 'Todavía ninguna. Empieza', 'Lo que dije', 'Cómo me sentí', 'Lo que voy a intentar', 'Lo que quiero decir', 'Puedes ensayarla', 'En tu línea de tiempo', '¿Necesitas ayuda ahora?'],
    },
    present: {
      en: ['Communication analyses', 'With Ana', 'What they said', 'What the other person said', 'How they felt', 'What they will try', 'What they want to say', 'We argued about money', 'Ask her calmly on Sunday', 'Not answered yet.'],
      es: ['Análisis de comunicación', 'Con Ana', 'Lo que dijo', 'Lo que le respondió la otra persona', 'Cómo se sintió', 'Lo que va a intentar', 'Lo que quiere decir', 'Todavía sin respuesta.'],
    },
    emptyPresent: { en: ['No analyses yet.'], es: ['Todavía no hay análisis.'] },
  },
  {
    tag: 'ipt-decision-analysis',
    filled: {
      decisions: [{ id: 'd1', date: '2026-03-01', question: 'Move closer to my sister?', options: [{ id: 'o1', text: 'Move', pros: 'Help with the children\nCompany', cons: 'Cost' }, { id: 'o2', text: 'Stay' }], choiceId: 'o1', firstStep: 'Call her on Sunday', personName: 'Rosa' }],
    },
    absent: {
      en: ['Thinking a choice through', 'A choice in front of you', 'Think a new choice through', 'My choices', 'None yet. Start with', 'Which option will I try?', 'My first step', 'Small and concrete', 'Write every option', 'Come back to this', 'Need help now'],
      es: ['Pensar bien una decisión', 'Una decisión que tienes delante', 'Mis decisiones', 'Todavía ninguna. Empieza', '¿Qué opción voy a intentar?', 'Mi primer paso', 'Cómo me fue', 'Escribe todas las opciones', 'Vuelve aquí', '¿Necesitas ayuda ahora?'],
    },
    present: {
      en: ['Decision analyses', 'Move closer to my sister?', 'Help with the children', 'Cost', 'None written.', 'Chosen to try', 'The option they will try', 'Their first step', 'Call her on Sunday', 'Not answered yet.'],
      es: ['Análisis de decisiones', 'Elegida para intentar', 'La opción que va a intentar', 'Su primer paso', 'Cómo le fue', 'Nada escrito.', 'Todavía sin respuesta.'],
    },
    emptyPresent: { en: ['No decision analyses yet.'], es: ['Todavía no hay análisis de decisiones.'] },
  },
];

/** Controls that would change the client's data: none may be there, enabled, read-only. */
function actingControls(el: Kit, viewControls = ''): Element[] {
  const root = el.shadowRoot!;
  const view = new Set(viewControls ? root.querySelectorAll(viewControls) : []);
  return [...root.querySelectorAll('button, input, select, textarea, [contenteditable="true"]')].filter(
    (c) => !(c as HTMLButtonElement).disabled && !c.closest('fieldset[disabled]') && !view.has(c) && !c.closest('dialog:not([open])'),
  );
}

const text = (el: Kit) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** Heading levels in the element's shadow DOM, in document order. */
const levels = (el: Kit) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));

let n = 0;
async function mountRo(tag: string, attrs = '', lang = 'en'): Promise<Kit> {
  n += 1;
  const wrap = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><${tag} readonly persist="none" storage-key="ro-${tag}-${n}" ${attrs}></${tag}></div>`,
  );
  const el = wrap.firstElementChild as Kit;
  await el.ready;
  await el.updateComplete;
  return el;
}

async function fill(el: Kit, state: unknown): Promise<void> {
  el.state = state;
  await el.updateComplete;
}

before(() => loadStrings('es'));

for (const c of CASES) {
  describe(`${c.tag} read-only`, () => {
    for (const lang of ['en', 'es'] as const) {
      it(`has no controls that act and none of the client's instructions, empty and filled (${lang})`, async function () {
        const el = await mountRo(c.tag, '', lang);
        for (const stage of ['empty', 'filled']) {
          if (stage === 'filled') await fill(el, c.filled);
          else for (const words of c.emptyPresent?.[lang] ?? []) expect(text(el), 'empty state').to.include(words);
          expect(actingControls(el, c.viewControls).map((b) => b.outerHTML.slice(0, 80)), `${stage}: controls`).to.deep.equal([]);
          const shown = text(el);
          for (const words of c.absent[lang]) expect(shown, `${stage}: "${words}"`).not.to.include(words);
          await expect(el).to.be.accessible();
        }
        for (const words of c.present?.[lang] ?? []) expect(text(el)).to.include(words);
      });
    }

    it('puts its headings at the level the host chose', async () => {
      const byDefault = await mountRo(c.tag);
      await fill(byDefault, c.filled);
      expect(levels(byDefault)[0]).to.equal(2);
      expect(Math.min(...levels(byDefault))).to.equal(2);

      const deeper = await mountRo(c.tag, 'heading-level="4"');
      await fill(deeper, c.filled);
      const deep = levels(deeper);
      expect(deep[0]).to.equal(4);
      expect(Math.min(...deep)).to.equal(4);
      // the sub-headings follow: one level below the top, never a skipped level
      expect(deep.slice(1).every((l) => l >= 5 && l <= 6), deep.join()).to.equal(true);
      expect(deep.filter((l) => l === 4).length).to.equal(1);
      await expect(deeper).to.be.accessible();
    });

    it('leaves its top heading out with heading-level="none", its region still named', async () => {
      const el = await mountRo(c.tag, 'heading-level="none"');
      await fill(el, c.filled);
      const found = levels(el);
      expect(found).not.to.include(2);
      expect(found.every((l) => l >= 3)).to.equal(true);
      const region = el.shadowRoot!.querySelector('section.frame, fieldset.frame, [part~="base"]')!;
      expect(region.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
      expect(region.hasAttribute('aria-labelledby')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
}

describe('heading-level', () => {
  it('warns and falls back to h2 for a bad value', async () => {
    const errors: CustomEvent[] = [];
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.addEventListener('ipt-error', (e) => errors.push(e as CustomEvent));
      wrap.innerHTML = '<ipt-session-plan persist="none" storage-key="ro-bad" heading-level="7"></ipt-session-plan>';
      const el = wrap.firstElementChild as Kit;
      await el.ready;
      await el.updateComplete;
      expect(levels(el)[0]).to.equal(2);
      expect(errors.map((e) => e.detail.code)).to.include('invalid-attribute');
      expect(errors.find((e) => e.detail.code === 'invalid-attribute')!.detail.message).to.include('heading-level');
      expect(warned.join('\n')).to.include('heading-level');
    } finally {
      console.warn = warn;
    }
  });

  it('changes the level at run time, and keeps the default for an editing client', async () => {
    const el = (await fixture(html`<ipt-formulation persist="none" storage-key="ro-live"></ipt-formulation>`)) as Kit;
    await el.ready;
    await el.updateComplete;
    expect(levels(el)[0]).to.equal(2);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(levels(el)[0]).to.equal(3);
    expect(levels(el).slice(1).every((l) => l === 4)).to.equal(true);
  });

  it('is the same attribute inside a read-only workbook', async () => {
    const wb = await fixture(html`<ipt-workbook workbook-id="ro-wb" readonly>
      <ipt-ending-plan persist="none" heading-level="none"></ipt-ending-plan>
    </ipt-workbook>`);
    const el = wb.querySelector('ipt-ending-plan') as Kit;
    await el.ready;
    await el.updateComplete;
    expect(levels(el)).not.to.include(2);
    expect(text(el)).to.include('Their plan');
    expect(actingControls(el)).to.deep.equal([]);
  });
});
