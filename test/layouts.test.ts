import { viaWebDriver, typeText } from './core/helpers.js';
import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import { localToday } from '../src/core/validate.js';
import { frames } from './core/touch.js';

// Layouts that hold from a phone to a desktop: the mood scale's ends, dates sized to a date,
// table headers that break between words only, a chart with little data that reads as a
// start, messages that clear once they no longer apply, and room around bare elements.

type Kit = HTMLElement & { ready: Promise<unknown>; updateComplete: Promise<unknown> };
let keyN = 0;
const key = (what: string) => `layouts-${what}-${Date.now()}-${keyN++}`;

async function mountHtml(markup: string): Promise<HTMLDivElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = markup;
  const kit = [...wrap.querySelectorAll('*')].filter((n) => n.tagName.startsWith('IPT-')) as Kit[];
  for (const el of kit) await el.ready;
  await frames(3);
  for (const el of kit) await el.updateComplete;
  return wrap;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`${el.tagName.toLowerCase()}: no ${sel}`);
  return found;
};
const shown = (el: Element, sel: string) => {
  const n = el.shadowRoot!.querySelector<HTMLElement>(sel);
  return !!n && !n.hidden && n.getClientRects().length > 0;
};

/** The words of an element's text that the layout broke across lines ("Moo / d"). */
function brokenWords(cell: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    for (const m of t.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(t, m.index!);
      range.setEnd(t, m.index! + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(m[0]);
    }
  }
  return out;
}

