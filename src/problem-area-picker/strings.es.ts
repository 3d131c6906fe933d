/** Every user-visible string of `<ipt-problem-area-picker>` in Spanish, its wordings too (`esTerms`): its own chunk, loaded only when a page speaks Spanish (core/i18n.ts). */
import type { PickerStringKey } from './strings.js';

export { esTerms } from './terms.es.js';

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

  'picker.ro.heading': 'Enfoque del tratamiento',
  'picker.ro.readonly.rating': 'Cuánto se parece a lo que vive: {rating}',
  'picker.ro.choose.none': 'Todavía no hay enfoque elegido.',
  'picker.ro.deficits-note': 'En la TIP, “{area}” suele ser el enfoque solo cuando ninguna de las otras áreas encaja.',
  'picker.ro.goals.legend': 'Objetivos para “{area}”',
  'picker.ro.details.person.grief': 'Quién falleció',
  'picker.ro.details.person.role-dispute': 'Con quién es el desacuerdo',
  'picker.ro.details.when.grief': 'Cuándo falleció la persona',
  'picker.ro.details.when.role-transition': 'Cuándo ocurrió el cambio',
  'picker.ro.details.circumstances': 'Qué pasó en el tiempo del fallecimiento',
  'picker.ro.details.goodTimes': 'Qué tenía de bueno la relación',
  'picker.ro.details.hardTimes': 'Qué fue difícil o decepcionante',
  'picker.ro.details.hardest': 'Qué es lo más difícil ahora',
  'picker.ro.details.issues': 'Sobre qué es el desacuerdo',
  'picker.ro.details.stage': 'Cómo están las cosas entre ellos',
  'picker.ro.details.myExpectations': 'Qué espera de la otra persona',
  'picker.ro.details.theirExpectations': 'Qué cree que la otra persona espera de él o de ella',
  'picker.ro.details.options': 'Qué podría hacer y qué se lo ha impedido hasta ahora',
  'picker.ro.details.fromRole': 'Antes del cambio',
  'picker.ro.details.toRole': 'Ahora',
  'picker.ro.details.lost': 'Qué perdió o qué extraña',
  'picker.ro.details.gained': 'Qué podría ganar',
  'picker.ro.details.helpNeeded': 'Apoyo o habilidades que le ayudarían en la nueva situación',
  'picker.ro.details.pastRelationships': 'Relaciones que salieron bien, y por qué',
  'picker.ro.details.connectionHard': 'Qué le dificulta sentirse cerca de la gente',
  'picker.ro.details.closerTo': 'De quién le gustaría estar más cerca',
};

/** The wordings (`esTerms`) are flattened into the catalog where it is registered, with the English ones' code. */
export default es;
