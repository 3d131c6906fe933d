import { expect } from '@open-wc/testing';
import {
  addDays,
  answer,
  band,
  changeSince,
  finish,
  measures,
  nextDue,
  openResponse,
  repair,
  score,
  validate,
  type Answer,
  type SymptomCheckState,
} from '../src/symptom-check/model.js';

/** Nine answers that add up to `total` (threes first). */
function itemsFor(total: number, count: number): Answer[] {
  const items: Answer[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const v = Math.min(3, left) as Answer;
    items.push(v);
    left -= v;
  }
  if (left !== 0) throw new Error(`cannot make ${total} from ${count} items`);
  return items;
}

const done = (id: string, date: string, items: (Answer | null)[], instrument: 'phq9' | 'gad7' = 'phq9') => ({
  id,
  instrument,
  date,
  items,
  completedAt: `${date}T10:00:00.000Z`,
});

describe('symptom check model: scores and bands', () => {
  const phq9: [number, string][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ];
  for (const [total, name] of phq9) {
    it(`PHQ-9 answers adding up to ${total} score ${total}, ${name}`, () => {
      const items = itemsFor(total, 9);
      expect(score({ items })).to.equal(total);
      expect(band('phq9', total)).to.equal(name);
    });
  }

  const gad7: [number, string][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ];
  for (const [total, name] of gad7) {
    it(`GAD-7 answers adding up to ${total} score ${total}, ${name}`, () => {
      const items = itemsFor(total, 7);
      expect(score({ items })).to.equal(total);
      expect(band('gad7', total)).to.equal(name);
    });
  }

  it('has no score while an item is unanswered, and no band beyond the maximum', () => {
    expect(score({ items: [3, 3, 3, 3, 3, 3, 3, 3, null] })).to.equal(undefined);
    expect(() => band('gad7', 22)).to.throw(TypeError, 'score');
    expect(() => band('phq9', 28)).to.throw(TypeError, 'score');
  });
});

describe('symptom check model: answering, item 9 and finishing', () => {
  const opts = { today: '2026-03-10', now: '2026-03-10T09:00:00.000Z' };

  it('starts a response on the first answer and keeps every answer', () => {
    const first = answer({ responses: [] }, 'phq9', 0, 2, { ...opts, id: 'r1' });
    expect(first.state.responses).to.deep.equal([{ id: 'r1', instrument: 'phq9', date: '2026-03-10', items: [2, null, null, null, null, null, null, null, null] }]);
    const second = answer(first.state, 'phq9', 3, 0, opts);
    expect(second.state.responses[0]!.items).to.deep.equal([2, null, null, 0, null, null, null, null, null]);
    expect(first.state.responses[0]!.items[3]).to.equal(null);
  });

  it('marks the first answer above 0 to item 9 as a risk, once per response', () => {
    let state: SymptomCheckState = { responses: [] };
    const zero = answer(state, 'phq9', 8, 0, { ...opts, id: 'r1' });
    expect(zero.risk).to.equal(false);
    const one = answer(zero.state, 'phq9', 8, 1, opts);
    expect(one.risk).to.equal(true);
    expect(one.response.riskReportedAt).to.equal(opts.now);
    state = one.state;
    for (const v of [3, 0, 2] as Answer[]) {
      const again = answer(state, 'phq9', 8, v, { ...opts, now: '2026-03-10T09:05:00.000Z' });
      expect(again.risk, `answer ${v}`).to.equal(false);
      expect(again.response.riskReportedAt).to.equal(opts.now);
      state = again.state;
    }
    // Item 9 of the GAD-7 does not exist; its last item is never a risk.
    expect(answer({ responses: [] }, 'gad7', 6, 3, opts).risk).to.equal(false);
  });

  it('finishes only with every item answered, dated the day it was finished', () => {
    let state: SymptomCheckState = { responses: [] };
    for (let i = 0; i < 8; i++) state = answer(state, 'phq9', i, 1, { ...opts, id: 'r1' }).state;
    const early = finish(state, 'phq9', opts);
    expect(early).to.deep.equal({ ok: false, reason: 'incomplete', missing: [8] });
    state = answer(state, 'phq9', 8, 0, opts).state;
    const later = { today: '2026-03-12', now: '2026-03-12T18:00:00.000Z' };
    const result = finish(state, 'phq9', later);
    if (!result.ok) throw new Error('not finished');
    expect(result.response.date).to.equal('2026-03-12');
    expect(result.response.completedAt).to.equal(later.now);
    expect(openResponse(result.state, 'phq9')).to.equal(undefined);
    expect(finish(result.state, 'phq9', later)).to.deep.include({ ok: false, reason: 'none-open' });
  });

  it('says how a response compares with the one before', () => {
    const state = { responses: [done('b', '2026-03-08', itemsFor(10, 9)), done('a', '2026-03-01', itemsFor(14, 9)), done('c', '2026-03-15', itemsFor(10, 9))] };
    expect(changeSince(state, state.responses[1]!)).to.equal(undefined);
    expect(changeSince(state, state.responses[0]!)).to.deep.include({ delta: -4, previousScore: 14 });
    expect(changeSince(state, state.responses[2]!)).to.deep.include({ delta: 0, previousScore: 10 });
  });
});

