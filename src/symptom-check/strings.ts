/**
 * Every user-visible string of `<ipt-symptom-check>`, English and Spanish.
 *
 * The questionnaires' own words (`symptom.phq9.*`, `symptom.gad7.*`, `symptom.answer.*`,
 * `symptom.difficulty.*`) are the published PHQ-9 and GAD-7 (Pfizer; no permission
 * required to reproduce, translate, display or distribute) in English and in their
 * US-Spanish versions, verbatim: do not reword them. Everything else is the kit's own.
 * Plural forms are `key.one` / `key.other`, chosen by the `count` parameter.
 */

const en = {
  'symptom.heading.phq9': 'How your mood has been',
  'symptom.heading.gad7': 'How worry and anxiety have been',
  'symptom.intro.phq9':
    'Nine short questions about the last two weeks (the PHQ-9). Your answers are saved on this device as you go, so you can stop and come back later.',
  'symptom.intro.gad7':
    'Seven short questions about the last two weeks (the GAD-7). Your answers are saved on this device as you go, so you can stop and come back later.',

  // The published English wording.
  'symptom.phq9.frame': 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  'symptom.phq9.1': 'Little interest or pleasure in doing things',
  'symptom.phq9.2': 'Feeling down, depressed, or hopeless',
  'symptom.phq9.3': 'Trouble falling or staying asleep, or sleeping too much',
  'symptom.phq9.4': 'Feeling tired or having little energy',
  'symptom.phq9.5': 'Poor appetite or overeating',
  'symptom.phq9.6': 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'symptom.phq9.7': 'Trouble concentrating on things, such as reading the newspaper or watching television',
  'symptom.phq9.8':
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'symptom.phq9.9': 'Thoughts that you would be better off dead or of hurting yourself in some way',
  'symptom.gad7.frame': 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  'symptom.gad7.1': 'Feeling nervous, anxious or on edge',
  'symptom.gad7.2': 'Not being able to stop or control worrying',
  'symptom.gad7.3': 'Worrying too much about different things',
  'symptom.gad7.4': 'Trouble relaxing',
  'symptom.gad7.5': 'Being so restless that it is hard to sit still',
  'symptom.gad7.6': 'Becoming easily annoyed or irritable',
  'symptom.gad7.7': 'Feeling afraid as if something awful might happen',
  'symptom.answer.0': 'Not at all',
  'symptom.answer.1': 'Several days',
  'symptom.answer.2': 'More than half the days',
  'symptom.answer.3': 'Nearly every day',
  'symptom.difficulty.question':
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  'symptom.difficulty.0': 'Not difficult at all',
  'symptom.difficulty.1': 'Somewhat difficult',
  'symptom.difficulty.2': 'Very difficult',
  'symptom.difficulty.3': 'Extremely difficult',

  // The kit's own words around them.
  'symptom.item': '{n}. {text}',
  'symptom.progress': '{answered} of {count} answered',
  'symptom.resumed': 'Welcome back. Your answers from {date} are kept: carry on where you left off.',
  'symptom.difficulty.optional': '(optional)',
  'symptom.finish': 'See my result',
  'symptom.missing.one': 'One question is still unanswered: question {first}.',
  'symptom.missing.other': '{count} questions are still unanswered, starting with question {first}.',
  'symptom.again': 'Start a new check',
  'symptom.backToResult': 'Back to my last result',

  'symptom.band.minimal': 'minimal',
  'symptom.band.mild': 'mild',
  'symptom.band.moderate': 'moderate',
  'symptom.band.moderately-severe': 'moderately severe',
  'symptom.band.severe': 'severe',
  'symptom.result.heading': 'Your result',
  'symptom.result.score': '{score} of {max}: {band} symptoms over the last two weeks',
  'symptom.result.date': 'Answered on {date}.',
  'symptom.result.first': 'This is your first check. Next time you will see how it compares.',
  'symptom.result.lower': '{points} lower than your last check on {date} ({previous}): fewer symptoms than then.',
  'symptom.result.higher': '{points} higher than your last check on {date} ({previous}): more symptoms than then.',
  'symptom.result.same': 'The same as your last check on {date}.',
  'symptom.points.one': '{count} point',
  'symptom.points.other': '{count} points',
  'symptom.result.note':
    'This is a check of symptoms, not a diagnosis. It helps you and your therapist see how things are going over time.',

  'symptom.due.next': 'Your next check is due on {date}.',
  'symptom.due.now': 'A new check is due now, whenever suits you.',

  'symptom.history.heading': 'Your checks',
  'symptom.history.date': 'Date',
  'symptom.history.score': 'Score',
  'symptom.history.band': 'Symptoms',
  'symptom.history.cell': '{score} of {max}',

  'symptom.item9.lead':
    'Thank you for telling us. Thoughts like these can come with depression, and you do not have to face them alone. If you might act on them, or you feel in danger, please reach out now:',
  'symptom.item9.announce': 'Thank you for telling us. Help you can reach now is shown below this question.',
  'symptom.saved': 'Saved',

  // Read-only (clinician) view: third person, no calls to action.
  'symptom.ro.heading.phq9': 'PHQ-9 responses',
  'symptom.ro.heading.gad7': 'GAD-7 responses',
  'symptom.ro.none': 'No responses yet.',
  'symptom.ro.response': '{date}: {score} of {max}, {band} symptoms over the two weeks before',
  'symptom.ro.open': 'Started on {date}, not finished: {answered} of {count} answered',
  'symptom.ro.item9': 'Item 9 (thoughts of being better off dead or of self-harm) answered “{answer}”.',
  'symptom.ro.item9.reported': 'Reported to the program on {date}.',
  'symptom.ro.unanswered': 'not answered',
  'symptom.ro.difficulty': 'Difficulty: {answer}',
  'symptom.ro.change.lower': '{points} lower than the previous response ({previous}).',
  'symptom.ro.change.higher': '{points} higher than the previous response ({previous}).',
  'symptom.ro.change.same': 'The same as the previous response.',
  'symptom.ro.items': 'Answers, item by item',
};

