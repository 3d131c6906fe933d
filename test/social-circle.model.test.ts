import { expect } from '@open-wc/testing';
import {
  addPerson,
  compareSnapshots,
  emptyState,
  movePerson,
  normalizeAngle,
  removePerson,
  repair,
  restorePerson,
  sharedPeople,
  socialCircleModel,
  sortPeople,
  takeSnapshot,
  updatePerson,
  validate,
  type Person,
  type SocialCircleState,
} from '../src/social-circle/model.js';
import { layoutCircle, ringAt, spreadAngles, angleOf, polar, type Box, type LayoutItem } from '../src/social-circle/layout.js';
import { peopleToCsv, CSV_COLUMNS } from '../src/social-circle/csv.js';
import { csvCell } from '../src/core/export.js';
import { strings as enStrings, RING_LABEL_KEYS } from '../src/social-circle/strings.js';
import esStrings from '../src/social-circle/strings.es.js';

/** English from strings.ts, Spanish from its own chunk (strings.es.ts). */
const strings = { ...enStrings, es: esStrings };

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-04-01T10:00:00.000Z';
const opts = { rings: 3 };

function person(over: Partial<Person> = {}): Person {
  return { id: 'p1', name: 'Ana', relationship: 'friend', ring: 1, ...over };
}

function throwsNaming(fn: () => unknown, field: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `expected a TypeError for ${field}`).to.be.instanceOf(TypeError);
  expect((error as Error).message.startsWith(`${field}:`), (error as Error).message).to.equal(true);
}

describe('social-circle model: validate', () => {
  it('accepts a full person and keeps unknown fields', () => {
    const input = {
      people: [
        person({
          relationshipLabel: 'my sister',
          angle: 90,
          contact: 'weekly',
          support: 'a-lot',
          conflict: 'some',
          deceased: false,
          satisfying: 'talks',
          unsatisfying: 'distance',
          expectations: 'calls',
          wantToChange: 'more visits',
          disputeStage: 'renegotiation',
          notes: 'n',
          createdAt: NOW,
          updatedAt: NOW,
          extra: 1,
        } as Partial<Person>),
      ],
    };
    const out = validate(input, opts);
    expect(out.people[0]).to.deep.include({ name: 'Ana', support: 'a-lot', angle: 90 });
    expect((out.people[0] as unknown as { extra: number }).extra).to.equal(1);
    expect(out.snapshots).to.deep.equal([]);
    expect(out).to.not.equal(input);
  });

  it('names the field of each fault the issue lists', () => {
    throwsNaming(() => validate({ people: [person({ ring: 4 })] }, opts), 'people[0].ring');
    throwsNaming(() => validate({ people: [person({ ring: 0 })] }, opts), 'people[0].ring');
    throwsNaming(() => validate({ people: [person(), person({ id: 'p2', name: '  ' })] }, opts), 'people[1].name');
    throwsNaming(() => validate({ people: [{ id: 'x', relationship: 'friend', ring: 1 }] }, opts), 'people[0].name');
    throwsNaming(() => validate({ people: [person(), person()] }, opts), 'people[1].id');
    throwsNaming(() => validate({ people: [person({ relationship: 'cousin' as never })] }, opts), 'people[0].relationship');
    throwsNaming(() => validate({ people: [person({ support: 'heaps' as never })] }, opts), 'people[0].support');
    throwsNaming(() => validate({ people: [person({ angle: 400 })] }, opts), 'people[0].angle');
    throwsNaming(() => validate({ people: [person({ deceased: 'yes' as never })] }, opts), 'people[0].deceased');
    throwsNaming(() => validate({ people: 'x' }, opts), 'people');
    throwsNaming(() => validate(null, opts), 'state');
    throwsNaming(
      () => validate({ people: [], snapshots: [{ id: 's', label: 'x', takenAt: NOW, people: [person({ ring: 9 })] }] }, opts),
      'snapshots[0].people[0].ring',
    );
  });

  it('checks the inventory questions and the date of death', () => {
    const full = person({ confide: 'some', changedSinceOnset: 'better', knowsLowMood: 'unsure', communication: 'we talk on Sundays', deceased: true, diedOn: '2025-02-28' });
    expect(validate({ people: [full] }, opts).people[0]).to.deep.include({ confide: 'some', changedSinceOnset: 'better', knowsLowMood: 'unsure', diedOn: '2025-02-28' });
    throwsNaming(() => validate({ people: [person({ confide: 'always' as never })] }, opts), 'people[0].confide');
    throwsNaming(() => validate({ people: [person({ changedSinceOnset: 'yes' as never })] }, opts), 'people[0].changedSinceOnset');
    throwsNaming(() => validate({ people: [person({ knowsLowMood: true as never })] }, opts), 'people[0].knowsLowMood');
    throwsNaming(() => validate({ people: [person({ diedOn: '2025-02-30' })] }, opts), 'people[0].diedOn');
    throwsNaming(() => validate({ people: [person({ diedOn: 'last spring' })] }, opts), 'people[0].diedOn');
    throwsNaming(() => validate({ people: [person({ communication: 5 as never })] }, opts), 'people[0].communication');
  });

  it('allows ring 5 only with five rings', () => {
    expect(() => validate({ people: [person({ ring: 5 })] }, { rings: 5 })).to.not.throw();
    throwsNaming(() => validate({ people: [person({ ring: 5 })] }, { rings: 4 }), 'people[0].ring');
  });

  it('describes the model to the core', () => {
    expect(socialCircleModel.tag).to.equal('ipt-social-circle');
    expect(socialCircleModel.collections).to.deep.equal(['people', 'snapshots']);
    expect(socialCircleModel.empty()).to.deep.equal({ people: [], snapshots: [] });
  });
});