describe('symptom check model: due dates and measures', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-28', 7)).to.equal('2026-02-04');
    expect(addDays('2026-12-30', 7)).to.equal('2027-01-06');
    expect(addDays('2028-02-25', 7)).to.equal('2028-03-03');
  });

  it('is due `every` days after the last finished check, and due now on and after that day', () => {
    const state = { responses: [done('a', '2026-03-01', itemsFor(5, 9)), done('b', '2026-03-08', itemsFor(6, 9))] };
    expect(nextDue(state, 'phq9', 7, '2026-03-10')).to.deep.equal({ date: '2026-03-15', now: false });
    expect(nextDue(state, 'phq9', 7, '2026-03-15')).to.deep.equal({ date: '2026-03-15', now: true });
    expect(nextDue(state, 'phq9', 14, '2026-03-30')).to.deep.equal({ date: '2026-03-22', now: true });
    expect(nextDue(state, 'gad7', 7, '2026-03-10')).to.equal(undefined);
    expect(nextDue({ responses: [] }, 'phq9', 7, '2026-03-10')).to.equal(undefined);
  });

  it('shares finished responses only, under the timeline’s instrument names', () => {
    const state = {
      responses: [
        done('a', '2026-03-01', itemsFor(14, 9)),
        { id: 'open', instrument: 'phq9' as const, date: '2026-03-09', items: [1, null, null, null, null, null, null, null, null] as (Answer | null)[] },
        done('g', '2026-03-02', itemsFor(12, 7), 'gad7'),
      ],
    };
    expect(measures(state, 'phq9')).to.deep.equal([{ id: 'a', date: '2026-03-01', instrument: 'PHQ-9', score: 14 }]);
    expect(measures(state, 'gad7')).to.deep.equal([{ id: 'g', date: '2026-03-02', instrument: 'GAD-7', score: 12 }]);
  });
});

