/**
 * IPT's own words that more than one element uses: written once, pure data.
 *
 * The dispute stages are named and explained here and nowhere else: the circle records a
 * stage per person, the picker one per dispute, and both show these same words, so a
 * client never meets one stage under two names in the same workbook.
 */

/**
 * The stages a role dispute moves through (Weissman, Markowitz & Klerman): both still
 * negotiating, talking has stopped, the relationship may be irretrievable. An impasse can
 * go either way, and the manual sets no outcome the client should reach, so no help text
 * here tells the client what to do.
 */
export const DISPUTE_STAGES = ['renegotiation', 'impasse', 'dissolution'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** The wordings programs choose between (see the picker's `terms`); the circle speaks `lay`. */
export type StageWording = 'clinical' | 'lay' | 'adolescent';

/** The catalog key of a stage's name in a wording. */
export function stageLabelKey(stage: DisputeStage, wording: StageWording = 'lay'): string {
  return `core.stage.${wording}.${stage}`;
}

/** The catalog key of a stage's one-line explanation in a wording. */
export function stageHelpKey(stage: DisputeStage, wording: StageWording = 'lay'): string {
  return `core.stage.${wording}.${stage}.help`;
}

export type StageText = Record<DisputeStage, { name: string; help: string }>;

const EN_HELP = {
  renegotiation: 'You both know you disagree, and you are still talking about it and trying to sort it out.',
  impasse: 'You have stopped talking about it. Things feel stuck, and there may be silence or resentment.',
  dissolution: 'It may feel beyond repair. Your therapist can help you think through what you want to happen.',
};

/** English; other languages sit beside it (`vocabulary.es.ts`), loaded with the core's catalog. */
const STAGES: Record<'en', Record<StageWording, StageText>> = {
  en: {
    clinical: {
      renegotiation: { name: 'Renegotiation', help: EN_HELP.renegotiation },
      impasse: { name: 'Impasse', help: EN_HELP.impasse },
      dissolution: { name: 'Dissolution', help: EN_HELP.dissolution },
    },
    lay: {
      renegotiation: { name: 'Still talking it through', help: EN_HELP.renegotiation },
      impasse: { name: 'Stuck', help: EN_HELP.impasse },
      dissolution: { name: 'Feels beyond repair', help: EN_HELP.dissolution },
    },
    adolescent: {
      renegotiation: { name: 'Still talking it through', help: 'You both know you disagree, and you are still talking about it.' },
      impasse: { name: 'Stuck', help: 'You have stopped talking about it, and things feel stuck.' },
      dissolution: {
        name: 'Feels like it can’t be fixed',
        help: 'It may feel like it can’t be fixed. Your therapist can help you think through what you want to happen.',
      },
    },
  },
};

/** The stage words as flat catalog entries (`core.stage.<wording>.<stage>[.help]`), merged into the core's strings. */
export function stageStrings(language: Record<StageWording, StageText> = STAGES.en): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [wording, stages] of Object.entries(language) as [StageWording, StageText][]) {
    for (const stage of DISPUTE_STAGES) {
      out[stageLabelKey(stage, wording)] = stages[stage].name;
      out[stageHelpKey(stage, wording)] = stages[stage].help;
    }
  }
  return out;
}
