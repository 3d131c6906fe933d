/** Every word `<ipt-formulation>` shows in Spanish (neutral Latin-American, tú): its own chunk, loaded only when a page speaks Spanish (core/i18n.ts). */
import type { FormulationStringKey } from './strings.js';
export { esTerms } from '../problem-area-picker/terms.es.js';

const es: Record<FormulationStringKey, string> = {
  'formulation.heading': 'Cómo encaja todo',
  'formulation.ro.heading': 'Formulación interpersonal',
  'formulation.intro':
    'Aquí tú y tu terapeuta ponen en palabras cómo tu ánimo bajo se relaciona con lo que pasaba en tu vida y en tus relaciones, y en qué van a trabajar las sesiones.',

  'formulation.card.heading.clinical': 'Qué es la depresión',
  'formulation.card.heading.lay': 'Sobre el ánimo bajo',
  'formulation.card.heading.adolescent': 'Sobre la depresión',
  'formulation.card.body.clinical': 'La depresión es una enfermedad común y tiene tratamiento. No es una debilidad ni es tu culpa.',
  'formulation.card.body.lay': 'Sentirte así de bajo es común y mejora con ayuda. No es una debilidad ni es tu culpa.',
  'formulation.card.body.adolescent': 'La depresión es común en la gente joven y mejora con ayuda. No es una debilidad ni es tu culpa.',
  'formulation.card.role.clinical':
    'Mientras te recuperas, está bien hacer menos de lo habitual, como con cualquier enfermedad, y dejar que otros te ayuden, mientras participas en tu mejoría.',
  'formulation.card.role.lay': 'Mientras te recuperas, está bien hacer menos de lo habitual y dejar que otros te ayuden.',
  'formulation.card.role.adolescent': 'Mientras mejoras, está bien hacer un poco menos de lo habitual, en la escuela o en casa, y dejar que te ayuden.',

  'formulation.onset.legend': '¿Cuándo empezó el ánimo bajo?',
  'formulation.onset.help': 'Una fecha, o un periodo con tus palabras ("la primavera pasada"). Con una de las dos basta.',
  'formulation.onset.date': 'Fecha',
  'formulation.onset.period': 'O un periodo',
  'formulation.onset.timeline': 'Tu línea del ánimo marca el inicio el {date}.',
  'formulation.onset.useTimeline': 'Usar esta fecha',
  'formulation.onset.fromTimeline': 'De tu línea del ánimo: {date}.',
  'formulation.onset.none': 'Todavía sin fecha.',

  'formulation.then.legend': '¿Qué pasaba entonces?',
  'formulation.then.help': 'Elige de tu línea del ánimo y de tu círculo: no hace falta escribirlo otra vez.',
  'formulation.events.legend': 'Acontecimientos de tu línea del ánimo',
  'formulation.events.none': 'Tu línea del ánimo todavía no tiene acontecimientos.',
  'formulation.people.legend': 'Personas de tu círculo',
  'formulation.people.none': 'Tu círculo todavía no tiene personas.',
  'formulation.noWorkbook': 'Dentro de un cuaderno, aquí aparecen para elegir los acontecimientos de tu línea del ánimo y las personas de tu círculo.',
  'formulation.missing': '(ya no está en tu cuaderno)',

  'formulation.focus.legend': 'Enfoque',
  'formulation.focus.primary': '{area} (enfoque principal)',
  'formulation.focus.none': 'Todavía no hay enfoque: elige uno en las áreas de problema.',

  'formulation.statement.legend': 'La formulación',
  'formulation.statement.draft': 'Un borrador a partir de lo que elegiste. Edítalo hasta que lo diga bien.',
  'formulation.statement.label': 'El texto de la formulación',
  'formulation.statement.edited': 'Editaste este texto. El borrador a partir de lo que elegiste ahora dice:',
  'formulation.statement.useDraft': 'Usar el borrador',
  'formulation.statement.empty': 'Elige el inicio, lo que pasaba y un enfoque, y aquí aparece un borrador.',

  'formulation.draft.began.clinical': 'Tu depresión empezó alrededor de {when}.',
  'formulation.draft.began.lay': 'Tu ánimo bajo empezó alrededor de {when}.',
  'formulation.draft.began.adolescent': 'Empezaste a sentirte mal alrededor de {when}.',
  'formulation.draft.events': 'En ese tiempo: {events}.',
  'formulation.draft.people': 'Las personas más involucradas: {people}.',
  'formulation.draft.linked': 'Parece relacionado con {area}.',
  'formulation.draft.work': 'En nuestras sesiones vamos a trabajar en {work}.',
  'formulation.work.grief': 'vivir el duelo por esta pérdida y volver a encontrar intereses y personas',
  'formulation.work.role-dispute': 'el desacuerdo: qué espera cada uno y nuevas formas de hablarlo',
  'formulation.work.role-transition': 'este cambio: lo que te quitó, lo que te ofrece y el apoyo y las habilidades que pide el nuevo papel',
  'formulation.work.interpersonal-deficits': 'sentirte más cerca de la gente y menos solo',

  'formulation.own.label': 'Con mis palabras',
  'formulation.own.help': 'Cómo lo dirías tú. Solo tú cambias esto.',

  'formulation.agree.legend': '¿Te parece que encaja?',
  'formulation.agree.fits': 'Sí, encaja',
  'formulation.agree.change': 'Cambiaría algo',
  'formulation.agree.changeLabel': 'Lo que cambiaría',
  'formulation.agree.saidFits': 'De acuerdo el {date}: encaja.',
  'formulation.agree.saidChange': 'El {date}: cambiaría algo.',
  'formulation.agree.undo': 'Responder otra vez',
  'formulation.ro.none': 'Todavía no hay nada escrito.',
  'formulation.ro.own': 'Con las palabras de la persona',
  'formulation.ro.agreement': 'Acuerdo',
  'formulation.ro.notYet': 'Todavía sin acuerdo.',
  'formulation.ro.onset': 'Cuándo empezó el ánimo bajo',
  'formulation.ro.then': 'Qué pasaba en ese momento',
  'formulation.ro.events': 'Acontecimientos de su línea del ánimo',
  'formulation.ro.people': 'Personas de su círculo',
  'formulation.ro.missing': '(ya no está en su cuaderno)',
  'formulation.ro.focusNone': 'Todavía no hay enfoque.',
  'formulation.ro.saidChange': 'El {date}: la persona cambiaría algo.',
};

export default es;
