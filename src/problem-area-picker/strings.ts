/**
 * Every user-visible string of `<ipt-problem-area-picker>`, English and Spanish.
 * The area names, descriptions, examples and dispute-stage names come from `terms.ts`
 * in the three wordings; `{area}` placeholders receive the area name in the wording shown.
 * Plural forms are `key.one` / `key.other`, chosen by the `count` parameter.
 */
import { flattenTerms } from './terms.js';

const en = {
  'picker.heading': 'What would you like to work on?',
  'picker.intro':
    'People often work on one of these four areas. Read each one and say how much it sounds like you. Then choose what you would like to focus on.',
  'picker.examples': 'For example:',

  'picker.rating.legend': 'How much does this sound like you?',
  'picker.rating.not-at-all': 'Not at all',
  'picker.rating.a-little': 'A little',
  'picker.rating.a-lot': 'A lot',

  'picker.choose.legend.one': 'Choose the area you want to focus on (up to {count})',
  'picker.choose.legend.other': 'Choose the areas you want to focus on (up to {count})',
  'picker.choose.label': 'Focus on {area}',
  'picker.choose.count': '{count} of {max} chosen',
  'picker.choose.max.one': 'You can choose {count} area. To choose this one, first unselect the other.',
  'picker.choose.max.other': 'You can choose up to {count} areas. To choose this one, first unselect another.',
  'picker.choose.none': 'Nothing chosen yet. You can decide with your therapist.',

  'picker.primary.legend': 'Which one matters most right now?',
  'picker.primary.help': 'Your main focus is where you will start.',
  'picker.primary.badge': 'Main focus',

  'picker.deficits-note':
    'Most people choose “{area}” as their focus when the other areas don’t quite fit. It is fine to keep it: it is something to talk over with your therapist.',

  'picker.suggest.heading': 'Suggestions from your workbook',
  'picker.suggest.note': 'These are only suggestions, from what you have written. You decide what to choose.',
  'picker.suggest.badge': 'Suggested',
  'picker.suggest.grief': 'Because you added {name}, who has died.',
  'picker.suggest.grief-more.one': 'Because you added {name} and {count} other person who have died.',
  'picker.suggest.grief-more.other': 'Because you added {name} and {count} other people who have died.',
  'picker.suggest.dispute': 'Because you noted conflict with {name}.',
  'picker.suggest.dispute-more.one': 'Because you noted conflict with {name} and {count} other person.',
  'picker.suggest.dispute-more.other': 'Because you noted conflict with {name} and {count} other people.',
  'picker.suggest.transition': 'Because you noted a change in your life: “{title}”.',
  'picker.suggest.transition-more.one': 'Because you noted changes in your life, like “{title}” and {count} more.',
  'picker.suggest.transition-more.other': 'Because you noted changes in your life, like “{title}” and {count} more.',
  'picker.suggest.deficits': 'Because there is no one in the two closest rings of your circle yet.',

  'picker.details.heading': 'About “{area}”',
  'picker.details.help': 'Everything here is optional. Write in your own words.',
  'picker.details.person.grief': 'Who died?',
  'picker.details.person.role-dispute': 'Who is the disagreement with?',
  'picker.details.person.choose': 'Choose someone from your circle',
  'picker.details.person.typed': 'Someone else (type the name below)',
  'picker.details.personName': 'Name',
  'picker.details.when.grief': 'When did they die?',
  'picker.details.when.role-transition': 'When did this change happen?',
  'picker.details.hardest': 'What is hardest now?',
  'picker.details.stage': 'Where do things stand between you?',
  'picker.details.stage.none': 'Not sure',
  'picker.details.stage.renegotiation.help': 'You both still talk about it and are trying to sort it out.',
  'picker.details.stage.impasse.help': 'You have stopped talking about it; there may be silence or resentment.',
  'picker.details.stage.dissolution.help':
    'The relationship feels beyond repair; the work now is to grieve it and move on.',
  'picker.details.myExpectations': 'What do you expect from them?',
  'picker.details.theirExpectations': 'What do you think they expect from you?',
  'picker.details.fromRole': 'Before the change, I was…',
  'picker.details.toRole': 'Now, I am…',
  'picker.details.lost': 'What have you lost, or what do you miss?',
  'picker.details.gained': 'What might you gain?',
  'picker.details.connectionHard': 'What makes it hard to feel close to people?',
  'picker.details.closerTo': 'Who would you like to be closer to?',

  'picker.goals.legend': 'Your goals for “{area}” (up to {count})',
  'picker.goals.none': 'No goals yet.',
  'picker.goals.goal': 'Goal {count}',
  'picker.goals.new': 'A new goal',
  'picker.goals.add': 'Add goal',
  'picker.goals.done': 'Done',
  'picker.goals.remove': 'Remove',
  'picker.goals.remove-label': 'Remove goal: {text}',
  'picker.goals.full': 'You have {count} goals here. Remove one to add another.',
  'picker.goals.empty': 'Write your goal first.',

  'picker.announce.area-select': '“{area}” chosen.',
  'picker.announce.area-deselect': '“{area}” no longer chosen.',
  'picker.announce.area-primary': '“{area}” is now your main focus.',
  'picker.announce.goal-add': 'Goal added.',
  'picker.announce.goal-remove': 'Goal removed.',

  'picker.required': 'Please choose at least one area to focus on.',

  'picker.undo.deselect': 'What you wrote about “{area}” was removed with it.',
  'picker.chosen': 'Chosen',
  'picker.rating.none': 'Not answered yet',
  'picker.readonly.rating': 'How much it sounds like you: {rating}',
  'picker.goals.done-mark': '(done)',
  'picker.details.nothing': 'Nothing written yet.',
} as const;

