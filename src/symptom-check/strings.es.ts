/**
 * Every user-visible string of `<ipt-symptom-check>` in Spanish: its own chunk, loaded only
 * when a page speaks Spanish (core/i18n.ts). The questionnaires' words are the published
 * US-Spanish PHQ-9 and GAD-7, verbatim: do not reword them (see strings.ts).
 */
import type { SymptomStringKey } from './strings.js';

const es: Record<SymptomStringKey, string> = {
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

export default es;