describe('symptom check model: bad input', () => {
  const good = () => ({ responses: [done('a', '2026-03-01', itemsFor(14, 9))] });

  it('accepts a good state and fills nothing it does not need', () => {
    expect(validate(good())).to.deep.equal(good());
  });

  const cases: [string, (s: ReturnType<typeof good>) => void, string][] = [
    ['an item outside 0-3', (s) => ((s.responses[0]!.items as number[])[2] = 4), 'responses[0].items[2]'],
    ['a negative item', (s) => ((s.responses[0]!.items as number[])[0] = -1), 'responses[0].items[0]'],
    ['a fractional item', (s) => ((s.responses[0]!.items as number[])[0] = 1.5), 'responses[0].items[0]'],
    ['too many items', (s) => (s.responses[0]!.items as number[]).push(0), 'responses[0].items'],
    ['too few items', (s) => (s.responses[0]!.items as number[]).pop(), 'responses[0].items'],
    ['an unknown instrument', (s) => ((s.responses[0] as { instrument: string }).instrument = 'bdi'), 'responses[0].instrument'],
    ['an impossible date', (s) => (s.responses[0]!.date = '2026-02-30'), 'responses[0].date'],
    ['a date that is not a date', (s) => (s.responses[0]!.date = 'yesterday'), 'responses[0].date'],
    ['a difficulty outside 0-3', (s) => ((s.responses[0] as { difficulty?: number }).difficulty = 7), 'responses[0].difficulty'],
    ['a finished response with an unanswered item', (s) => ((s.responses[0]!.items as (number | null)[])[4] = null), 'responses[0].items[4]'],
    ['a missing id', (s) => ((s.responses[0] as { id?: string }).id = ''), 'responses[0].id'],
    ['no responses array', (s) => ((s as { responses?: unknown }).responses = 'lots'), 'responses'],
  ];
  for (const [what, spoil, field] of cases) {
    it(`rejects ${what} with a TypeError naming ${field}`, () => {
      const s = good();
      spoil(s);
      expect(() => validate(s)).to.throw(TypeError, new RegExp(`^${field.replace(/[[\].]/g, '\\$&')}:`));
    });
  }

  it('rejects two responses with one id', () => {
    const s = good();
    s.responses.push(done('a', '2026-03-08', itemsFor(3, 9)));
    expect(() => validate(s)).to.throw(TypeError, /^responses\[1\]\.id: duplicate/);
  });

  it('refuses bad operations with a TypeError', () => {
    const opts = { today: '2026-03-10', now: '2026-03-10T09:00:00.000Z' };
    expect(() => answer({ responses: [] }, 'phq9', 9, 1, opts)).to.throw(TypeError, /^index:/);
    expect(() => answer({ responses: [] }, 'gad7', 7, 1, opts)).to.throw(TypeError, /^index:/);
    expect(() => answer({ responses: [] }, 'phq9', 0, 4 as Answer, opts)).to.throw(TypeError, /^value:/);
    expect(() => answer({ responses: [] }, 'bdi' as 'phq9', 0, 1, opts)).to.throw(TypeError, /^instrument:/);
  });
});

describe('symptom check model: stored faults', () => {
  it('repairs what has one meaning and lists each fault', () => {
    const { state, problems } = repair({
      responses: [
        { id: 'a', date: '2026-03-01', items: ['1', 2, 0, 0, 0, 0, 0, 0, 0], completedAt: '2026-03-01T10:00:00.000Z', createdAt: 'soon' },
        { id: 'a', instrument: 'gad7', date: '2026-03-02', items: [null, 1, null, null, null, null, null] },
      ],
      note: 'kept',
    });
    expect(state.responses[0]).to.deep.include({ id: 'a', instrument: 'phq9', items: [1, 2, 0, 0, 0, 0, 0, 0, 0] });
    expect(state.responses[0]!.createdAt).to.equal(undefined);
    expect(state.responses[1]!.id).to.not.equal('a');
    expect(state.note).to.equal('kept');
    expect(problems.join('\n')).to.include('responses[0].instrument').and.include('responses[0].items[0]').and.include('responses[0].createdAt').and.include('responses[1].id');
  });

  it('throws (so the record is kept aside) where a repair would guess at answers', () => {
    const base = { id: 'a', instrument: 'phq9', date: '2026-03-01', items: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
    const spoilt: [string, Record<string, unknown>][] = [
      ['responses[0].items[1]', { ...base, items: [0, 5, 0, 0, 0, 0, 0, 0, 0] }],
      ['responses[0].items', { ...base, items: [0, 0, 0] }],
      ['responses[0].instrument', { ...base, instrument: 'bdi' }],
      ['responses[0].instrument', { ...base, instrument: undefined, items: [0, 0, 0] }],
      ['responses[0].date', { ...base, date: '2026-13-01' }],
      ['responses[0].riskReportedAt', { ...base, riskReportedAt: 'never' }],
    ];
    for (const [field, response] of spoilt) {
      expect(() => repair({ responses: [response] }), field).to.throw(TypeError, field);
    }
    expect(() => repair('nonsense')).to.throw(TypeError, 'state');
  });
});
