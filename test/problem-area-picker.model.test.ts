import { expect } from '@open-wc/testing';
import {
  AREAS,
  addGoal,
  deselect,
  empty,
  model,
  rate,
  removeGoal,
  repair,
  select,
  setPrimary,
  showsDeficitsNote,
  MAX_MAX,
  updateDetails,
  updateGoal,
  validate,
  type OpResult,
  type ProblemAreaState,
} from '../src/problem-area-picker/model.js';
import { suggest, type WorkbookEvent, type WorkbookPerson } from '../src/problem-area-picker/suggest.js';
import { strings as enStrings } from '../src/problem-area-picker/strings.js';
import { flattenTerms } from '../src/problem-area-picker/terms.js';
import esStrings from '../src/problem-area-picker/strings.es.js';
import { WORDINGS, terms as enTerms } from '../src/problem-area-picker/terms.js';
import { esTerms } from '../src/problem-area-picker/terms.es.js';

/** English from strings.ts, Spanish from its own chunk (strings.es.ts). */
const strings = { ...enStrings, es: { ...esStrings, ...flattenTerms(esTerms) } as Record<string, string> };
const terms = { ...enTerms, es: esTerms };

function ok(result: OpResult): ProblemAreaState {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.state;
}

function sel(area: string, primary: boolean, extra: Record<string, unknown> = {}) {
  return { area, primary, details: {}, goals: [], ...extra };
}

function throwsField(fn: () => unknown, prefix: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `expected a TypeError starting with ${prefix}`).to.be.instanceOf(TypeError);
  expect((error as TypeError).message.startsWith(prefix), (error as TypeError).message).to.equal(true);
}

const max2 = { max: 2 };

describe('problem-area-picker model: shape', () => {
  it('describes itself to the core', () => {
    expect(model.tag).to.equal('ipt-problem-area-picker');
    expect(model.collections).to.deep.equal(['selected']);
    expect(model.idField).to.deep.equal({ selected: 'area' });
    expect(model.empty()).to.deep.equal({ ratings: {}, selected: [] });
    expect(model.empty()).to.not.equal(model.empty());
    expect(model.importOptions).to.deep.equal({ max: 4 });
  });

  it('normalizes a merge back to exactly one primary, leaving valid states alone', () => {
    const valid = validate({ selected: [sel('grief', true), sel('role-dispute', false)] }, max2);
    expect(model.normalize!(valid)).to.equal(valid);
    const two = validate({ selected: [sel('grief', true)] }, max2);
    two.selected.push({ area: 'role-dispute', primary: true, details: {}, goals: [] });
    expect(model.normalize!(two).selected.map((s) => s.primary)).to.deep.equal([true, false]);
    const none = { ratings: {}, selected: [{ area: 'role-dispute' as const, primary: false, details: {}, goals: [] }] };
    expect(model.normalize!(none).selected[0]!.primary).to.equal(true);
    expect(none.selected[0]!.primary).to.equal(false);
  });
});