const es: Record<keyof typeof en, string> = {
  'symptom.heading.phq9': 'Cómo ha estado tu ánimo',
  'symptom.heading.gad7': 'Cómo han estado tu preocupación y tu ansiedad',
  'symptom.intro.phq9':
    'Nueve preguntas cortas sobre las últimas dos semanas (el PHQ-9). Tus respuestas se guardan en este dispositivo mientras avanzas, así que puedes parar y seguir después.',
  'symptom.intro.gad7':
    'Siete preguntas cortas sobre las últimas dos semanas (el GAD-7). Tus respuestas se guardan en este dispositivo mientras avanzas, así que puedes parar y seguir después.',

  // La versión publicada en español de EE. UU.
  'symptom.phq9.frame': 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  'symptom.phq9.1': 'Poco interés o placer en hacer cosas',
  'symptom.phq9.2': 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
  'symptom.phq9.3': 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
  'symptom.phq9.4': 'Se ha sentido cansado(a) o con poca energía',
  'symptom.phq9.5': 'Sin apetito o ha comido en exceso',
  'symptom.phq9.6': 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  'symptom.phq9.7': 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  'symptom.phq9.8':
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  'symptom.phq9.9': 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  'symptom.gad7.frame': 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  'symptom.gad7.1': 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
  'symptom.gad7.2': 'No ha sido capaz de parar o controlar su preocupación',
  'symptom.gad7.3': 'Se ha preocupado demasiado por motivos diferentes',
  'symptom.gad7.4': 'Ha tenido dificultad para relajarse',
  'symptom.gad7.5': 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
  'symptom.gad7.6': 'Se ha molestado o irritado fácilmente',
  'symptom.gad7.7': 'Ha tenido miedo de que algo terrible fuera a pasar',
  'symptom.answer.0': 'Ningún día',
  'symptom.answer.1': 'Varios días',
  'symptom.answer.2': 'Más de la mitad de los días',
  'symptom.answer.3': 'Casi todos los días',
  'symptom.difficulty.question':
    'Si marcó cualquiera de los problemas, ¿qué tan difícil se le ha hecho cumplir con su trabajo, atender su casa, o relacionarse con otras personas debido a estos problemas?',
  'symptom.difficulty.0': 'No ha sido difícil',
  'symptom.difficulty.1': 'Un poco difícil',
  'symptom.difficulty.2': 'Muy difícil',
  'symptom.difficulty.3': 'Extremadamente difícil',

  'symptom.item': '{n}. {text}',
  'symptom.progress': '{answered} de {count} respondidas',
  'symptom.resumed': 'Qué bueno verte de nuevo. Tus respuestas del {date} siguen aquí: sigue donde te quedaste.',
  'symptom.difficulty.optional': '(opcional)',
  'symptom.finish': 'Ver mi resultado',
  'symptom.missing.one': 'Falta responder una pregunta: la pregunta {first}.',
  'symptom.missing.other': 'Faltan {count} preguntas por responder, empezando por la pregunta {first}.',
  'symptom.again': 'Empezar un nuevo chequeo',
  'symptom.backToResult': 'Volver a mi último resultado',

  'symptom.band.minimal': 'mínimos',
  'symptom.band.mild': 'leves',
  'symptom.band.moderate': 'moderados',
  'symptom.band.moderately-severe': 'moderadamente graves',
  'symptom.band.severe': 'graves',
  'symptom.result.heading': 'Tu resultado',
  'symptom.result.score': '{score} de {max}: síntomas {band} en las últimas dos semanas',
  'symptom.result.date': 'Respondido el {date}.',
  'symptom.result.first': 'Este es tu primer chequeo. La próxima vez verás cómo se compara.',
  'symptom.result.lower': '{points} menos que tu último chequeo, del {date} ({previous}): menos síntomas que entonces.',
  'symptom.result.higher': '{points} más que tu último chequeo, del {date} ({previous}): más síntomas que entonces.',
  'symptom.result.same': 'Igual que tu último chequeo, del {date}.',
  'symptom.points.one': '{count} punto',
  'symptom.points.other': '{count} puntos',
  'symptom.result.note':
    'Esto es un chequeo de síntomas, no un diagnóstico. Les ayuda a ti y a tu terapeuta a ver cómo van las cosas con el tiempo.',

  'symptom.due.next': 'Tu próximo chequeo es el {date}.',
  'symptom.due.now': 'Ya toca un nuevo chequeo, cuando te venga bien.',

  'symptom.history.heading': 'Tus chequeos',
  'symptom.history.date': 'Fecha',
  'symptom.history.score': 'Puntaje',
  'symptom.history.band': 'Síntomas',
  'symptom.history.cell': '{score} de {max}',

  'symptom.item9.lead':
    'Gracias por contárnoslo. Pensamientos así pueden venir con la depresión, y no tienes que enfrentarlos a solas. Si crees que podrías actuar según ellos, o te sientes en peligro, busca ayuda ahora:',
  'symptom.item9.announce': 'Gracias por contárnoslo. Debajo de esta pregunta tienes ayuda a la que puedes acudir ahora.',
  'symptom.saved': 'Guardado',

  'symptom.ro.heading.phq9': 'Respuestas al PHQ-9',
  'symptom.ro.heading.gad7': 'Respuestas al GAD-7',
  'symptom.ro.none': 'Todavía no hay respuestas.',
  'symptom.ro.response': '{date}: {score} de {max}, síntomas {band} en las dos semanas anteriores',
  'symptom.ro.open': 'Empezado el {date}, sin terminar: {answered} de {count} respondidas',
  'symptom.ro.item9': 'Ítem 9 (pensamientos de que estaría mejor muerto(a) o de lastimarse) respondido “{answer}”.',
  'symptom.ro.item9.reported': 'Avisado al programa el {date}.',
  'symptom.ro.unanswered': 'sin responder',
  'symptom.ro.difficulty': 'Dificultad: {answer}',
  'symptom.ro.change.lower': '{points} menos que la respuesta anterior ({previous}).',
  'symptom.ro.change.higher': '{points} más que la respuesta anterior ({previous}).',
  'symptom.ro.change.same': 'Igual que la respuesta anterior.',
  'symptom.ro.items': 'Respuestas, ítem por ítem',
};

export const strings = { en, es } as const;