const today = localToday();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T12:00:00`);
  d.setDate(d.getDate() - n);
  return d.toISOString().slice(0, 10);
};

describe('layouts from 320 to 1440 px', () => {
  before(function () {
    // WebKit's WebDriver cannot size the viewport: Chromium and Firefox run these
    if (viaWebDriver) this.skip();
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 390, 1280]) {
    for (const lang of ['en', 'es']) {
      it(`${width} px, ${lang}: the mood scale is one row (no lone "10"), its end labels under its ends`, async () => {
        await setViewport({ width, height: 900 });
        const wrap = await mountHtml(`<ipt-mood-timeline lang="${lang}" persist="none" storage-key="${key('scale')}"></ipt-mood-timeline>`);
        const el = wrap.firstElementChild as Kit;
        const tiles = [...el.shadowRoot!.querySelectorAll('.rating label')].map((l) => l.getBoundingClientRect());
        expect(tiles).to.have.length(11);
        expect(new Set(tiles.map((t) => Math.round(t.top))).size, 'one row').to.equal(1);
        const [lo, hi] = [...el.shadowRoot!.querySelectorAll('.ends > span')].map((e) => e.getBoundingClientRect());
        expect(Math.abs(lo.left - tiles[0].left), 'low end under the first tile').to.be.below(2);
        expect(Math.abs(hi.right - tiles[10].right), 'high end under the last tile').to.be.below(2);
        expect(lo.top, 'the labels below the tiles').to.be.at.least(tiles[0].bottom - 1);
        // on a desktop the tiles keep a comfortable size instead of spreading over the card
        expect(tiles[0].width, 'tile width').to.be.below(64);
      });
    }
  }

  for (const lang of ['en', 'es']) {
    it(`1280 px, ${lang}: every date input is as wide as a date, not as its card`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const wrap = await mountHtml(`<ipt-workbook workbook-id="${key('dates')}" lang="${lang}">
        <ipt-social-circle persist="none"></ipt-social-circle>
        <ipt-mood-timeline persist="none"></ipt-mood-timeline>
        <ipt-formulation persist="none"></ipt-formulation>
        <ipt-session-plan persist="none"></ipt-session-plan>
        <ipt-ending-plan persist="none"></ipt-ending-plan>
      </ipt-workbook>`);
      const timeline = wrap.querySelector('ipt-mood-timeline') as Kit;
      $(timeline, '.add-event').click(); // the event form has a date too
      await timeline.updateComplete;
      const circle = wrap.querySelector('ipt-social-circle') as unknown as IptSocialCircle;
      circle.state = { people: [{ id: 'r', name: 'Rosa', relationship: 'family', ring: 2, deceased: true }], snapshots: [] };
      await circle.updateComplete;
      await frames(2);
      const dates: Array<{ where: string; width: number; card: number }> = [];
      for (const el of wrap.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        for (const input of el.shadowRoot.querySelectorAll<HTMLInputElement>('input[type="date"]')) {
          const r = input.getBoundingClientRect();
          if (!r.width) continue;
          dates.push({ where: `${el.tagName.toLowerCase()} #${input.id || input.name}`, width: Math.round(r.width), card: Math.round(el.getBoundingClientRect().width) });
        }
      }
      expect(dates.length, 'date inputs found').to.be.at.least(5);
      const wide = dates.filter((d) => d.width > 240);
      expect(wide, JSON.stringify(dates)).to.deep.equal([]);
    });
  }

  for (const width of [390, 1280]) {
    for (const lang of ['en', 'es']) {
      it(`${width} px, ${lang}: table headers and days never break inside a word, with long notes`, async () => {
        await setViewport({ width, height: 900 });
        const wrap = await mountHtml(`<ipt-mood-timeline lang="${lang}" view="table" persist="none" storage-key="${key('table')}"></ipt-mood-timeline>`);
        const el = wrap.firstElementChild as unknown as IptMoodTimeline;
        const long = 'Today I talked with my sister about the holidays and what we will do with our mother this year. '.repeat(12);
        el.state = {
          entries: [0, 1, 2].map((n) => ({ id: `e${n}`, date: daysAgo(n), mood: 3 + n, note: long })),
          events: [{ id: 'v', date: today, title: 'An argument about money with my sister, and then with my mother on the phone about the holidays', note: long, kind: 'conflict', impact: -2 }],
        } as unknown as IptMoodTimeline['state'];
        await el.updateComplete;
        await frames(2);
        const heads = [...el.shadowRoot!.querySelectorAll('.table-view th')];
        expect(heads.length).to.be.at.least(8);
        const broken = heads.flatMap((th) => brokenWords(th).map((w) => `${th.textContent!.trim()}: ${w}`));
        expect(broken).to.deep.equal([]);
        // the table may be wider than a phone: it scrolls in its own box, never the page
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      });
    }
  }

  for (const width of [390, 1280]) {
    it(`${width} px: a chart with one check-in reads as a start: a note, a labelled events lane, the dot clear of the frame`, async () => {
      await setViewport({ width, height: 900 });
      const wrap = await mountHtml(`<ipt-mood-timeline persist="none" storage-key="${key('one')}"></ipt-mood-timeline>`);
      const el = wrap.firstElementChild as unknown as IptMoodTimeline;
      // nothing yet: a note in the empty plot
      expect(shown(el, '.plot-note'), 'empty: a note').to.equal(true);
      expect($(el, '.plot-note').textContent!.trim()).to.equal('Your check-ins will show here, day by day.');
      el.state = {
        entries: [{ id: 'e', date: today, mood: 8 }],
        events: [{ id: 'v', date: today, title: 'Argument with Sam', kind: 'conflict', impact: -3 }],
      } as unknown as IptMoodTimeline['state'];
      await el.updateComplete;
      await frames(2);
      const plot = $(el, '.plot').getBoundingClientRect();
      const dot = $(el, '.mood-dot').getBoundingClientRect();
      expect(plot.right - dot.right, 'the one dot stands clear of the frame').to.be.at.least(16);
      const note = $(el, '.plot-note');
      expect(note.textContent!.trim()).to.equal('One check-in so far. Check in on other days to see how your mood moves.');
      const n = note.getBoundingClientRect();
      const apart = n.bottom <= dot.top || n.top >= dot.bottom || n.right <= dot.left || n.left >= dot.right;
      expect(apart, 'the note does not cover the dot').to.equal(true);
      expect(n.top >= plot.top && n.bottom <= plot.bottom, 'the note inside the plot').to.equal(true);
      // the events lane is named, above its line and left of the event mark
      const title = $(el, 'text.events-title');
      expect(title.textContent).to.equal('Events');
      const t = title.getBoundingClientRect();
      const mark = $(el, '.events .event-down').getBoundingClientRect();
      const zero = [...el.shadowRoot!.querySelectorAll('svg.chart > text')].find((x) => x.textContent === '0')!.getBoundingClientRect();
      expect(t.top, 'below the mood plot').to.be.at.least(zero.bottom - 1);
      expect(t.right, 'clear of the event mark').to.be.below(mark.left);
      // two rated days: a line, and no note
      el.state = {
        entries: [{ id: 'e', date: today, mood: 8 }, { id: 'f', date: daysAgo(3), mood: 5 }],
        events: [],
      } as unknown as IptMoodTimeline['state'];
      await el.updateComplete;
      expect(shown(el, '.plot-note'), 'two days: no note').to.equal(false);
    });
  }

  it('the circle: "Please add a name." clears when a name is typed, when focus leaves the form, and when the circle changes', async () => {
    await setViewport({ width: 390, height: 900 });
    const wrap = await mountHtml(`<ipt-social-circle persist="none" storage-key="${key('msg')}"></ipt-social-circle>`);
    const el = wrap.firstElementChild as unknown as IptSocialCircle;
    const form = $<HTMLFormElement>(el, 'form.add');
    const name = $<HTMLInputElement>(el, 'form.add [name="name"]');
    const error = () => shown(el, '#add-error');
    const tryEmpty = async () => {
      name.focus();
      form.requestSubmit();
      await el.updateComplete;
      expect(error(), 'the message after an empty try').to.equal(true);
    };

    await tryEmpty();
    $<HTMLSelectElement>(el, 'form.add [name="relationship"]').focus(); // still in the form
    await el.updateComplete;
    expect(error(), 'still there while the person stays in the form').to.equal(true);
    name.focus();
    await typeText('A');
    await el.updateComplete;
    expect(error(), 'a name is typed').to.equal(false);
    expect(name.getAttribute('aria-invalid')).to.equal('false');

    name.value = '';
    await tryEmpty();
    $(el, '.view-toggle button:last-child').focus(); // something else: the list view's button
    await el.updateComplete;
    expect(error(), 'focus left the form').to.equal(false);

    await tryEmpty();
    el.state = { people: [{ id: 'a', name: 'Ana', relationship: 'friend', ring: 1 }], snapshots: [] };
    await el.updateComplete;
    expect(error(), 'the circle changed').to.equal(false);

    // the editor: its message goes once a name is typed again
    el.shadowRoot!.querySelector<SVGGElement>('g.person')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    const editName = dialog.querySelector<HTMLInputElement>('[name="name"]')!;
    editName.value = '';
    dialog.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(shown(el, '#edit-error'), "the editor's message").to.equal(true);
    editName.focus();
    await typeText('Ana');
    await el.updateComplete;
    expect(shown(el, '#edit-error'), 'a name is typed in the editor').to.equal(false);
    dialog.close();
  });

  it('the timeline: "pick a mood" clears when the person goes on to something else; the event message when the title is written', async () => {
    await setViewport({ width: 390, height: 900 });
    const wrap = await mountHtml(`<ipt-mood-timeline persist="none" storage-key="${key('msg')}"></ipt-mood-timeline>`);
    const el = wrap.firstElementChild as Kit;
    $<HTMLButtonElement>(el, 'form.checkin button[type="submit"]').focus();
    $<HTMLFormElement>(el, 'form.checkin').requestSubmit();
    await el.updateComplete;
    expect(shown(el, 'form.checkin .error'), 'the check-in message').to.equal(true);
    $(el, '.add-event').focus();
    $(el, '.add-event').click();
    await el.updateComplete;
    expect(shown(el, 'form.checkin .error'), 'gone once the person moved on').to.equal(false);

    await frames(1);
    $<HTMLFormElement>(el, 'form.event-form').requestSubmit();
    await el.updateComplete;
    expect(shown(el, 'form.event-form .error'), 'the event message').to.equal(true);
    $<HTMLInputElement>(el, '#event-title').focus();
    await typeText('Lunch');
    await el.updateComplete;
    expect(shown(el, 'form.event-form .error'), 'gone once the title is written').to.equal(false);
  });

  it('bare elements on a plain page keep --ipt-outer-space between them and the page text; 0 lets the host lay them out', async () => {
    await setViewport({ width: 1280, height: 900 });
    const wrap = await mountHtml(`<p>Page text</p><ipt-mood-timeline persist="none" storage-key="${key('gap')}"></ipt-mood-timeline><ipt-problem-area-picker persist="none" storage-key="${key('gap')}"></ipt-problem-area-picker><p>More text</p>`);
    const [p1, timeline, picker, p2] = [...wrap.children].map((c) => c.getBoundingClientRect());
    expect(timeline.top - p1.bottom, 'text to element').to.be.at.least(20);
    expect(picker.top - timeline.bottom, 'element to element').to.be.at.least(20);
    expect(p2.top - picker.bottom, 'element to text').to.be.at.least(20);
    wrap.style.setProperty('--ipt-outer-space', '0');
    await frames(1);
    const [, t2, k2] = [...wrap.children].map((c) => c.getBoundingClientRect());
    expect(k2.top - t2.bottom, 'host lays them out').to.equal(0);
  });
});