export type PickerStringKey = keyof typeof en;

const es: Record<PickerStringKey, string> = {
  'picker.heading': '¿En qué te gustaría trabajar?',
  'picker.intro':
    'Muchas personas trabajan en una de estas cuatro áreas. Lee cada una y di cuánto se parece a lo que vives. Después elige en qué te gustaría centrarte.',
  'picker.examples': 'Por ejemplo:',

  'picker.rating.legend': '¿Cuánto se parece a lo que vives?',
  'picker.rating.not-at-all': 'Nada',
  'picker.rating.a-little': 'Un poco',
  'picker.rating.a-lot': 'Mucho',

  'picker.choose.legend.one': 'Elige el área en la que quieres centrarte (hasta {count})',
  'picker.choose.legend.other': 'Elige las áreas en las que quieres centrarte (hasta {count})',
  'picker.choose.label': 'Centrarme en {area}',
  'picker.choose.count': '{count} de {max} elegidas',
  'picker.choose.max.one': 'Puedes elegir {count} área. Para elegir esta, primero quita la otra.',
  'picker.choose.max.other': 'Puedes elegir hasta {count} áreas. Para elegir esta, primero quita otra.',
  'picker.choose.none': 'Todavía no has elegido nada. Puedes decidirlo con tu terapeuta.',

  'picker.primary.legend': '¿Cuál es la más importante ahora?',
  'picker.primary.help': 'Tu foco principal es por donde vas a empezar.',
  'picker.primary.badge': 'Foco principal',

  'picker.deficits-note':
    'La mayoría de las personas elige «{area}» cuando las otras áreas no encajan del todo. Puedes mantenerla: es algo para hablar con tu terapeuta.',

  'picker.suggest.heading': 'Sugerencias a partir de tu cuaderno',
  'picker.suggest.note': 'Son solo sugerencias, a partir de lo que has escrito. Tú decides qué elegir.',
  'picker.suggest.badge': 'Sugerencia',
  'picker.suggest.grief': 'Porque añadiste a {name}, que ha muerto.',
  'picker.suggest.grief-more.one': 'Porque añadiste a {name} y a {count} persona más que han muerto.',
  'picker.suggest.grief-more.other': 'Porque añadiste a {name} y a {count} personas más que han muerto.',
  'picker.suggest.dispute': 'Porque anotaste conflictos con {name}.',
  'picker.suggest.dispute-more.one': 'Porque anotaste conflictos con {name} y con {count} persona más.',
  'picker.suggest.dispute-more.other': 'Porque anotaste conflictos con {name} y con {count} personas más.',
  'picker.suggest.transition': 'Porque anotaste un cambio en tu vida: «{title}».',
  'picker.suggest.transition-more.one': 'Porque anotaste cambios en tu vida, como «{title}» y {count} más.',
  'picker.suggest.transition-more.other': 'Porque anotaste cambios en tu vida, como «{title}» y {count} más.',
  'picker.suggest.deficits': 'Porque todavía no hay nadie en los dos círculos más cercanos.',

  'picker.details.heading': 'Sobre «{area}»',
  'picker.details.help': 'Todo es opcional. Escribe con tus propias palabras.',
  'picker.details.person.grief': '¿Quién murió?',
  'picker.details.person.role-dispute': '¿Con quién es el desacuerdo?',
  'picker.details.person.choose': 'Elige a alguien de tu círculo',
  'picker.details.person.typed': 'Otra persona (escribe el nombre abajo)',
  'picker.details.personName': 'Nombre',
  'picker.details.when.grief': '¿Cuándo murió?',
  'picker.details.when.role-transition': '¿Cuándo ocurrió este cambio?',
  'picker.details.hardest': '¿Qué es lo más difícil ahora?',
  'picker.details.stage': '¿Cómo están las cosas entre ustedes?',
  'picker.details.stage.none': 'No lo sé',
  'picker.details.stage.renegotiation.help': 'Todavía hablan de ello y tratan de arreglarlo.',
  'picker.details.stage.impasse.help': 'Ya no hablan de ello; puede haber silencio o resentimiento.',
  'picker.details.stage.dissolution.help':
    'La relación parece no tener arreglo; ahora se trata de hacer el duelo y seguir adelante.',
  'picker.details.myExpectations': '¿Qué esperas de esa persona?',
  'picker.details.theirExpectations': '¿Qué crees que espera de ti?',
  'picker.details.fromRole': 'Antes del cambio, yo era…',
  'picker.details.toRole': 'Ahora, soy…',
  'picker.details.lost': '¿Qué has perdido o qué echas de menos?',
  'picker.details.gained': '¿Qué podrías ganar?',
  'picker.details.connectionHard': '¿Qué te dificulta sentirte cerca de la gente?',
  'picker.details.closerTo': '¿De quién te gustaría estar más cerca?',

  'picker.goals.legend': 'Tus objetivos para «{area}» (hasta {count})',
  'picker.goals.none': 'Todavía no hay objetivos.',
  'picker.goals.goal': 'Objetivo {count}',
  'picker.goals.new': 'Un objetivo nuevo',
  'picker.goals.add': 'Añadir objetivo',
  'picker.goals.done': 'Hecho',
  'picker.goals.remove': 'Quitar',
  'picker.goals.remove-label': 'Quitar objetivo: {text}',
  'picker.goals.full': 'Ya tienes {count} objetivos aquí. Quita uno para añadir otro.',
  'picker.goals.empty': 'Escribe primero tu objetivo.',

  'picker.announce.area-select': '«{area}» elegida.',
  'picker.announce.area-deselect': '«{area}» ya no está elegida.',
  'picker.announce.area-primary': '«{area}» es ahora tu foco principal.',
  'picker.announce.goal-add': 'Objetivo añadido.',
  'picker.announce.goal-remove': 'Objetivo quitado.',

  'picker.required': 'Elige al menos un área en la que centrarte.',

  'picker.undo.deselect': 'Lo que escribiste sobre «{area}» se quitó con ella.',
  'picker.chosen': 'Elegida',
  'picker.rating.none': 'Sin responder todavía',
  'picker.readonly.rating': 'Cuánto se parece a lo que vives: {rating}',
  'picker.goals.done-mark': '(hecho)',
  'picker.details.nothing': 'Todavía no hay nada escrito.',
};

export const strings = {
  en: { ...en, ...flattenTerms('en') } as Record<string, string>,
  es: { ...es, ...flattenTerms('es') } as Record<string, string>,
};