describe('social-circle model: repair', () => {
  it('clamps rings to the outermost, gives missing ids, lists each problem', () => {
    const { state, problems } = repair(
      {
        people: [
          { name: 'No id', relationship: 'friend', ring: 2 },
          person({ id: 'a', ring: 7 }),
          person({ id: 'a', name: 'Twin' }),
          { id: 'b', relationship: 'cousin', ring: 1, name: 'Bo' },
          { id: 'c', relationship: 'family', ring: 'x', name: 'Cy', support: 'heaps', angle: -90 },
          'junk',
        ],
      },
      opts,
    );
    expect(state.people).to.have.length(5);
    expect(state.people[0].id).to.be.a('string').and.not.equal('');
    expect(state.people[1].ring).to.equal(3);
    expect(state.people[2].id).to.not.equal('a');
    expect(state.people[3].relationship).to.equal('other');
    expect(state.people[3].relationshipLabel).to.equal('cousin');
    expect(state.people[4].ring).to.equal(3);
    expect(state.people[4].support).to.equal(undefined);
    expect(state.people[4].angle).to.equal(270);
    expect(problems.some((p) => p.startsWith('people[0].id'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('people[1].ring'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('people[2].id'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('people[3].relationship'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('people[4].support'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('people[5]'))).to.equal(true);
    // what repair returns passes the strict check
    expect(() => validate(state, opts)).to.not.throw();
  });

  it('reports nothing for clean data, and throws on unreadable data', () => {
    expect(repair({ people: [person()], snapshots: [] }, opts).problems).to.deep.equal([]);
    expect(() => repair('nope', opts)).to.throw(TypeError);
    expect(() => repair({ people: 3 }, opts)).to.throw(TypeError, /^people:/);
  });

  it('repairs the inventory questions and the date of death, keeping the client’s words', () => {
    const { state, problems } = repair(
      {
        people: [
          person({ id: 'a', confide: 'a lot' as never, changedSinceOnset: 'hmm' as never, knowsLowMood: null as never, diedOn: 'last spring', notes: 'kind' }),
          person({ id: 'b', diedOn: 20250101 as never, communication: 42 as never }),
        ],
      },
      opts,
    );
    expect(state.people[0].confide).to.equal('a-lot');
    expect(state.people[0].changedSinceOnset).to.equal(undefined);
    expect('knowsLowMood' in state.people[0]).to.equal(false);
    expect(state.people[0].diedOn).to.equal(undefined);
    expect(state.people[0].notes).to.equal('kind\nlast spring');
    expect(state.people[1].diedOn).to.equal(undefined);
    expect(state.people[1].communication).to.equal('42');
    for (const f of ['people[0].changedSinceOnset', 'people[0].diedOn', 'people[1].diedOn', 'people[1].communication']) {
      expect(problems.some((p) => p.startsWith(f)), f).to.equal(true);
    }
    expect(() => validate(state, opts)).to.not.throw();
  });

  it('repairs snapshots by their own ring count', () => {
    const { state, problems } = repair(
      { people: [], snapshots: [{ id: 's', label: 'Intake', takenAt: NOW, rings: 5, people: [person({ ring: 5 })] }, 7] },
      opts,
    );
    expect(state.snapshots).to.have.length(1);
    expect(state.snapshots[0].people[0].ring).to.equal(5);
    expect(problems).to.have.length(1);
  });
});

describe('social-circle model: operations', () => {
  let s: SocialCircleState;
  beforeEach(() => {
    s = emptyState();
  });

  it('adds without mutating, stamping times', () => {
    const before = structuredClone(s);
    const r = addPerson(s, { name: 'Ana', relationship: 'friend', ring: 2 }, opts, NOW, 'a');
    expect(s).to.deep.equal(before);
    expect(r.person).to.deep.include({ id: 'a', createdAt: NOW, updatedAt: NOW, ring: 2 });
    expect(r.state.people).to.have.length(1);
    expect(() => addPerson(r.state, { name: 'B', relationship: 'friend', ring: 1 }, opts, NOW, 'a')).to.throw(TypeError);
    expect(() => addPerson(s, { name: '', relationship: 'friend', ring: 1 }, opts, NOW)).to.throw(TypeError, /^person\.name/);
    expect(() => addPerson(s, { name: 'X', relationship: 'friend', ring: 4 }, opts, NOW)).to.throw(TypeError, /^person\.ring/);
  });

  it('updates fields, clears a field given undefined, keeps id and createdAt', () => {
    const a = addPerson(s, { name: 'Ana', relationship: 'friend', ring: 2, notes: 'x' }, opts, NOW, 'a').state;
    const r = updatePerson(a, 'a', { name: 'Ana M', notes: undefined, support: 'some', id: 'zzz' } as never, opts, LATER);
    expect(r.person).to.deep.include({ id: 'a', name: 'Ana M', support: 'some', createdAt: NOW, updatedAt: LATER });
    expect('notes' in r.person).to.equal(false);
    expect(a.people[0].notes).to.equal('x');
    expect(() => updatePerson(a, 'a', { conflict: 'lots' as never }, opts, LATER)).to.throw(TypeError, /^person\.conflict/);
    expect(() => updatePerson(a, 'nobody', {}, opts, LATER)).to.throw(RangeError);
  });

  it('moves between rings and around, and can unplace', () => {
    const a = addPerson(s, { name: 'Ana', relationship: 'friend', ring: 2 }, opts, NOW, 'a').state;
    const m = movePerson(a, 'a', 1, 450, opts, LATER);
    expect(m.from).to.equal(2);
    expect(m.person).to.deep.include({ ring: 1, angle: 90, updatedAt: LATER });
    expect(movePerson(m.state, 'a', 3, undefined, opts, LATER).person.angle).to.equal(90);
    expect('angle' in movePerson(m.state, 'a', 3, null, opts, LATER).person).to.equal(false);
    expect(() => movePerson(a, 'a', 4, undefined, opts, LATER)).to.throw(TypeError);
  });

  it('removes and restores at the same place', () => {
    let st = s;
    for (const id of ['a', 'b', 'c']) st = addPerson(st, { name: id, relationship: 'friend', ring: 1 }, opts, NOW, id).state;
    const r = removePerson(st, 'b');
    expect(r.state.people.map((p) => p.id)).to.deep.equal(['a', 'c']);
    const back = restorePerson(r.state, r.removed, LATER);
    expect(back.people.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    expect(restorePerson(back, r.removed, LATER)).to.equal(back);
  });

  it('takes snapshots and compares any two', () => {
    let st = s;
    for (const [id, ring] of [['a', 1], ['b', 2], ['c', 3]] as const) {
      st = addPerson(st, { name: id.toUpperCase(), relationship: 'friend', ring }, opts, NOW, id).state;
    }
    const one = takeSnapshot(st, '  Intake ', opts, NOW, 's1');
    expect(one.snapshot).to.deep.include({ id: 's1', label: 'Intake', takenAt: NOW, rings: 3 });
    st = movePerson(one.state, 'c', 1, undefined, opts, LATER).state;
    st = movePerson(st, 'a', 2, undefined, opts, LATER).state;
    st = removePerson(st, 'b').state;
    st = addPerson(st, { name: 'D', relationship: 'family', ring: 2 }, opts, LATER, 'd').state;
    // the snapshot is a copy, untouched by later changes
    expect(one.snapshot.people.find((p) => p.id === 'c')?.ring).to.equal(3);
    const two = takeSnapshot(st, 'Mid', opts, LATER, 's2');
    const cmp = compareSnapshots(two.state.snapshots[0], two.state.snapshots[1]);
    expect(cmp.moved).to.deep.equal([
      { id: 'c', name: 'C', from: 3, to: 1 },
      { id: 'a', name: 'A', from: 1, to: 2 },
    ]);
    expect(cmp.added.map((p) => p.id)).to.deep.equal(['d']);
    expect(cmp.removed.map((p) => p.id)).to.deep.equal(['b']);
    expect(cmp.unchanged).to.equal(0);
    expect(() => validate(two.state, opts)).to.not.throw();
  });

  it('sorts for the list view and shares only the agreed fields', () => {
    const people = [
      person({ id: '1', name: 'zoe', ring: 2, relationship: 'family', notes: 'private' }),
      person({ id: '2', name: 'Ana', ring: 3, relationship: 'partner', conflict: 'some' }),
      person({ id: '3', name: 'bo', ring: 2, relationship: 'friend', deceased: true }),
    ];
    expect(sortPeople(people, 'ring').map((p) => p.id)).to.deep.equal(['3', '1', '2']);
    expect(sortPeople(people, 'name').map((p) => p.id)).to.deep.equal(['2', '3', '1']);
    expect(sortPeople(people, 'name', true).map((p) => p.id)).to.deep.equal(['1', '3', '2']);
    expect(sortPeople(people, 'relationship').map((p) => p.id)).to.deep.equal(['2', '1', '3']);
    const shared = sharedPeople({ people, snapshots: [] });
    expect(shared[0]).to.deep.equal({ id: '1', name: 'zoe', relationship: 'family', ring: 2 });
    expect(shared[1].conflict).to.equal('some');
    expect(shared[2].deceased).to.equal(true);
  });

  it('normalizes angles', () => {
    expect(normalizeAngle(-90)).to.equal(270);
    expect(normalizeAngle(360)).to.equal(0);
    expect(normalizeAngle(720.123)).to.equal(0.12);
  });
});

function overlapping(boxes: Box[]): [number, number] | null {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) return [i, j];
    }
  }
  return null;
}

describe('social-circle layout', () => {
  it('spreads unplaced people evenly and around placed ones', () => {
    expect(spreadAngles([], 4)).to.deep.equal([0, 90, 180, 270]);
    expect(spreadAngles([180], 3)).to.deep.equal([270, 0, 90]);
    // two placed people close together: the newcomers go into the big gap
    const a = spreadAngles([0, 20], 2);
    expect(a.every((x) => x > 20)).to.equal(true);
  });

  it('maps points to rings and angles', () => {
    expect(ringAt(10, [50, 100, 150])).to.equal(1);
    expect(ringAt(120, [50, 100, 150])).to.equal(2);
    expect(ringAt(900, [50, 100, 150])).to.equal(3);
    const p = polar(90, 100);
    expect(Math.round(p.x)).to.equal(100);
    expect(Math.round(p.y)).to.equal(0);
    expect(angleOf(0, -1)).to.equal(0);
    expect(angleOf(-1, 0)).to.equal(270);
  });

  it('puts people on their ring at their angle', () => {
    const l = layoutCircle(
      [
        { id: 'a', ring: 2, angle: 90, label: 'Ana' },
        { id: 'b', ring: 9, label: 'Bo' },
      ],
      { rings: 3, width: 600 },
    );
    expect(l.radii).to.have.length(3);
    expect(l.radii[0]).to.be.lessThan(l.radii[1]);
    expect(Math.round(l.nodes[0].x)).to.equal(Math.round(l.radii[1]));
    expect(l.nodes[0].placed).to.equal(true);
    expect(l.nodes[1].ring).to.equal(3);
    expect(l.nodes[1].placed).to.equal(false);
    expect(l.labels.map((x) => x.id)).to.deep.equal(['a', 'b']);
  });

  for (const [count, width, rings] of [
    [150, 320, 3],
    [150, 1000, 5],
    [150, 700, 2],
    [60, 400, 3],
  ] as const) {
    it(`never overlaps labels: ${count} people, ${rings} rings, ${width}px`, () => {
      const items: LayoutItem[] = Array.from({ length: count }, (_, i) => ({
        id: `p${i}`,
        ring: (i % rings) + 1,
        // a third placed by hand, many on the same spot
        angle: i % 3 === 0 ? (i % 7) * 10 : undefined,
        label: `Person number ${i}${i % 5 === 0 ? ' with a long name' : ''}`,
      }));
      const l = layoutCircle(items, {
        rings,
        width,
        ringLabels: RING_LABEL_KEYS[rings].map((k) => strings.en[k]),
      });
      const boxes = [...l.labels.map((x) => x.box), ...l.ringLabels.map((x) => x.box)];
      expect(overlapping(boxes)).to.equal(null);
      // every label is inside the picture
      for (const b of boxes) {
        expect(b.x >= l.viewBox.x && b.x + b.w <= l.viewBox.x + l.viewBox.w).to.equal(true);
        expect(b.y >= l.viewBox.y && b.y + b.h <= l.viewBox.y + l.viewBox.h).to.equal(true);
      }
    });
  }

  it('keeps a small circle readable at its real size', () => {
    const items: LayoutItem[] = ['Ana', 'Bo', 'Carmen', 'Dev', 'Eli'].map((n, i) => ({ id: n, ring: (i % 3) + 1, label: n }));
    const l = layoutCircle(items, { rings: 3, width: 360 });
    expect(l.viewBox.w).to.be.at.most(400);
    expect(l.labels.every((x) => !x.leader)).to.equal(true);
  });
});

describe('social-circle csv', () => {
  it('escapes formula starts and quotes', () => {
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tx')).to.equal("'\tx");
    expect(csvCell('\rx')).to.equal('"\'\rx"');
    expect(csvCell('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvCell('=HYPERLINK("http://x","y")')).to.equal('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell(3)).to.equal('3');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell(true)).to.equal('true');
  });

  it('writes one row per person with a header', () => {
    const csv = peopleToCsv(
      [person({ name: '=cmd|calc', notes: '-x', deceased: true }), person({ id: 'p2', name: 'Bo', ring: 2 })],
      (r) => ['Closest', 'Close', 'Further out'][r - 1],
    );
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).to.have.length(3);
    expect(rows[0]).to.equal(CSV_COLUMNS.join(','));
    expect(rows[1].startsWith("p1,'=cmd|calc,friend,,1,Closest,")).to.equal(true);
    expect(rows[1]).to.contain(",'-x,");
    expect(rows[2]).to.contain('Bo,friend,,2,Close');
  });
});

describe('social-circle strings', () => {
  it('has every key in English and Spanish, with the same placeholders', () => {
    const en = strings.en as Record<string, string>;
    const es = strings.es as Record<string, string>;
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const k of Object.keys(en)) {
      expect(k.startsWith('circle.'), k).to.equal(true);
      expect(params(es[k]), k).to.equal(params(en[k]));
      expect(es[k].trim(), k).to.not.equal('');
    }
  });
});
