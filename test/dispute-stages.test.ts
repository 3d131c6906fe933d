// One vocabulary for the dispute stages: the circle and the picker show the same names and
// help for renegotiation, impasse and dissolution, from one place (core/vocabulary.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/social-circle/social-circle.js';
import '../src/problem-area-picker/problem-area-picker.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import { registerStrings, translate } from '../src/core/i18n.js';
import { DISPUTE_STAGES, stageHelpKey, stageLabelKey, type DisputeStage } from '../src/core/vocabulary.js';

let n = 0;
const key = () => `stages-${Date.now()}-${n++}`;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mountBoth(lang: string): Promise<{ circle: IptSocialCircle; picker: IptProblemAreaPicker }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<div lang="${lang}">
    <ipt-social-circle persist="none" storage-key="${key()}"></ipt-social-circle>
    <ipt-problem-area-picker persist="none" storage-key="${key()}"></ipt-problem-area-picker>
  </div>`;
  const circle = wrap.querySelector('ipt-social-circle')!;
  const picker = wrap.querySelector('ipt-problem-area-picker')!;
  await Promise.all([circle.ready, picker.ready]);
  circle.state = { people: [{ id: 'a', name: 'Ana', relationship: 'family', ring: 1 }], snapshots: [] };
  picker.state = { ratings: {}, selected: [{ area: 'role-dispute', primary: true, details: {}, goals: [] }] };
  await Promise.all([circle.updateComplete, picker.updateComplete]);
  // The circle's editor holds its stage choice.
  circle.shadowRoot!.querySelector<SVGGElement>('g.person[data-id="a"]')!.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
  await circle.updateComplete;
  return { circle, picker };
}

/** What each element shows for a stage: its name and its help. */
function circleStage(circle: IptSocialCircle, stage: DisputeStage): [string, string] {
  const input = circle.shadowRoot!.querySelector(`dialog [name="disputeStage"][value="${stage}"]`)!;
  const label = input.closest('label')!;
  return [text(label.querySelector('strong')), text(label.querySelector('.hint'))];
}

function pickerStage(picker: IptProblemAreaPicker, stage: DisputeStage): [string, string] {
  const input = picker.shadowRoot!.querySelector(`input[name="stage-role-dispute"][value="${stage}"]`)!;
  const help = picker.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);
  return [text(input.closest('label')), text(help)];
}

afterEach(() => document.body.replaceChildren());

describe('dispute stages: one vocabulary', () => {
  for (const lang of ['en', 'es']) {
    it(`the circle and the picker show the same names and help (${lang})`, async () => {
      const { circle, picker } = await mountBoth(lang);
      for (const stage of DISPUTE_STAGES) {
        const shown = circleStage(circle, stage);
        expect(shown[0], stage).to.not.equal('');
        expect(shown[1], stage).to.not.equal('');
        expect(pickerStage(picker, stage), stage).to.deep.equal(shown);
        expect(shown).to.deep.equal([translate(lang, stageLabelKey(stage)), translate(lang, stageHelpKey(stage))]);
      }
    });
  }

  it('changing the one source changes both elements', async () => {
    const { circle, picker } = await mountBoth('en-x-stages');
    registerStrings({
      'en-x-stages': { 'core.stage.lay.impasse': 'Frozen', 'core.stage.lay.impasse.help': 'Nobody is talking about it.' },
    });
    circle.requestUpdate();
    picker.requestUpdate();
    await Promise.all([circle.updateComplete, picker.updateComplete]);
    expect(circleStage(circle, 'impasse')).to.deep.equal(['Frozen', 'Nobody is talking about it.']);
    expect(pickerStage(picker, 'impasse')).to.deep.equal(['Frozen', 'Nobody is talking about it.']);
  });

  it('never tells the client what to do about a dissolving relationship, in any wording or language', () => {
    for (const lang of ['en', 'es']) {
      for (const wording of ['clinical', 'lay', 'adolescent'] as const) {
        const help = translate(lang, stageHelpKey('dissolution', wording));
        expect(help, `${lang} ${wording}`).to.match(lang === 'en' ? /your therapist can help you think through what you want/i : /tu terapeuta puede ayudarte a pensar qué quieres/i);
        expect(help, `${lang} ${wording}`).to.not.match(/move on|grieve|seguir adelante|hacer el duelo|end the relationship|terminar la relación/i);
      }
    }
  });
});
