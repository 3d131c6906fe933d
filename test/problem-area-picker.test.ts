import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/problem-area-picker/problem-area-picker.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import type { ProblemAreaState } from '../src/problem-area-picker/model.js';
import { $, $$, click, record, text, typeText as typeKeys } from './core/helpers.js';

/** Types one key at a time: WebKitGTK's driver drops repeated letters and spaces from a typed string. */

let keyCounter = 0;
const uniqueKey = () => `pap-${Date.now()}-${keyCounter++}`;

async function picker(attrs = ''): Promise<IptProblemAreaPicker> {
  const key = uniqueKey();
  const wrap = document.createElement('div');
  // Attributes are part of the test: build the markup as text, the way a CMS page has it.
  wrap.innerHTML = `<ipt-problem-area-picker storage-key="${key}" persist="none" ${attrs}></ipt-problem-area-picker>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as IptProblemAreaPicker;
  await el.ready;
  await el.updateComplete;
  return el;
}

async function settle(el: IptProblemAreaPicker): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ipt-problem-area-picker: the areas and their words', () => {
  it('shows the four areas in the lay wording by default, with descriptions and examples', async () => {
    const el = await picker();
    expect(el.terms).to.equal('lay');
    expect($$(el, '.area-name').map(text)).to.deep.equal(['Grief', 'Disagreements', 'Life changes', 'Loneliness and social isolation']);
    for (const card of $$(el, '.area')) {
      expect(text(card.querySelector('.desc')!)).to.not.equal('');
      expect(card.querySelectorAll('.examples li').length).to.be.within(2, 3);
    }
  });

  it('speaks the clinical and adolescent wordings, in English and Spanish', async () => {
    const clinical = await picker('terms="clinical"');
    expect($$(clinical, '.area-name').map(text)).to.deep.equal(['Grief', 'Role dispute', 'Role transition', 'Social isolation (interpersonal deficits)']);
    const teen = await picker('terms="adolescent"');
    expect(text($$(teen, '.area-name')[3]!)).to.equal('Feeling alone');
    const es = await picker('terms="lay" lang="es"');
    expect($$(es, '.area-name').map(text)).to.deep.equal(['Duelo', 'Desacuerdos', 'Cambios de vida', 'Soledad y aislamiento social']);
    expect(text($(es, '.rating legend'))).to.equal('Duelo: ¿Cuánto se parece a lo que vives?');
    const esClinical = await picker('terms="clinical" lang="es"');
    expect(text($$(esClinical, '.area-name')[1]!)).to.equal('Disputa de rol');
    const esTeen = await picker('terms="adolescent" lang="es"');
    expect(text($$(esTeen, '.area-name')[2]!)).to.equal('Grandes cambios');
    expect(text($(esTeen, 'legend'))).to.match(/^Elige/);
    // The wording can change at run time.
    esTeen.terms = 'clinical';
    await settle(esTeen);
    expect(text($$(esTeen, '.area-name')[2]!)).to.equal('Transición de rol');
  });

  it('groups the choice: a checkbox group with a label, each checkbox described by its area', async () => {
    const el = await picker();
    const group = $(el, 'fieldset.choose-group');
    expect(text(group.querySelector('legend')!)).to.equal('Choose the areas you want to focus on (up to 2)');
    const boxes = $$(el, 'input[type="checkbox"]');
    expect(boxes).to.have.length(4);
    for (const box of boxes) {
      expect(group.contains(box)).to.equal(true);
      const label = el.shadowRoot!.querySelector(`label[for="${box.id}"]`)!;
      expect(text(label)).to.match(/^Focus on /);
      const describedBy = box.getAttribute('aria-describedby')!.split(' ');
      expect(text(el.shadowRoot!.getElementById(describedBy[0]!)!)).to.not.equal('');
    }
    const one = await picker('max="1"');
    expect(text($(one, 'fieldset.choose-group legend'))).to.equal('Choose the area you want to focus on (up to 1)');
  });
});

describe('ipt-problem-area-picker: rating and choosing', () => {
  it('stores a self-rating and emits rating-set', async () => {
    const el = await picker();
    const changes = record(el, 'ipt-change');
    await click($(el, 'input[name="rating-grief"][value="a-lot"]'));
    await settle(el);
    expect(el.state.ratings).to.deep.equal({ grief: 'a-lot' });
    expect(changes.map((c) => c.detail.change)).to.deep.equal([{ type: 'rating-set', area: 'grief' }]);
    // The arrow keys move within the radio group, as with any native radio group.
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.state.ratings.grief).to.equal('a-little');
  });

  it('chooses by mouse: the first chosen is the main focus', async () => {
    const el = await picker();
    const changes = record(el, 'ipt-change');
    await click($(el, '#choose-role-transition'));
    await settle(el);
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([['role-transition', true]]);
    const detail = changes[0]!.detail;
    expect(detail.change).to.deep.equal({ type: 'area-select', area: 'role-transition' });
    expect(detail.source).to.equal('ipt-problem-area-picker');
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(text($(el, '.area.chosen .badge'))).to.equal('Main focus');
    expect(text($(el, '.count'))).to.equal('1 of 2 chosen');
    // Clicking the label works too (a bigger target).
    await click($(el, 'label[for="choose-grief"]'));
    await settle(el);
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([
      ['role-transition', true],
      ['grief', false],
    ]);
  });

  it('chooses by keyboard: Tab to the checkbox, Space to toggle', async () => {
    const el = await picker();
    // Start from the last rating radio of the grief card: the next tab stop is its checkbox.
    $(el, 'input[name="rating-grief"][value="a-little"]').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('choose-grief');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.state.selected.map((s) => s.area)).to.deep.equal(['grief']);
    expect(el.state.ratings.grief).to.equal('a-little');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.state.selected).to.deep.equal([]);
  });

  it('refuses beyond max with a message, and the box stays unticked', async () => {
    const el = await picker();
    await click($(el, '#choose-grief'));
    await click($(el, '#choose-role-dispute'));
    await settle(el);
    const changes = record(el, 'ipt-change');
    await click($(el, '#choose-role-transition'));
    await settle(el);
    expect(changes).to.have.length(0);
    expect(el.state.selected.map((s) => s.area)).to.deep.equal(['grief', 'role-dispute']);
    expect($<HTMLInputElement>(el, '#choose-role-transition').checked).to.equal(false);
    const notice = $(el, '#notice-role-transition');
    expect(text(notice)).to.equal('You can choose up to 2 areas. To choose this one, first unselect another.');
    expect($(el, '#choose-role-transition').getAttribute('aria-describedby')).to.include('notice-role-transition');
    await settle(el);
    expect(text($(el, '[role="status"]'))).to.equal(text(notice));
  });

  it('lets the person change the main focus, and passes it on when the main one is unchosen', async () => {
    const el = await picker();
    await click($(el, '#choose-grief'));
    await click($(el, '#choose-role-dispute'));
    await settle(el);
    const group = $(el, 'fieldset.primary-group');
    expect(text(group.querySelector('legend')!)).to.equal('Which one matters most right now?');
    const changes = record(el, 'ipt-change');
    await click($(el, 'input[name="primary"][value="role-dispute"]'));
    await settle(el);
    expect(changes.map((c) => c.detail.change)).to.deep.equal([{ type: 'area-primary', area: 'role-dispute' }]);
    expect(el.state.selected.find((s) => s.primary)!.area).to.equal('role-dispute');
    // By keyboard, within the radio group.
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(el.state.selected.find((s) => s.primary)!.area).to.equal('grief');
    await click($(el, '#choose-grief'));
    await settle(el);
    expect(el.state.selected).to.deep.equal([{ area: 'role-dispute', primary: true, details: {}, goals: [], createdAt: el.state.selected[0]!.createdAt, updatedAt: el.state.selected[0]!.updatedAt }]);
    expect(el.shadowRoot!.querySelector('fieldset.primary-group')).to.equal(null);
  });

  it('shows a kind note when loneliness is chosen with another area, without blocking', async () => {
    const el = await picker();
    await click($(el, '#choose-interpersonal-deficits'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.note')).to.equal(null);
    await click($(el, '#choose-grief'));
    await settle(el);
    const note = $(el, '.note');
    expect(text(note)).to.include('“Loneliness and social isolation”');
    expect(note.closest('[aria-live]')).to.not.equal(null);
    expect(el.state.selected.map((s) => s.area)).to.deep.equal(['interpersonal-deficits', 'grief']);
    await click($(el, '#choose-interpersonal-deficits'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.note')).to.equal(null);
  });
});

describe('ipt-problem-area-picker: details and goals', () => {
  it('keeps each area’s details in the person’s words', async () => {
    const el = await picker();
    await click($(el, '#choose-role-dispute'));
    await click($(el, '#choose-role-transition'));
    await settle(el);
    const changes = record(el, 'ipt-change');
    $(el, '#role-dispute-personName').focus();
    await typeKeys('Ana');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(changes.at(-1)!.detail.change).to.deep.equal({ type: 'area-update', area: 'role-dispute' });
    await click($(el, 'input[name="stage-role-dispute"][value="impasse"]'));
    await settle(el);
    const impasse = $(el, 'input[name="stage-role-dispute"][value="impasse"]');
    expect(text(el.shadowRoot!.getElementById(impasse.getAttribute('aria-describedby')!)!)).to.match(/stopped talking/);
    $(el, '#role-dispute-theirExpectations').focus();
    await typeKeys('That I call every day');
    $(el, '#role-transition-fromRole').focus();
    await typeKeys('a nurse');
    $(el, '#role-transition-lost').focus();
    await settle(el);
    const [dispute, transition] = el.state.selected;
    expect(dispute!.details).to.deep.equal({ personName: 'Ana', stage: 'impasse', theirExpectations: 'That I call every day' });
    expect(transition!.details).to.deep.equal({ fromRole: 'a nurse' });
    // Clearing a field leaves nothing behind.
    const from = $<HTMLInputElement>(el, '#role-transition-fromRole');
    from.value = '';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.state.selected[1]!.details).to.deep.equal({});
  });

  it('offers the fields the manuals explore per area, and example goals', async () => {
    const el = await picker();
    const ids = (area: string) => $$(el, `section[aria-labelledby="details-${area}"] .field input, section[aria-labelledby="details-${area}"] .field textarea`).map((n) => n.id);
    const ideas = (area: string) => $$(el, `section[aria-labelledby="details-${area}"] .goal-ideas li`).map(text);
    await click($(el, '#choose-grief'));
    await click($(el, '#choose-role-dispute'));
    await settle(el);
    expect(ids('grief')).to.deep.equal(['grief-personName', 'grief-when', 'grief-circumstances', 'grief-goodTimes', 'grief-hardTimes', 'grief-hardest']);
    expect(ids('role-dispute')).to.deep.equal([
      'role-dispute-personName',
      'role-dispute-issues',
      'role-dispute-myExpectations',
      'role-dispute-theirExpectations',
      'role-dispute-options',
    ]);
    expect(text(el.shadowRoot!.querySelector('label[for="grief-personName"]')!)).to.equal('Who died?');
    expect(ideas('grief')).to.have.length(3);
    expect(ideas('grief')[2]).to.equal('Take up again one thing I used to enjoy');
    await el.clear();
    await click($(el, '#choose-role-transition'));
    await click($(el, '#choose-interpersonal-deficits'));
    await settle(el);
    expect(ids('role-transition')).to.deep.equal([
      'role-transition-fromRole',
      'role-transition-toRole',
      'role-transition-when',
      'role-transition-lost',
      'role-transition-gained',
      'role-transition-helpNeeded',
    ]);
    expect(ids('interpersonal-deficits')).to.deep.equal([
      'interpersonal-deficits-pastRelationships',
      'interpersonal-deficits-connectionHard',
      'interpersonal-deficits-closerTo',
    ]);
    expect(ideas('interpersonal-deficits')).to.have.length(3);
    // The ideas are words to start from: nothing is filled in from them.
    expect(el.state.selected.every((s) => s.goals.length === 0)).to.equal(true);
  });

  it('adds up to three goals by keyboard, marks one done, edits and removes', async () => {
    const el = await picker();
    await click($(el, '#choose-grief'));
    await settle(el);
    const changes = record(el, 'ipt-change');
    $(el, '#new-goal-grief').focus();
    for (const goal of ['Visit her grave', 'Tell my brother how I feel', 'Cook her recipe']) {
      await typeKeys(goal);
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
    expect(el.state.selected[0]!.goals.map((g) => g.text)).to.deep.equal(['Visit her grave', 'Tell my brother how I feel', 'Cook her recipe']);
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['goal-add', 'goal-add', 'goal-add']);
    expect(changes[0]!.detail.change.area).to.equal('grief');
    expect(changes[0]!.detail.change.goalId).to.equal(el.state.selected[0]!.goals[0]!.id);
    expect($<HTMLInputElement>(el, '#new-goal-grief').value).to.equal('');
    expect(text($(el, '#goal-note-grief'))).to.equal('You have 3 goals here. Remove one to add another.');
    // A fourth is refused, with the reason.
    await typeKeys('Fourth');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.state.selected[0]!.goals).to.have.length(3);

    const done = $$(el, '.goal input[type="checkbox"]')[0]!;
    expect(done.getAttribute('aria-label')).to.equal('Done: Visit her grave');
    await click(done);
    await settle(el);
    expect(el.state.selected[0]!.goals[0]!.done).to.equal(true);
    expect(changes.at(-1)!.detail.change.type).to.equal('goal-update');

    const second = $<HTMLInputElement>(el, '#goal-grief-1');
    second.value = 'Call my brother';
    second.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.state.selected[0]!.goals[1]!.text).to.equal('Call my brother');
    // Emptying a goal is refused, and the text comes back.
    second.value = '  ';
    second.dispatchEvent(new Event('change'));
    await settle(el);
    expect($<HTMLInputElement>(el, '#goal-grief-1').value).to.equal('Call my brother');
    expect(text($(el, '#goal-note-grief'))).to.equal('Write your goal first.');

    const remove = $$(el, '.goal button')[2]!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove goal: Cook her recipe');
    await click(remove);
    await settle(el);
    expect(el.state.selected[0]!.goals.map((g) => g.text)).to.deep.equal(['Visit her grave', 'Call my brother']);
    expect(changes.at(-1)!.detail.change.type).to.equal('goal-remove');
    expect(el.shadowRoot!.activeElement?.id).to.equal('new-goal-grief');
  });

  it('offers Undo when an area with writing is unchosen', async () => {
    const el = await picker();
    await click($(el, '#choose-grief'));
    await click($(el, '#choose-role-dispute'));
    await settle(el);
    $(el, '#grief-hardest').focus();
    await typeKeys('Sundays');
    $(el, '#new-goal-grief').focus();
    await typeKeys('Walk on Sundays');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await click($(el, '#choose-grief'));
    await settle(el);
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([['role-dispute', true]]);
    const undo = $(el, '.undo button');
    await click(undo);
    await settle(el);
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([
      ['grief', true],
      ['role-dispute', false],
    ]);
    expect(el.state.selected[0]!.details).to.deep.equal({ hardest: 'Sundays' });
    expect(el.state.selected[0]!.goals.map((g) => g.text)).to.deep.equal(['Walk on Sundays']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('choose-grief');
  });
});

describe('ipt-problem-area-picker: state, bad input, read-only', () => {
  const full: ProblemAreaState = {
    ratings: { grief: 'a-lot' },
    selected: [
      {
        area: 'grief',
        primary: true,
        details: { personName: '<img src=x onerror="window.__pwned=1">', hardest: '<b>evenings</b>' },
        goals: [{ id: 'g1', text: '<script>window.__pwned=1</script>', done: true }],
      },
    ],
  };

  it('hydrates from state, renders user text as text, and emits nothing', async () => {
    const el = await picker();
    const changes = record(el, 'ipt-change');
    el.state = full;
    await settle(el);
    expect(changes).to.have.length(0);
    expect($<HTMLInputElement>(el, '#grief-personName').value).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($<HTMLInputElement>(el, '#goal-grief-0').value).to.equal('<script>window.__pwned=1</script>');
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    el.readonly = true;
    await settle(el);
    expect(text($(el, 'dd'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(text($(el, '.details ol li'))).to.include('<script>');
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('rejects bad state with a TypeError naming the field, changing nothing', async () => {
    const el = await picker('max="1"');
    el.state = full;
    const changes = record(el, 'ipt-change');
    const cases: [unknown, RegExp][] = [
      [{ selected: [{ area: 'sadness', primary: true }] }, /^selected\[0\]\.area:/],
      [{ selected: [{ area: 'grief', primary: true }, { area: 'role-dispute', primary: false }] }, /^selected: at most 1 area/],
      [{ selected: [{ area: 'grief', primary: false }] }, /^selected: exactly one/],
      [{ selected: [{ area: 'grief', primary: true, goals: [{ id: 'a', text: '' }] }] }, /^selected\[0\]\.goals\[0\]\.text:/],
      [{ selected: [{ area: 'grief', primary: true, goals: [1, 2, 3, 4].map((n) => ({ id: `${n}`, text: 'x' })) }] }, /^selected\[0\]\.goals:/],
    ];
    for (const [value, message] of cases) {
      expect(() => {
        el.state = value as ProblemAreaState;
      }).to.throw(TypeError, message);
    }
    expect(changes).to.have.length(0);
    expect(el.state.selected[0]!.details.hardest).to.equal('<b>evenings</b>');
  });

  it('takes max 1 or 2 only: max="3" is an invalid attribute and falls back to 2', async () => {
    const wrap = document.createElement('div');
    const errors = record(wrap, 'ipt-error');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      document.body.append(wrap);
      wrap.innerHTML = '<ipt-problem-area-picker persist="none" max="3"></ipt-problem-area-picker>';
      const el = wrap.firstElementChild as IptProblemAreaPicker;
      await el.ready;
      await settle(el);
      expect(errors.map((e) => [e.detail.code, e.detail.message.startsWith('max="3"')])).to.deep.equal([['invalid-attribute', true]]);
      expect(warnings.some((w) => w.includes('max'))).to.equal(true);
      expect(el.max).to.equal(2);
      for (const area of ['grief', 'role-dispute', 'role-transition']) await click($(el, `#choose-${area}`));
      await settle(el);
      expect(el.state.selected.map((s) => s.area)).to.deep.equal(['grief', 'role-dispute']);
      el.setAttribute('max', '1');
      await settle(el);
      expect(errors).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('reports a terms or max attribute out of range and falls back', async () => {
    const wrap = document.createElement('div');
    const errors = record(wrap, 'ipt-error');
    document.body.append(wrap);
    wrap.innerHTML = '<ipt-problem-area-picker persist="none" terms="medical" max="7"></ipt-problem-area-picker>';
    const el = wrap.firstElementChild as IptProblemAreaPicker;
    await el.ready;
    await settle(el);
    const details = errors.map((e) => e.detail);
    expect(details.map((d) => d.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    expect(details.some((d) => d.message.startsWith('terms="medical"'))).to.equal(true);
    expect(details.some((d) => d.message.startsWith('max="7"'))).to.equal(true);
    expect(el.terms).to.equal('lay');
    expect(el.max).to.equal(2);
    el.setAttribute('max', 'banana');
    await settle(el);
    expect(errors).to.have.length(3);
    expect(el.max).to.equal(2);
  });

  it('is view-only with readonly: no controls, the same content as text', async () => {
    const el = await picker('readonly');
    el.state = { ratings: { 'role-dispute': 'a-little' }, selected: [{ area: 'role-dispute', primary: true, details: { stage: 'renegotiation', personName: 'Sam' }, goals: [] }] };
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('input, textarea, select, button')).to.have.length(0);
    expect(text($$(el, '.rating-text')[1]!)).to.equal('How much it sounds like you: A little');
    expect($$(el, 'dd').map(text)).to.deep.equal(['Sam', 'Still talking it through']);
    expect(text($(el, '.area.chosen .badge'))).to.equal('Main focus');
  });

  it('clears', async () => {
    const el = await picker();
    el.state = full;
    const changes = record(el, 'ipt-change');
    await el.clear();
    await settle(el);
    expect(el.state).to.deep.equal({ ratings: {}, selected: [] });
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['clear']);
  });
});

describe('ipt-problem-area-picker: accessibility', () => {
  it('is axe clean empty, chosen with details, with the note, read-only and in Spanish', async () => {
    const el = await picker();
    await expect(el).to.be.accessible();
    await click($(el, '#choose-grief'));
    await click($(el, '#choose-interpersonal-deficits'));
    await settle(el);
    await click($(el, '#choose-role-dispute'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.note')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.notice')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.readonly = true;
    await settle(el);
    await expect(el).to.be.accessible();
    const es = await picker('lang="es" terms="adolescent"');
    await expect(es).to.be.accessible();
  });
});
