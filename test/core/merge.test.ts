import { expect } from '@open-wc/testing';
import { applyDiff, combineDiffs, diffStates, stampTimes } from '../../src/core/merge.js';
import { listModel, type ListState } from '../fixtures/test-list.js';

const idFor = (_c: string, item: Record<string, unknown>) => String(item.id);
const base: ListState = {
  title: 't',
  notes: [
    { id: 'a', text: 'A', updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'b', text: 'B', updatedAt: '2026-01-01T00:00:00.000Z' },
  ],
};

describe('merging differences', () => {
  it('diffs item by item and field by field', () => {
    const next: ListState = { title: 'u', notes: [{ ...base.notes[0], text: 'A2' }, { id: 'c', text: 'C' }] };
    const diff = diffStates(listModel, base, next, '2026-02-01T00:00:00.000Z');
    expect(diff.fields).to.deep.equal({ title: 'u' });
    expect(diff.collections.notes.upserts.map((n) => n.id)).to.deep.equal(['a', 'c']);
    expect(diff.collections.notes.removed).to.deep.equal({ b: '2026-02-01T00:00:00.000Z' });
  });

  it('keeps the later of two edits of one item, and removals only of older items', () => {
    const newerElsewhere: ListState = { ...base, notes: [{ id: 'a', text: 'edited later', updatedAt: '2026-03-01T00:00:00.000Z' }, base.notes[1]] };
    const diff = diffStates(listModel, base, { ...base, notes: [{ id: 'a', text: 'edited earlier', updatedAt: '2026-02-01T00:00:00.000Z' }] }, '2026-02-01T00:00:00.000Z');
    const merged = applyDiff(listModel, newerElsewhere, diff);
    expect(merged.notes.map((n) => n.text)).to.deep.equal(['edited later']);
  });

  it('stamps createdAt on new items and updatedAt on changed ones only', () => {
    const next = stampTimes(listModel, base, { ...base, notes: [base.notes[0], { ...base.notes[1], text: 'B2' }, { id: 'n', text: 'new' }] }, '2026-05-05T00:00:00.000Z');
    expect(next.notes[0].updatedAt).to.equal('2026-01-01T00:00:00.000Z');
    expect(next.notes[1].updatedAt).to.equal('2026-05-05T00:00:00.000Z');
    expect(next.notes[2].createdAt).to.equal('2026-05-05T00:00:00.000Z');
  });

  it('combines an add then a remove into a removal', () => {
    const add = diffStates(listModel, base, { ...base, notes: [...base.notes, { id: 'x', text: 'X' }] }, '2026-02-01T00:00:00.000Z');
    const remove = diffStates(listModel, { ...base, notes: [...base.notes, { id: 'x', text: 'X' }] }, base, '2026-02-02T00:00:00.000Z');
    const both = combineDiffs(add, remove, idFor);
    expect(both.collections.notes.upserts).to.have.length(0);
    expect(Object.keys(both.collections.notes.removed)).to.deep.equal(['x']);
  });
});
