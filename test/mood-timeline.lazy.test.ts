import { expect, fixture, html } from '@open-wc/testing';
import '../src/mood-timeline/mood-timeline.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import { $, click, nextFrame, typeText } from './core/helpers.js';

// The event form, the onset form, the table and the patterns are fetched after the first
// frame (or before it, for the table view): never a frame without what it should hold, and
// nothing a person types is lost.

const TODAY = '2026-03-10';
let n = 0;
const key = () => `mt-lazy-${Date.now().toString(36)}-${n++}`;
const fetched = (name: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/mood-timeline/${name}`));

/** Adds the element and resolves at its first rendered frame, before it is complete. */
async function firstFrame(attrs = ''): Promise<IptMoodTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<ipt-mood-timeline storage-key="${key()}" today="${TODAY}" ${attrs}></ipt-mood-timeline>`;
  const el = wrap.querySelector('ipt-mood-timeline')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.base'); i++) await new Promise((r) => setTimeout(r, 5));
  return el;
}

describe('<ipt-mood-timeline> parts loaded on demand', () => {
  it('draws the chart first and fetches the event form only after that frame', async () => {
    const el = await firstFrame();
    expect($(el, 'svg.chart'), 'the chart is in the first frame').to.not.equal(null);
    expect(fetched('event-form'), 'the event form is not fetched before the first frame').to.equal(false);
    await el.updateComplete;
    expect(fetched('event-form')).to.equal(true);
    expect($(el, 'button.add-event')).to.not.equal(null);
  });

  it('in the table view, the first frame already holds the table', async () => {
    const el = await firstFrame('view="table"');
    expect($(el, '.table-view table'), 'the table is in the first frame').to.not.equal(null);
    await el.updateComplete;
    expect($(el, '.table-view table')).to.not.equal(null);
  });

  it("styles the table with the rules that come with its code, in the first frame and after a re-mount", async () => {
    const el = await firstFrame('view="table"');
    const styled = () => {
      const table = $(el, '.table-view table')!;
      return [getComputedStyle(table).borderCollapse, getComputedStyle($(el, '.table-wrap')!).overflowX];
    };
    expect(styled(), 'the first frame').to.deep.equal(['collapse', 'auto']);
    expect(el.shadowRoot!.querySelector('style'), 'no inline <style> (strict CSP)').to.equal(null);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(styled(), 'after a re-mount').to.deep.equal(['collapse', 'auto']);
  });

  it('opens the event form at the first click and keeps every key typed into it', async () => {
    const el = await firstFrame();
    await el.updateComplete;
    await click($(el, 'button.add-event'));
    await el.updateComplete;
    await nextFrame();
    expect(el.shadowRoot!.activeElement?.id).to.equal('event-title');
    await typeText('Call with Ana'); // key by key: WebKit's driver drops a repeated letter from one `type`
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#event-title').value).to.equal('Call with Ana');
    expect($(el, 'form.onset-form')).to.not.equal(null);
  });
});