describe('problem-area-picker model: validate', () => {
  it('accepts a full state and fills defaults', () => {
    const input = {
      ratings: { grief: 'a-lot', 'role-dispute': 'not-at-all' },
      selected: [
        { area: 'grief', primary: true, details: { personName: 'Ana', hardest: 'Evenings' }, goals: [{ id: 'g1', text: 'Visit her grave', done: true }] },
        { area: 'role-transition', primary: false },
      ],
      extra: 1,
    };
    const out = validate(input, max2);
    expect(out.ratings).to.deep.equal({ grief: 'a-lot', 'role-dispute': 'not-at-all' });
    expect(out.selected[1]).to.deep.equal({ area: 'role-transition', primary: false, details: {}, goals: [] });
    expect(out.selected[0]!.goals[0]).to.deep.equal({ id: 'g1', text: 'Visit her grave', done: true });
    expect(out.extra).to.equal(1);
    expect(validate({ selected: [] }, max2)).to.deep.equal({ ratings: {}, selected: [] });
  });

  it('does not mutate its input', () => {
    const input = { selected: [{ area: 'grief', primary: true }] };
    const copy = JSON.parse(JSON.stringify(input));
    validate(input, max2);
    expect(input).to.deep.equal(copy);
  });

  it('rejects an unknown area naming the field', () => {
    throwsField(() => validate({ selected: [sel('sadness', true)] }, max2), 'selected[0].area:');
    throwsField(() => validate({ ratings: { sadness: 'a-lot' }, selected: [] }, max2), 'ratings.sadness:');
    throwsField(() => validate({ ratings: { grief: 'very' }, selected: [] }, max2), 'ratings.grief:');
  });

  it('rejects more than max selected', () => {
    const two = { selected: [sel('grief', true), sel('role-dispute', false)] };
    throwsField(() => validate(two, { max: 1 }), 'selected:');
    expect(() => validate(two, { max: 2 })).to.not.throw();
    const all = { selected: AREAS.map((a, i) => sel(a, i === 0)) };
    expect(validate(all, { max: 4 }).selected).to.have.length(4);
    throwsField(() => validate(all, { max: 3 }), 'selected:');
  });

  it('rejects anything but exactly one primary', () => {
    throwsField(() => validate({ selected: [sel('grief', false)] }, max2), 'selected:');
    throwsField(() => validate({ selected: [sel('grief', true), sel('role-dispute', true)] }, max2), 'selected:');
    throwsField(() => validate({ selected: [{ area: 'grief' }] }, max2), 'selected[0].primary:');
  });

  it('rejects the same area twice', () => {
    throwsField(() => validate({ selected: [sel('grief', true), sel('grief', false)] }, max2), 'selected[1].area:');
  });

  it('rejects goals with no text, too many goals, duplicate goal ids', () => {
    throwsField(() => validate({ selected: [sel('grief', true, { goals: [{ id: 'a', text: '  ' }] })] }, max2), 'selected[0].goals[0].text:');
    throwsField(() => validate({ selected: [sel('grief', true, { goals: [{ id: 'a' }] })] }, max2), 'selected[0].goals[0].text:');
    const four = [1, 2, 3, 4].map((n) => ({ id: `g${n}`, text: `goal ${n}` }));
    throwsField(() => validate({ selected: [sel('grief', true, { goals: four })] }, max2), 'selected[0].goals:');
    const dup = [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }];
    throwsField(() => validate({ selected: [sel('grief', true, { goals: dup })] }, max2), 'selected[0].goals[1].id:');
    throwsField(() => validate({ selected: [sel('grief', true, { goals: [{ id: 'a', text: 'x', done: 'yes' }] })] }, max2), 'selected[0].goals[0].done:');
  });

  it('checks details per area', () => {
    throwsField(() => validate({ selected: [sel('role-dispute', true, { details: { stage: 'war' } })] }, max2), 'selected[0].details.stage:');
    throwsField(() => validate({ selected: [sel('grief', true, { details: { hardest: 3 } })] }, max2), 'selected[0].details.hardest:');
    throwsField(() => validate({ selected: [sel('grief', true, { details: 'sad' })] }, max2), 'selected[0].details:');
    const ok1 = validate({ selected: [sel('role-dispute', true, { details: { stage: 'impasse', personId: 'p1', custom: [1] } })] }, max2);
    expect(ok1.selected[0]!.details).to.deep.equal({ stage: 'impasse', personId: 'p1', custom: [1] });
  });

  it('rejects the wrong shapes at the top', () => {
    throwsField(() => validate(null, max2), 'state:');
    throwsField(() => validate({}, max2), 'selected:');
    throwsField(() => validate({ selected: {} }, max2), 'selected:');
    throwsField(() => validate({ selected: [], ratings: [] }, max2), 'ratings:');
    throwsField(() => validate({ selected: [] }, { max: 5 }), 'options.max:');
    throwsField(() => validate({ selected: [sel('grief', true, { updatedAt: 'yesterday' })] }, max2), 'selected[0].updatedAt:');
  });
});

