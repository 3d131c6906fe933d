/**
 * Every user-visible string of `<ipt-formulation>`, English and Spanish (neutral
 * Latin-American, tú). The area names are the picker's (`picker.terms.*`, from its
 * `terms.ts`), so both elements always name the focus alike.
 * Keys ending in `.clinical`, `.lay` and `.adolescent` follow the `terms` attribute.
 */
import { flattenTerms, terms } from '../problem-area-picker/terms.js';
import { esTerms } from '../problem-area-picker/terms.es.js';

const en = {
  'formulation.heading': 'How it fits together',
  'formulation.ro.heading': 'Interpersonal formulation',
  'formulation.intro':
    'Here you and your therapist put into words how your low mood is linked to what was happening in your life and relationships, and what your sessions will work on.',

  'formulation.card.heading.clinical': 'What depression is',
  'formulation.card.heading.lay': 'About low mood',
  'formulation.card.heading.adolescent': 'About depression',
  'formulation.card.body.clinical':
    'Depression is a common illness, and it can be treated. It is not a weakness and it is not your fault.',
  'formulation.card.body.lay': 'Feeling low like this is common, and it gets better with help. It is not a weakness and it is not your fault.',
  'formulation.card.body.adolescent': 'Depression is common in young people, and it gets better with help. It is not a weakness and it is not your fault.',
  'formulation.card.role.clinical':
    'While you recover, it is fine to do less than usual, as with any illness, and to let others help, while you take part in getting better.',
  'formulation.card.role.lay': 'While you recover, it is OK to do less than usual and to let others help.',
  'formulation.card.role.adolescent': 'While you get better, it is OK to do a bit less than usual, at school or at home, and to let people help.',

  'formulation.onset.legend': 'When did the low mood begin?',
  'formulation.onset.help': 'A date, or a period in your own words ("last spring"). Either is enough.',
  'formulation.onset.date': 'Date',
  'formulation.onset.period': 'Or a period',
  'formulation.onset.timeline': 'Your mood timeline marks the start on {date}.',
  'formulation.onset.useTimeline': 'Use this date',
  'formulation.onset.fromTimeline': 'From your mood timeline: {date}.',
  'formulation.onset.none': 'Not set yet.',

  'formulation.then.legend': 'What was happening then?',
  'formulation.then.help': 'Choose from your mood timeline and your circle: nothing to type again.',
  'formulation.events.legend': 'Events from your timeline',
  'formulation.events.none': 'Your timeline has no events yet.',
  'formulation.people.legend': 'People from your circle',
  'formulation.people.none': 'Your circle has no people yet.',
  'formulation.noWorkbook': 'Inside a workbook, the events of your mood timeline and the people of your circle appear here to choose from.',
  'formulation.missing': '(no longer in your workbook)',

  'formulation.focus.legend': 'Focus',
  'formulation.focus.primary': '{area} (main focus)',
  'formulation.focus.none': 'No focus chosen yet: choose one in the problem areas.',

  'formulation.statement.legend': 'The formulation',
  'formulation.statement.draft': 'A draft from what you chose. Edit it until it says it well.',
  'formulation.statement.label': 'The formulation statement',
  'formulation.statement.edited': 'You edited this statement. The draft from what you chose now reads:',
  'formulation.statement.useDraft': 'Use the draft instead',
  'formulation.statement.empty': 'Choose the start, what was happening and a focus, and a draft appears here.',

  'formulation.draft.began.clinical': 'Your depression began around {when}.',
  'formulation.draft.began.lay': 'Your low mood began around {when}.',
  'formulation.draft.began.adolescent': 'You started feeling down around {when}.',
  'formulation.draft.events': 'Around then: {events}.',
  'formulation.draft.people': 'The people most involved: {people}.',
  'formulation.draft.linked': 'It seems linked to {area}.',
  'formulation.draft.work': 'In our sessions we will work on {work}.',
  'formulation.work.grief': 'mourning this loss, and finding interests and people again',
  'formulation.work.role-dispute': 'the disagreement: what each of you expects, and new ways to talk about it',
  'formulation.work.role-transition': 'this change: what it took away, what it offers, and the support and skills the new role needs',
  'formulation.work.interpersonal-deficits': 'feeling closer to people and less alone',

  'formulation.own.label': 'In my own words',
  'formulation.own.help': 'How you would say it yourself. Only you change this.',

  'formulation.agree.legend': 'Does this fit?',
  'formulation.agree.fits': 'This fits',
  'formulation.agree.change': 'I would change something',
  'formulation.agree.changeLabel': 'What I would change',
  'formulation.agree.saidFits': 'Agreed on {date}: this fits.',
  'formulation.agree.saidChange': 'On {date}: I would change something.',
  'formulation.agree.undo': 'Answer again',
  'formulation.ro.none': 'Nothing written yet.',
  'formulation.ro.own': 'In the client’s words',
  'formulation.ro.agreement': 'Agreement',
  'formulation.ro.notYet': 'Not agreed yet.',
  'formulation.ro.onset': 'When the low mood began',
  'formulation.ro.then': 'What was happening at the time',
  'formulation.ro.events': 'Events from their timeline',
  'formulation.ro.people': 'People from their circle',
  'formulation.ro.missing': '(no longer in their workbook)',
  'formulation.ro.focusNone': 'No focus chosen yet.',
  'formulation.ro.saidChange': 'On {date}: they would change something.',
};

const es: Record<keyof typeof en, string> = {
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

export const strings = {
  en: { ...en, ...flattenTerms(terms.en) } as Record<string, string>,
  es: { ...es, ...flattenTerms(esTerms) } as Record<string, string>,
};
