/** The dispute stages' words in Spanish (see vocabulary.ts): loaded with the core's Spanish catalog. */
import type { StageText, StageWording } from './vocabulary.js';

const ES_HELP = {
  renegotiation: 'Los dos saben que no están de acuerdo, y todavía lo hablan y tratan de arreglarlo.',
  impasse: 'Dejaron de hablarlo. La situación parece congelada y puede haber silencio o resentimiento.',
  dissolution: 'Puede sentirse sin arreglo. Tu terapeuta puede ayudarte a pensar qué quieres que pase.',
};

export const esStages: Record<StageWording, StageText> = {
  clinical: {
    renegotiation: { name: 'Renegociación', help: ES_HELP.renegotiation },
    impasse: { name: 'Estancamiento', help: ES_HELP.impasse },
    dissolution: { name: 'Disolución', help: ES_HELP.dissolution },
  },
  lay: {
    renegotiation: { name: 'Todavía lo estamos hablando', help: ES_HELP.renegotiation },
    impasse: { name: 'Estancado', help: ES_HELP.impasse },
    dissolution: { name: 'Parece no tener arreglo', help: ES_HELP.dissolution },
  },
  adolescent: {
    renegotiation: { name: 'Todavía lo estamos hablando', help: 'Los dos saben que no están de acuerdo y todavía lo hablan.' },
    impasse: { name: 'Estancado', help: 'Dejaron de hablarlo y la situación parece congelada.' },
    dissolution: {
      name: 'Parece que no tiene arreglo',
      help: 'Puede parecer que no tiene arreglo. Tu terapeuta puede ayudarte a pensar qué quieres que pase.',
    },
  },
};
