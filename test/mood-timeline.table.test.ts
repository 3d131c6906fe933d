import { loadStrings } from '../src/core/i18n.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/mood-timeline/mood-timeline.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import type { MoodState } from '../src/mood-timeline/model.js';
import { $, $$, click, text } from './core/helpers.js';

// The table view at scale: a page of days at a time, newest first, every day reachable,
// all of them on paper and in the downloads.

const TODAY = '2026-03-10';
const DAYS = 450;

async function mount(attrs = ''): Promise<IptMoodTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<ipt-mood-timeline persist="none" today="${TODAY}" ${attrs}></ipt-mood-timeline>`;
  const el = wrap.querySelector('ipt-mood-timeline')!;
  await el.ready;
  await el.updateComplete;
  return el;
}

const rowDates = (el: Element) => $$<HTMLTableRowElement>(el, '.table-view tbody tr').map((r) => r.dataset.date);

/** `YYYY-MM-DD`, `back` days before TODAY. */
function day(back: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}

/** One check-in a day for DAYS days up to TODAY, a note on every tenth. */
function many(): MoodState {
  return {
    entries: Array.from({ length: DAYS }, (_, i) => ({
      id: `e${i}`,
      date: day(DAYS - 1 - i),
      mood: i % 11,
      ...(i % 10 === 0 ? { note: `note ${i}` } : {}),
    })),
    events: [],
    measures: [],
  };
}

/** Lets the click's handler run its update and move focus. */
async function settle(el: IptMoodTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('ipt-mood-timeline: the table a page at a time', () => {
  it('shows the newest 200 days first, then older ones on request, with focus on the first new day', async () => {
    const el = await mount('range="all" view="table"');
    el.state = many();
    await el.updateComplete;
    const dates = rowDates(el);
    expect(dates).to.have.length(200);
    expect(dates[0]).to.equal(TODAY);
    expect(dates[199]).to.equal(day(199));
    expect(text($(el, '.table-more'))).to.equal(
      'Showing the newest 200 of 450 days. Show 200 older days The spreadsheet download holds every day.',
    );
    const more = $<HTMLButtonElement>(el, '.show-older')!;
    expect(more.getAttribute('aria-describedby')).to.equal('table-count');

    await click(more);
    await settle(el);
    expect(rowDates(el)).to.have.length(400);
    expect(rowDates(el)[200]).to.equal(day(200));
    // reading goes on where the new days begin
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.tagName).to.equal('TH');
    expect((focused.parentElement as HTMLTableRowElement).dataset.date).to.equal(day(200));
    expect(text($(el, '#table-count'))).to.equal('Showing the newest 400 of 450 days.');
    expect(text($(el, '.show-older'))).to.equal('Show 50 older days');

    await click($(el, '.show-older')!);
    await settle(el);
    const all = rowDates(el);
    expect(all).to.have.length(DAYS);
    expect(all[DAYS - 1]).to.equal(day(DAYS - 1));
    expect(new Set(all).size).to.equal(DAYS);
    expect($(el, '.table-more')).to.equal(null);
    expect(((el.shadowRoot!.activeElement as HTMLElement).parentElement as HTMLTableRowElement).dataset.date).to.equal(day(400));
  });

  it('is used from the keyboard: Tab from the table reaches the button, Enter shows older days', async () => {
    const el = await mount('range="all" view="table"');
    el.state = many();
    await el.updateComplete;
    $<HTMLElement>(el, '.table-wrap')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.className).to.equal('show-older');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(rowDates(el)).to.have.length(400);
    expect(((el.shadowRoot!.activeElement as HTMLElement).parentElement as HTMLTableRowElement).dataset.date).to.equal(day(200));
    // and on: Tab from there leads back to the button for the rest
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.className).to.equal('show-older');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(rowDates(el)).to.have.length(DAYS);
  });

  it('passes axe with the button, in English and Spanish', async function () {
    this.timeout(120_000); // axe reads 200 rows twice, on a shared machine
    const el = await mount('range="all" view="table"');
    el.state = many();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'es');
    await loadStrings('es'); // Spanish arrives on demand
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(text($(el, '#table-count'))).to.equal('Se muestran los 200 días más recientes de 450.');
    expect(text($(el, '.show-older'))).to.equal('Mostrar 200 días anteriores');
    await expect(el).to.be.accessible();
  });

  it('prints every day, and the CSV holds every check-in', async () => {
    const el = await mount('range="all"');
    el.state = many();
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    try {
      expect(rowDates(el)).to.have.length(DAYS);
      expect($(el, '.table-more')).to.equal(null);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    }
    const csv = el.toCSV();
    const entryLines = csv.split('\n').filter((line) => line.startsWith('entry,'));
    expect(entryLines).to.have.length(DAYS);
    expect(csv).to.contain(`entry,e0,${day(DAYS - 1)},0,`);
    expect(csv).to.contain(`entry,e${DAYS - 1},${TODAY},`);
    expect(JSON.parse(JSON.stringify(el.state)).entries).to.have.length(DAYS);
  });

  it('starts again from the newest days when the period changes', async () => {
    const el = await mount('range="all" view="table"');
    el.state = many();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.show-older')!.click();
    await settle(el);
    expect(rowDates(el)).to.have.length(400);
    el.range = '1y';
    await el.updateComplete;
    expect(rowDates(el)).to.have.length(200);
    expect(rowDates(el)[0]).to.equal(TODAY);
    expect(text($(el, '#table-count'))).to.match(/^Showing the newest 200 of 36[56] days\.$/);
    el.range = '3m';
    await el.updateComplete;
    expect($(el, '.table-more')).to.equal(null);
    expect(rowDates(el).length).to.be.within(89, 93);
  });
});