describe('problem-area-picker model: repair', () => {
  it('keeps a valid state as is, with no problems', () => {
    const state = { ratings: { grief: 'a-lot' }, selected: [sel('grief', true)] };
    const { state: out, problems } = repair(state, max2);
    expect(problems).to.deep.equal([]);
    expect(out).to.deep.equal(validate(state, max2));
  });

  it('fixes primaries, drops unknown areas and bad ratings, and lists each fault', () => {
    const { state, problems } = repair(
      {
        ratings: { grief: 'loads', sadness: 'a-lot', 'role-dispute': 'a-little' },
        selected: [sel('sadness', true), sel('grief', false), 'junk', sel('grief', true), sel('role-dispute', false)],
      },
      max2,
    );
    expect(state.ratings).to.deep.equal({ 'role-dispute': 'a-little' });
    expect(state.selected.map((s) => [s.area, s.primary])).to.deep.equal([
      ['grief', true],
      ['role-dispute', false],
    ]);
    expect(problems.some((p) => p.startsWith('ratings.grief:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('ratings.sadness:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('selected[0].area:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('selected[2]:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('selected[3].area:'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('selected:'))).to.equal(true);
    expect(() => validate(state, max2)).to.not.throw();
  });

  it('keeps the primary when trimming beyond max, and trims goals to three', () => {
    const goals = [1, 2, 3, 4].map((n) => ({ id: `g${n}`, text: `goal ${n}` }));
    const { state, problems } = repair(
      { selected: [sel('grief', false), sel('role-dispute', false), sel('role-transition', true, { goals })] },
      { max: 2 },
    );
    expect(state.selected.map((s) => s.area)).to.deep.equal(['grief', 'role-transition']);
    expect(state.selected[1]!.goals.map((g) => g.id)).to.deep.equal(['g1', 'g2', 'g3']);
    expect(problems.some((p) => p.includes('"role-dispute"'))).to.equal(true);
    expect(() => validate(state, { max: 2 })).to.not.throw();
  });

  it('mends goals: empty dropped, missing or duplicate ids replaced, bad done dropped', () => {
    const { state, problems } = repair(
      {
        selected: [
          sel('grief', true, {
            goals: [{ id: 'a', text: 'one' }, { id: 'a', text: 'two' }, { text: 'three', done: 'y' }, { id: 'b', text: '' }],
          }),
        ],
      },
      max2,
    );
    const goals = state.selected[0]!.goals;
    expect(goals.map((g) => g.text)).to.deep.equal(['one', 'two', 'three']);
    expect(new Set(goals.map((g) => g.id)).size).to.equal(3);
    expect(goals[2]!.done).to.equal(undefined);
    expect(problems).to.have.length(4);
    expect(() => validate(state, max2)).to.not.throw();
  });

  it('mends details and stamps', () => {
    const { state, problems } = repair(
      { selected: [sel('role-dispute', true, { details: { stage: 'war', personName: 7, myExpectations: {} }, createdAt: 'x' })] },
      max2,
    );
    expect(state.selected[0]!.details).to.deep.equal({ personName: '7' });
    expect(state.selected[0]!.createdAt).to.equal(undefined);
    expect(problems).to.have.length(4);
  });

  it('throws only when the data cannot be read', () => {
    throwsField(() => repair('nonsense', max2), 'state:');
    throwsField(() => repair({ selected: 'grief' }, max2), 'selected:');
    expect(repair({}, max2).state).to.deep.equal({ ratings: {}, selected: [] });
  });
});

describe('problem-area-picker model: operations', () => {
  it('rates, clears a rating, and never mutates', () => {
    const s0 = empty();
    const r = rate(s0, 'grief', 'a-lot');
    expect(r.ok && r.change).to.deep.equal({ type: 'rating-set', area: 'grief' });
    expect(s0.ratings).to.deep.equal({});
    const s1 = ok(r);
    expect(s1.ratings).to.deep.equal({ grief: 'a-lot' });
    expect(rate(s1, 'grief', 'a-lot')).to.deep.include({ ok: false, reason: 'unchanged' });
    expect(ok(rate(s1, 'grief', undefined)).ratings).to.deep.equal({});
    throwsField(() => rate(s1, 'sadness' as never, 'a-lot'), 'area:');
    throwsField(() => rate(s1, 'grief', 'loads' as never), 'rating:');
  });

  it('makes the first selected primary and refuses beyond max', () => {
    const s0 = empty();
    const s1 = ok(select(s0, 'role-dispute', max2));
    expect(s0.selected).to.deep.equal([]);
    expect(s1.selected).to.deep.equal([{ area: 'role-dispute', primary: true, details: {}, goals: [] }]);
    const s2 = ok(select(s1, 'grief', max2));
    expect(s2.selected.map((s) => s.primary)).to.deep.equal([true, false]);
    const refused = select(s2, 'role-transition', max2);
    expect(refused).to.deep.equal({ ok: false, state: s2, reason: 'max-reached' });
    expect(select(s2, 'grief', max2)).to.deep.include({ ok: false, reason: 'already-selected' });
    expect(select(s1, 'grief', { max: 1 })).to.deep.include({ ok: false, reason: 'max-reached' });
    expect(() => validate(s2, max2)).to.not.throw();
  });

  it('passes the primary on when the primary is deselected', () => {
    let s = empty();
    for (const a of ['grief', 'role-dispute', 'role-transition'] as const) s = ok(select(s, a, { max: 4 }));
    const r = deselect(s, 'grief');
    expect(r.ok && r.change).to.deep.equal({ type: 'area-deselect', area: 'grief' });
    const s1 = ok(r);
    expect(s1.selected.map((x) => [x.area, x.primary])).to.deep.equal([
      ['role-dispute', true],
      ['role-transition', false],
    ]);
    // The last one as primary: the primary wraps to the first.
    const s2 = ok(setPrimary(s1, 'role-transition'));
    const s3 = ok(deselect(s2, 'role-transition'));
    expect(s3.selected).to.deep.equal([{ area: 'role-dispute', primary: true, details: {}, goals: [] }]);
    // A non-primary leaves the primary alone.
    const s4 = ok(deselect(ok(select(s3, 'grief', max2)), 'grief'));
    expect(s4).to.deep.equal(s3);
    expect(ok(deselect(s4, 'role-dispute')).selected).to.deep.equal([]);
    expect(deselect(s4, 'grief')).to.deep.include({ ok: false, reason: 'not-selected' });
  });

  it('moves the primary mark', () => {
    const s = ok(select(ok(select(empty(), 'grief', max2)), 'interpersonal-deficits', max2));
    const r = setPrimary(s, 'interpersonal-deficits');
    expect(r.ok && r.change).to.deep.equal({ type: 'area-primary', area: 'interpersonal-deficits' });
    expect(ok(r).selected.map((x) => x.primary)).to.deep.equal([false, true]);
    expect(s.selected.map((x) => x.primary)).to.deep.equal([true, false]);
    expect(setPrimary(s, 'grief')).to.deep.include({ ok: false, reason: 'already-primary' });
    expect(setPrimary(s, 'role-dispute')).to.deep.include({ ok: false, reason: 'not-selected' });
  });

  it('updates details per area, clearing emptied fields', () => {
    const s = ok(select(empty(), 'role-dispute', max2));
    const r = updateDetails(s, 'role-dispute', { personName: 'Ana', stage: 'impasse' });
    expect(r.ok && r.change).to.deep.equal({ type: 'area-update', area: 'role-dispute' });
    const s1 = ok(r);
    expect(s1.selected[0]!.details).to.deep.equal({ personName: 'Ana', stage: 'impasse' });
    expect(s.selected[0]!.details).to.deep.equal({});
    const s2 = ok(updateDetails(s1, 'role-dispute', { personName: '', stage: undefined, myExpectations: 'Respect' }));
    expect(s2.selected[0]!.details).to.deep.equal({ myExpectations: 'Respect' });
    expect(updateDetails(s2, 'role-dispute', { myExpectations: 'Respect' })).to.deep.include({ ok: false, reason: 'unchanged' });
    expect(updateDetails(s2, 'grief', { hardest: 'x' })).to.deep.include({ ok: false, reason: 'not-selected' });
    throwsField(() => updateDetails(s2, 'role-dispute', { hardest: 'x' } as never), 'details.hardest:');
    throwsField(() => updateDetails(s2, 'role-dispute', { stage: 'war' } as never), 'details.stage:');
  });

  it('adds, updates and removes up to three goals', () => {
    const now = '2026-11-26T10:00:00.000Z';
    let s = ok(select(empty(), 'role-transition', max2));
    const r = addGoal(s, 'role-transition', '  Call an old colleague  ', { now, id: 'g1' });
    expect(r.ok && r.change).to.deep.equal({ type: 'goal-add', area: 'role-transition', goalId: 'g1' });
    s = ok(r);
    expect(s.selected[0]!.goals).to.deep.equal([{ id: 'g1', text: 'Call an old colleague', createdAt: now, updatedAt: now }]);
    s = ok(addGoal(s, 'role-transition', 'Join a class', { id: 'g2' }));
    s = ok(addGoal(s, 'role-transition', 'Walk daily'));
    expect(s.selected[0]!.goals).to.have.length(3);
    expect(s.selected[0]!.goals[2]!.id).to.be.a('string').and.not.equal('');
    expect(addGoal(s, 'role-transition', 'Fourth')).to.deep.include({ ok: false, reason: 'goals-full' });
    expect(addGoal(s, 'role-transition', '   ')).to.deep.include({ ok: false, reason: 'goal-empty' });
    expect(addGoal(s, 'grief', 'x')).to.deep.include({ ok: false, reason: 'not-selected' });

    const later = '2026-11-27T10:00:00.000Z';
    const u = updateGoal(s, 'role-transition', 'g1', { done: true }, { now: later });
    expect(u.ok && u.change).to.deep.equal({ type: 'goal-update', area: 'role-transition', goalId: 'g1' });
    const s1 = ok(u);
    expect(s1.selected[0]!.goals[0]).to.deep.equal({ id: 'g1', text: 'Call an old colleague', done: true, createdAt: now, updatedAt: later });
    expect(s.selected[0]!.goals[0]!.done).to.equal(undefined);
    expect(updateGoal(s1, 'role-transition', 'g1', { text: '' })).to.deep.include({ ok: false, reason: 'goal-empty' });
    expect(updateGoal(s1, 'role-transition', 'g1', { done: true })).to.deep.include({ ok: false, reason: 'unchanged' });
    expect(updateGoal(s1, 'role-transition', 'nope', { done: true })).to.deep.include({ ok: false, reason: 'goal-not-found' });

    const d = removeGoal(s1, 'role-transition', 'g2');
    expect(d.ok && d.change).to.deep.equal({ type: 'goal-remove', area: 'role-transition', goalId: 'g2' });
    expect(ok(d).selected[0]!.goals.map((g) => g.id)).to.not.include('g2');
    expect(removeGoal(ok(d), 'role-transition', 'g2')).to.deep.include({ ok: false, reason: 'goal-not-found' });
    expect(() => validate(ok(d), max2)).to.not.throw();
  });

  it('shows the deficits note whenever deficits is chosen while another area seems to fit', () => {
    const d = ok(select(empty(), 'interpersonal-deficits', max2));
    // Chosen alone, nothing else suggested or rated "a lot": the rule is met, no note.
    expect(showsDeficitsNote(d)).to.equal(false);
    expect(showsDeficitsNote(d, ['interpersonal-deficits'])).to.equal(false);
    expect(showsDeficitsNote(ok(rate(d, 'grief', 'a-little')))).to.equal(false);
    expect(showsDeficitsNote(ok(rate(d, 'interpersonal-deficits', 'a-lot')))).to.equal(false);
    // Chosen alone while another area is suggested, or rated "a lot": the note.
    expect(showsDeficitsNote(d, ['grief'])).to.equal(true);
    expect(showsDeficitsNote(d, ['role-transition'])).to.equal(true);
    expect(showsDeficitsNote(ok(rate(d, 'role-dispute', 'a-lot')))).to.equal(true);
    // Chosen beside another area: the note.
    expect(showsDeficitsNote(ok(select(d, 'grief', max2)))).to.equal(true);
    // Not chosen: never, whatever else is suggested.
    const other = ok(select(ok(select(empty(), 'grief', max2)), 'role-dispute', max2));
    expect(showsDeficitsNote(other, ['interpersonal-deficits', 'role-transition'])).to.equal(false);
  });

  it('allows one or two areas; earlier records with more still import and load trimmed', () => {
    expect(MAX_MAX).to.equal(2);
    const three = { selected: [sel('grief', true), sel('role-dispute', false), sel('role-transition', false)] };
    throwsField(() => validate(three, max2), 'selected:');
    expect(validate(three, model.importOptions).selected).to.have.length(3);
    const { state, problems } = repair(three, max2);
    expect(state.selected.map((s) => s.area)).to.deep.equal(['grief', 'role-dispute']);
    expect(problems.join()).to.include('"role-transition"');
  });
});

describe('problem-area-picker suggestions', () => {
  const today = '2026-11-26';
  const ana: WorkbookPerson = { id: 'p1', name: 'Ana', relationship: 'family', ring: 1, deceased: true, diedOn: '2026-05-20' };
  const ben: WorkbookPerson = { id: 'p2', name: 'Ben', relationship: 'partner', ring: 1, conflict: 'a-lot' };
  const cy: WorkbookPerson = { id: 'p3', name: 'Cy', relationship: 'friend', ring: 3, disputeStage: 'impasse' };
  const dee: WorkbookPerson = { id: 'p4', name: 'Dee', relationship: 'friend', ring: 2, conflict: 'some' };
  const move: WorkbookEvent = { id: 'e1', date: '2026-09-01', title: 'Moved to Leeds', kind: 'change', impact: -2 };

  it('suggests grief for a death six months ago, with the name in the reason', () => {
    expect(suggest({ people: [ana, dee], today })).to.deep.equal([
      { area: 'grief', reasonKey: 'picker.suggest.grief', params: { name: 'Ana' } },
    ]);
    const eve = { ...ana, id: 'p9', name: 'Eve', ring: 2 };
    expect(suggest({ people: [eve, ana], today })[0]).to.deep.equal({
      area: 'grief',
      reasonKey: 'picker.suggest.grief-more',
      params: { name: 'Ana', count: 1 },
    });
  });

  it('does not suggest grief for a death ten years ago, nor for an undated one, unless the low mood began after it or the client says so', () => {
    const gran: WorkbookPerson = { id: 'p8', name: 'Rosa', relationship: 'family', ring: 2, deceased: true, diedOn: '2016-11-01' };
    // Dee (living, ring 2, some conflict) keeps loneliness and disputes out of these cases.
    const undated: WorkbookPerson = { id: 'p7', name: 'Leo', relationship: 'friend', ring: 2, deceased: true };
    expect(suggest({ people: [gran, undated, dee], today })).to.deep.equal([]);
    // About two years is the edge of "recent".
    expect(suggest({ people: [{ ...gran, diedOn: '2024-12-01' }, dee], today }).map((s) => s.area)).to.deep.equal(['grief']);
    expect(suggest({ people: [{ ...gran, diedOn: '2024-11-01' }, dee], today })).to.deep.equal([]);
    // A death dated in the future is a typing slip, not a recent loss.
    expect(suggest({ people: [{ ...gran, diedOn: '2027-01-01' }, dee], today })).to.deep.equal([]);
    // The low mood began within a year after the death: "low since they died".
    expect(suggest({ people: [gran, undated, dee], today, onset: '2017-03-01' })).to.deep.equal([
      { area: 'grief', reasonKey: 'picker.suggest.grief-onset', params: { name: 'Rosa' } },
    ]);
    expect(suggest({ people: [gran, dee], today, onset: '2016-06-01' })).to.deep.equal([]);
    expect(suggest({ people: [gran, dee], today, onset: '2019-06-01' })).to.deep.equal([]);
    // The client rates grief as sounding like them: every death is worth asking about.
    expect(suggest({ people: [gran, undated, dee], today, ratings: { grief: 'a-lot' } })).to.deep.equal([
      { area: 'grief', reasonKey: 'picker.suggest.grief-said-more', params: { name: 'Leo', count: 1 } },
    ]);
    expect(suggest({ people: [gran, dee], today, ratings: { grief: 'not-at-all' } })).to.deep.equal([]);
  });

  it('suggests a dispute for a lot of conflict or a dispute stage, never for some conflict', () => {
    expect(suggest({ people: [dee], today })).to.deep.equal([]);
    expect(suggest({ people: [cy, dee], today })).to.deep.equal([
      { area: 'role-dispute', reasonKey: 'picker.suggest.dispute', params: { name: 'Cy' } },
    ]);
    expect(suggest({ people: [cy, ben], today })).to.deep.equal([
      { area: 'role-dispute', reasonKey: 'picker.suggest.dispute-more', params: { name: 'Ben', count: 1 } },
    ]);
  });

  it('suggests a transition for recent change and loss events only', () => {
    expect(suggest({ events: [move], today })).to.deep.equal([
      { area: 'role-transition', reasonKey: 'picker.suggest.transition', params: { title: 'Moved to Leeds' } },
    ]);
    const old = { ...move, id: 'e2', date: '2024-01-01' };
    const future = { ...move, id: 'e3', date: '2027-01-01' };
    const support = { ...move, id: 'e4', kind: 'support' };
    expect(suggest({ events: [old, future, support], today })).to.deep.equal([]);
    const lostJob = { ...move, id: 'e6', kind: 'loss', title: 'Lost my job' };
    expect(suggest({ events: [lostJob], today })).to.deep.equal([
      { area: 'role-transition', reasonKey: 'picker.suggest.transition', params: { title: 'Lost my job' } },
    ]);
    // A loss that names someone who has died is grief's, not a life change.
    const funeral = { ...move, id: 'e7', kind: 'loss', title: 'Funeral', personIds: ['p1'] };
    expect(suggest({ people: [ana], events: [funeral], today }).map((s) => s.area)).to.deep.equal(['grief']);
    const newer = { ...move, id: 'e5', date: '2026-11-01', title: 'New job' };
    expect(suggest({ events: [move, newer], today })[0]).to.deep.equal({
      area: 'role-transition',
      reasonKey: 'picker.suggest.transition-more',
      params: { title: 'New job', count: 1 },
    });
  });

  it('suggests a dispute from recent conflict events, naming the people of the circle they involve', () => {
    const row = { ...move, id: 'e8', kind: 'conflict', title: 'Row about money', personIds: ['p4'] };
    expect(suggest({ people: [dee], events: [row], today })).to.deep.equal([
      { area: 'role-dispute', reasonKey: 'picker.suggest.dispute', params: { name: 'Dee' } },
    ]);
    expect(suggest({ events: [{ ...row, personIds: [] }], today })).to.deep.equal([
      { area: 'role-dispute', reasonKey: 'picker.suggest.dispute-event', params: { title: 'Row about money' } },
    ]);
    expect(suggest({ people: [dee], events: [{ ...row, date: '2024-01-01' }], today })).to.deep.equal([]);
  });

  it('counts events around the onset of the low mood, even older than a year, and says so', () => {
    const oldMove = { ...move, id: 'e9', date: '2025-01-10', title: 'Moved away from family' };
    expect(suggest({ events: [oldMove], today })).to.deep.equal([]);
    expect(suggest({ events: [oldMove, move], today, onset: '2025-03-01' })[0]).to.deep.equal({
      area: 'role-transition',
      reasonKey: 'picker.suggest.transition-onset-more',
      params: { title: 'Moved away from family', count: 1 },
    });
    expect(suggest({ events: [oldMove], today, onset: '2025-12-01' })).to.deep.equal([]);
    // No onset, or one that is not a date: as without.
    expect(suggest({ events: [move], today, onset: 'last spring' })[0]!.reasonKey).to.equal('picker.suggest.transition');
  });

  it('suggests deficits only when nothing else applies and no one is in the inner rings', () => {
    const far: WorkbookPerson = { id: 'p5', name: 'Fay', relationship: 'colleague', ring: 3 };
    expect(suggest({ people: [far], today })).to.deep.equal([
      { area: 'interpersonal-deficits', reasonKey: 'picker.suggest.deficits', params: {} },
    ]);
    expect(suggest({ people: [far, dee], today })).to.deep.equal([]);
    expect(suggest({ people: [far], events: [move], today }).map((s) => s.area)).to.deep.equal(['role-transition']);
    expect(suggest({ people: [], today })).to.deep.equal([]);
    expect(suggest({ today })).to.deep.equal([]);
  });

  it('combines areas and skips unreadable data', () => {
    const junk = [null, { id: 'x', name: '', ring: 1, deceased: true }, { id: 'y' }] as unknown as WorkbookPerson[];
    const badEvent = { id: 'z', date: '2026-02-30', title: 'x', kind: 'change' };
    const out = suggest({ people: [...junk, ana, ben], events: [move, badEvent], today });
    expect(out.map((s) => s.area)).to.deep.equal(['grief', 'role-dispute', 'role-transition']);
  });

  it('has a worded reason, phrased as a question, for every key it can produce', () => {
    const named = [
      'picker.suggest.grief',
      'picker.suggest.grief-onset',
      'picker.suggest.grief-said',
      'picker.suggest.dispute',
      'picker.suggest.dispute-event',
      'picker.suggest.transition',
      'picker.suggest.transition-onset',
    ];
    for (const lang of ['en', 'es'] as const) {
      for (const key of [...named, 'picker.suggest.deficits']) {
        expect(strings[lang][key], `${lang} ${key}`).to.be.a('string');
        expect(strings[lang][key]!.trim().endsWith('?'), `${lang} ${key} asks`).to.equal(true);
      }
      for (const key of named) {
        expect(strings[lang][`${key}-more.one`], `${lang} ${key}-more.one`).to.include('{count}');
        expect(strings[lang][`${key}-more.other`], `${lang} ${key}-more.other`).to.include('{count}');
      }
    }
  });
});

describe('problem-area-picker strings', () => {
  it('has the same keys in English and Spanish, none empty', () => {
    expect(Object.keys(strings.es).sort()).to.deep.equal(Object.keys(strings.en).sort());
    for (const lang of ['en', 'es'] as const) {
      for (const [key, text] of Object.entries(strings[lang])) expect(text.trim(), `${lang} ${key}`).to.not.equal('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const params = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(strings.en)) expect(params(strings.es[key]!), key).to.equal(params(strings.en[key]!));
  });

  it('words every area in three wordings with 2 or 3 examples, WHO lay terms by default', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const wording of WORDINGS) {
        for (const area of AREAS) {
          const base = `picker.terms.${wording}.${area}`;
          expect(strings[lang][`${base}.name`], `${lang} ${base}`).to.be.a('string');
          expect(strings[lang][`${base}.desc`], `${lang} ${base}`).to.be.a('string');
          const n = terms[lang][wording].areas[area].examples.length;
          expect(n).to.be.within(2, 3);
          expect(terms.en[wording].areas[area].examples.length).to.equal(terms.es[wording].areas[area].examples.length);
        }
        // The stage words live once, in the core (see the stage tests of both elements).
        for (const stage of ['renegotiation', 'impasse', 'dissolution']) {
          expect(strings[lang][`picker.terms.${wording}.stage.${stage}`]).to.equal(undefined);
        }
      }
    }
    expect(AREAS.map((a) => strings.en[`picker.terms.lay.${a}.name`])).to.deep.equal([
      'Grief',
      'Disagreements',
      'Life changes',
      'Loneliness and social isolation',
    ]);
    expect(AREAS.map((a) => strings.en[`picker.terms.clinical.${a}.name`])).to.deep.equal([
      'Grief',
      'Role dispute',
      'Role transition',
      'Social isolation (interpersonal deficits)',
    ]);
    // Clients read every wording: the name never leads with "deficits", and no area is
    // given another construct's name (interpersonal sensitivity).
    for (const lang of ['en', 'es'] as const) {
      for (const wording of WORDINGS) {
        const name = strings[lang][`picker.terms.${wording}.interpersonal-deficits.name`]!;
        expect(name.replace(/\(.*\)/, ''), `${lang} ${wording}`).to.not.match(/d[ée]ficit/i);
        for (const area of AREAS) expect(strings[lang][`picker.terms.${wording}.${area}.desc`]).to.not.match(/sensitivity|sensibilidad/i);
      }
    }
    const names = new Set(WORDINGS.map((w) => strings.es[`picker.terms.${w}.interpersonal-deficits.name`]));
    expect(names.size).to.equal(3);
  });
});
