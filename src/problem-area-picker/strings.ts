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
    'IPT usually works on one of these four areas, at most two. Think about what was happening in your life around the time your low mood started or got worse. Read each area and say how much it sounds like you, then choose what you would like to focus on. Your therapist will go through this with you.',
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
    'In IPT, “{area}” is usually the focus only when none of the other areas fits. Talk this over with your therapist.',

  'picker.suggest.heading': 'Questions from your workbook',
  'picker.suggest.note': 'These questions come from what you have written in your workbook. Only you and your therapist can say what fits.',
  'picker.suggest.badge': 'Suggested',
  'picker.suggest.grief': 'You added {name}, who died in the last two years. Could losing them be linked to how you have been feeling?',
  'picker.suggest.grief-more.one':
    'You added {name} and {count} other person who died in the last two years. Could these losses be linked to how you have been feeling?',
  'picker.suggest.grief-more.other':
    'You added {name} and {count} other people who died in the last two years. Could these losses be linked to how you have been feeling?',
  'picker.suggest.grief-onset': 'Your low mood started after {name} died. Could losing them be part of it?',
  'picker.suggest.grief-onset-more.one': 'Your low mood started after {name} and {count} other person died. Could these losses be part of it?',
  'picker.suggest.grief-onset-more.other': 'Your low mood started after {name} and {count} other people died. Could these losses be part of it?',
  'picker.suggest.grief-said':
    'You said this sounds like you, and you added {name}, who has died. Is losing them something to talk over with your therapist?',
  'picker.suggest.grief-said-more.one':
    'You said this sounds like you, and you added {name} and {count} other person who have died. Are these losses something to talk over with your therapist?',
  'picker.suggest.grief-said-more.other':
    'You said this sounds like you, and you added {name} and {count} other people who have died. Are these losses something to talk over with your therapist?',
  'picker.suggest.dispute': 'You noted conflict with {name}. Could the disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-more.one':
    'You noted conflict with {name} and {count} other person. Could these disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-more.other':
    'You noted conflict with {name} and {count} other people. Could these disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-event': 'You noted “{title}”. Could a disagreement be linked to how you have been feeling?',
  'picker.suggest.dispute-event-more.one':
    'You noted “{title}” and {count} more conflict. Could disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-event-more.other':
    'You noted “{title}” and {count} more conflicts. Could disagreements be linked to how you have been feeling?',
  'picker.suggest.transition': 'You noted a change in your life: “{title}”. Could it be linked to how you have been feeling?',
  'picker.suggest.transition-more.one':
    'You noted changes in your life, like “{title}” and {count} more. Could they be linked to how you have been feeling?',
  'picker.suggest.transition-more.other':
    'You noted changes in your life, like “{title}” and {count} more. Could they be linked to how you have been feeling?',
  'picker.suggest.transition-onset': 'Around the time your low mood started, you noted “{title}”. Could this change be linked to it?',
  'picker.suggest.transition-onset-more.one':
    'Around the time your low mood started, you noted “{title}” and {count} more change. Could they be linked to it?',
  'picker.suggest.transition-onset-more.other':
    'Around the time your low mood started, you noted “{title}” and {count} more changes. Could they be linked to it?',
  'picker.suggest.deficits':
    'No one is in the two closest rings of your circle yet. Could feeling alone be linked to how you have been feeling?',

  'picker.details.heading': 'About “{area}”',
  'picker.details.help': 'Everything here is optional. Write in your own words.',
  'picker.details.person.grief': 'Who died?',
  'picker.details.person.role-dispute': 'Who is the disagreement with?',
  'picker.details.person.choose': 'Choose someone from your circle',
  'picker.details.person.typed': 'Someone else (type the name below)',
  'picker.details.personName': 'Name',
  'picker.details.when.grief': 'When did they die?',
  'picker.details.when.role-transition': 'When did this change happen?',
  'picker.details.circumstances': 'What happened around the time they died?',
  'picker.details.goodTimes': 'Looking back, what was good about your relationship?',
  'picker.details.hardTimes': 'And what was hard or disappointing?',
  'picker.details.hardest': 'What is hardest now?',
  'picker.details.issues': 'What is the disagreement about?',
  'picker.details.stage': 'Where do things stand between you?',
  'picker.details.stage.none': 'Not sure',
  'picker.details.myExpectations': 'What do you expect from them?',
  'picker.details.theirExpectations': 'What do you think they expect from you?',
  'picker.details.options': 'What could you do? What has stopped you sorting it out so far?',
  'picker.details.fromRole': 'Before the change, I was…',
  'picker.details.toRole': 'Now, I am…',
  'picker.details.lost': 'What have you lost, or what do you miss?',
  'picker.details.gained': 'What might you gain?',
  'picker.details.helpNeeded': 'What support or skills would help you in your new situation?',
  'picker.details.pastRelationships': 'Think of relationships you have had: what went well, and why?',
  'picker.details.connectionHard': 'What makes it hard to feel close to people?',
  'picker.details.closerTo': 'Who would you like to be closer to?',

  'picker.goals.legend': 'Your goals for “{area}” (up to {count})',
  'picker.goals.none': 'No goals yet.',
  'picker.goals.ideas': 'Some goals you could use or change:',
  'picker.goals.ideas.grief.1': 'Talk about them, and about what happened, with someone I trust',
  'picker.goals.ideas.grief.2': 'Look back on our relationship, the good and the hard',
  'picker.goals.ideas.grief.3': 'Take up again one thing I used to enjoy',
  'picker.goals.ideas.role-dispute.1': 'Work out what I want from this relationship',
  'picker.goals.ideas.role-dispute.2': 'Say calmly what I need, and listen to what they need',
  'picker.goals.ideas.role-dispute.3': 'Find one thing we can agree on',
  'picker.goals.ideas.role-transition.1': 'Let myself miss what I have lost',
  'picker.goals.ideas.role-transition.2': 'Find one good thing about my new situation',
  'picker.goals.ideas.role-transition.3': 'Find people who can help me with the new role',
  'picker.goals.ideas.interpersonal-deficits.1': 'Get back in touch with one person I have lost touch with',
  'picker.goals.ideas.interpersonal-deficits.2': 'Try one group or activity where I can meet people',
  'picker.goals.ideas.interpersonal-deficits.3': 'Notice what goes well when I talk with someone',
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
    'La TIP suele trabajar en una de estas cuatro áreas, como mucho en dos. Piensa en lo que pasaba en tu vida cuando tu ánimo empezó a bajar o empeoró. Lee cada área y di cuánto se parece a lo que vives; después elige en qué te gustaría centrarte. Tu terapeuta lo va a revisar contigo.',
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
  'picker.choose.none': 'Todavía no elegiste nada. Puedes decidirlo con tu terapeuta.',

  'picker.primary.legend': '¿Cuál es la más importante ahora?',
  'picker.primary.help': 'Tu foco principal es por donde vas a empezar.',
  'picker.primary.badge': 'Foco principal',

  'picker.deficits-note':
    'En la TIP, “{area}” suele ser el foco solo cuando ninguna de las otras áreas encaja. Háblalo con tu terapeuta.',

  'picker.suggest.heading': 'Preguntas a partir de tu cuaderno',
  'picker.suggest.note': 'Estas preguntas salen de lo que escribiste en tu cuaderno. Solo tú y tu terapeuta pueden decir qué encaja.',
  'picker.suggest.badge': 'Sugerencia',
  'picker.suggest.grief': 'Agregaste a {name}, que falleció en los últimos dos años. ¿Podría esa pérdida tener que ver con cómo te has sentido?',
  'picker.suggest.grief-more.one':
    'Agregaste a {name} y a {count} persona más que fallecieron en los últimos dos años. ¿Podrían esas pérdidas tener que ver con cómo te has sentido?',
  'picker.suggest.grief-more.other':
    'Agregaste a {name} y a {count} personas más que fallecieron en los últimos dos años. ¿Podrían esas pérdidas tener que ver con cómo te has sentido?',
  'picker.suggest.grief-onset': 'Tu ánimo empezó a bajar después de que falleció {name}. ¿Podría esa pérdida ser parte de lo que sientes?',
  'picker.suggest.grief-onset-more.one':
    'Tu ánimo empezó a bajar después de que fallecieron {name} y {count} persona más. ¿Podrían esas pérdidas ser parte de lo que sientes?',
  'picker.suggest.grief-onset-more.other':
    'Tu ánimo empezó a bajar después de que fallecieron {name} y {count} personas más. ¿Podrían esas pérdidas ser parte de lo que sientes?',
  'picker.suggest.grief-said':
    'Dijiste que esto se parece a lo que vives, y agregaste a {name}, que falleció. ¿Es esa pérdida algo para hablar con tu terapeuta?',
  'picker.suggest.grief-said-more.one':
    'Dijiste que esto se parece a lo que vives, y agregaste a {name} y a {count} persona más que fallecieron. ¿Son esas pérdidas algo para hablar con tu terapeuta?',
  'picker.suggest.grief-said-more.other':
    'Dijiste que esto se parece a lo que vives, y agregaste a {name} y a {count} personas más que fallecieron. ¿Son esas pérdidas algo para hablar con tu terapeuta?',
  'picker.suggest.dispute': 'Anotaste conflictos con {name}. ¿Podrían esos desacuerdos tener que ver con cómo te has sentido?',
  'picker.suggest.dispute-more.one':
    'Anotaste conflictos con {name} y con {count} persona más. ¿Podrían esos desacuerdos tener que ver con cómo te has sentido?',
  'picker.suggest.dispute-more.other':
    'Anotaste conflictos con {name} y con {count} personas más. ¿Podrían esos desacuerdos tener que ver con cómo te has sentido?',
  'picker.suggest.dispute-event': 'Anotaste “{title}”. ¿Podría un desacuerdo tener que ver con cómo te has sentido?',
  'picker.suggest.dispute-event-more.one':
    'Anotaste “{title}” y {count} conflicto más. ¿Podrían los desacuerdos tener que ver con cómo te has sentido?',
  'picker.suggest.dispute-event-more.other':
    'Anotaste “{title}” y {count} conflictos más. ¿Podrían los desacuerdos tener que ver con cómo te has sentido?',
  'picker.suggest.transition': 'Anotaste un cambio en tu vida: “{title}”. ¿Podría tener que ver con cómo te has sentido?',
  'picker.suggest.transition-more.one':
    'Anotaste cambios en tu vida, como “{title}” y {count} más. ¿Podrían tener que ver con cómo te has sentido?',
  'picker.suggest.transition-more.other':
    'Anotaste cambios en tu vida, como “{title}” y {count} más. ¿Podrían tener que ver con cómo te has sentido?',
  'picker.suggest.transition-onset': 'Cerca de cuando tu ánimo empezó a bajar, anotaste “{title}”. ¿Podría ese cambio tener que ver?',
  'picker.suggest.transition-onset-more.one':
    'Cerca de cuando tu ánimo empezó a bajar, anotaste “{title}” y {count} cambio más. ¿Podrían tener que ver?',
  'picker.suggest.transition-onset-more.other':
    'Cerca de cuando tu ánimo empezó a bajar, anotaste “{title}” y {count} cambios más. ¿Podrían tener que ver?',
  'picker.suggest.deficits':
    'Todavía no hay nadie en los dos anillos más cercanos de tu círculo. ¿Podría sentirte solo o sola tener que ver con cómo te has sentido?',

  'picker.details.heading': 'Sobre “{area}”',
  'picker.details.help': 'Todo es opcional. Escribe con tus propias palabras.',
  'picker.details.person.grief': '¿Quién falleció?',
  'picker.details.person.role-dispute': '¿Con quién es el desacuerdo?',
  'picker.details.person.choose': 'Elige a alguien de tu círculo',
  'picker.details.person.typed': 'Otra persona (escribe el nombre abajo)',
  'picker.details.personName': 'Nombre',
  'picker.details.when.grief': '¿Cuándo falleció?',
  'picker.details.when.role-transition': '¿Cuándo ocurrió este cambio?',
  'picker.details.circumstances': '¿Qué pasó en el tiempo en que falleció?',
  'picker.details.goodTimes': 'Mirando hacia atrás, ¿qué tenía de bueno tu relación con esa persona?',
  'picker.details.hardTimes': '¿Y qué fue difícil o te decepcionó?',
  'picker.details.hardest': '¿Qué es lo más difícil ahora?',
  'picker.details.issues': '¿Sobre qué es el desacuerdo?',
  'picker.details.stage': '¿Cómo están las cosas entre ustedes?',
  'picker.details.stage.none': 'No lo sé',
  'picker.details.myExpectations': '¿Qué esperas de esa persona?',
  'picker.details.theirExpectations': '¿Qué crees que espera de ti?',
  'picker.details.options': '¿Qué podrías hacer? ¿Qué les ha impedido arreglarlo hasta ahora?',
  'picker.details.fromRole': 'Antes del cambio, yo era…',
  'picker.details.toRole': 'Ahora, soy…',
  'picker.details.lost': '¿Qué perdiste o qué extrañas?',
  'picker.details.gained': '¿Qué podrías ganar?',
  'picker.details.helpNeeded': '¿Qué apoyo o qué habilidades te ayudarían en tu nueva situación?',
  'picker.details.pastRelationships': 'Piensa en relaciones que has tenido: ¿qué salió bien y por qué?',
  'picker.details.connectionHard': '¿Qué te dificulta sentirte cerca de la gente?',
  'picker.details.closerTo': '¿De quién te gustaría estar más cerca?',

  'picker.goals.legend': 'Tus objetivos para “{area}” (hasta {count})',
  'picker.goals.none': 'Todavía no hay objetivos.',
  'picker.goals.ideas': 'Algunos objetivos que puedes usar o cambiar:',
  'picker.goals.ideas.grief.1': 'Hablar de esa persona, y de lo que pasó, con alguien de confianza',
  'picker.goals.ideas.grief.2': 'Recordar nuestra relación, lo bueno y lo difícil',
  'picker.goals.ideas.grief.3': 'Retomar una cosa que antes disfrutaba',
  'picker.goals.ideas.role-dispute.1': 'Aclarar qué quiero de esta relación',
  'picker.goals.ideas.role-dispute.2': 'Decir con calma lo que necesito y escuchar lo que necesita la otra persona',
  'picker.goals.ideas.role-dispute.3': 'Encontrar una cosa en la que estemos de acuerdo',
  'picker.goals.ideas.role-transition.1': 'Permitirme extrañar lo que perdí',
  'picker.goals.ideas.role-transition.2': 'Encontrar algo bueno en mi nueva situación',
  'picker.goals.ideas.role-transition.3': 'Encontrar personas que me ayuden con el nuevo rol',
  'picker.goals.ideas.interpersonal-deficits.1': 'Volver a contactar a una persona con la que perdí el contacto',
  'picker.goals.ideas.interpersonal-deficits.2': 'Probar un grupo o una actividad donde pueda conocer gente',
  'picker.goals.ideas.interpersonal-deficits.3': 'Fijarme en lo que sale bien cuando hablo con alguien',
  'picker.goals.goal': 'Objetivo {count}',
  'picker.goals.new': 'Un objetivo nuevo',
  'picker.goals.add': 'Agregar objetivo',
  'picker.goals.done': 'Hecho',
  'picker.goals.remove': 'Quitar',
  'picker.goals.remove-label': 'Quitar objetivo: {text}',
  'picker.goals.full': 'Ya tienes {count} objetivos aquí. Quita uno para agregar otro.',
  'picker.goals.empty': 'Primero escribe tu objetivo.',

  'picker.announce.area-select': '“{area}” elegida.',
  'picker.announce.area-deselect': '“{area}” ya no está elegida.',
  'picker.announce.area-primary': '“{area}” es ahora tu foco principal.',
  'picker.announce.goal-add': 'Objetivo agregado.',
  'picker.announce.goal-remove': 'Objetivo quitado.',

  'picker.required': 'Elige al menos un área en la que centrarte.',

  'picker.undo.deselect': 'Lo que escribiste sobre “{area}” se quitó con ella.',
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
