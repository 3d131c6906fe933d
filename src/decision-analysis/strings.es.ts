/** Every word `<ipt-decision-analysis>` shows in Spanish: its own chunk, loaded only when a page speaks Spanish (core/i18n.ts). */
import type { DecisionStringKey } from './strings.js';
export { esTerms } from '../problem-area-picker/terms.es.js';

const es: Record<DecisionStringKey, string> = {
  'decision.heading': 'Pensar bien una decisión',
  'decision.ro.heading': 'Análisis de decisiones',
  'decision.intro': 'Una decisión que tienes delante, vista con calma: las opciones que tienes, lo que está a favor y en contra de cada una, y una para intentar.',
  'decision.list.heading': 'Mis decisiones',
  'decision.list.empty': 'Todavía ninguna. Empieza con una decisión a la que le das vueltas.',
  'decision.ro.empty': 'Todavía no hay análisis de decisiones.',
  'decision.new': 'Pensar una decisión nueva',
  'decision.untitled': 'Una decisión todavía sin nombre',
  'decision.back': 'Volver a mis decisiones',
  'decision.chosenShort': 'voy a intentar: {option}',

  'decision.question': '¿Qué necesito decidir?',
  'decision.question.help': 'Por ejemplo: “¿Le digo a mi hermana que no puedo cuidar a los niños todos los fines de semana?”',
  'decision.date': 'Escrita el',
  'decision.area': '¿A qué parte de mi foco ayuda?',
  'decision.area.none': 'A ninguna en particular',
  'decision.area.noFocus': 'Cuando elijas tu foco, podrás vincular una decisión con él.',
  'decision.person': '¿Hay alguien involucrado?',
  'decision.person.none': 'Nadie en particular',
  'decision.person.other': 'Otra persona (escribe un nombre)',
  'decision.person.name': 'Su nombre',
  'decision.missingPerson': '(ya no está en el círculo)',

  'decision.options.heading': 'Mis opciones',
  'decision.options.help': 'Escribe todas las opciones que se te ocurran, también las que parecen difíciles. A favor y en contra: una razón corta por línea.',
  'decision.option': 'Opción {n}',
  'decision.option.text': 'La opción {n} en pocas palabras',
  'decision.option.pros': 'A favor de la opción {n}',
  'decision.option.cons': 'En contra de la opción {n}',
  'decision.option.add': 'Agregar otra opción',
  'decision.option.remove': 'Quitar la opción {n}',
  'decision.option.unnamed': 'Opción {n} (todavía sin nombre)',

  'decision.choice': '¿Qué opción voy a intentar?',
  'decision.choice.none': 'Todavía no lo decidí',
  'decision.firstStep': 'Mi primer paso',
  'decision.firstStep.help': 'Pequeño y concreto: qué y cuándo.',
  'decision.howItWent': 'Cómo me fue',
  'decision.howItWent.help': 'Vuelve aquí después de intentarlo.',

  'decision.remove': 'Borrar esta decisión',
  'decision.remove.confirm': '¿Borrarla para siempre?',
  'decision.remove.yes': 'Sí, borrar',
  'decision.remove.no': 'Conservarla',
  'decision.print': 'Imprimir',
  'decision.json': 'Descargar (JSON)',
  'decision.csv': 'Descargar (CSV)',
  'decision.ro.notAnswered': 'Todavía sin respuesta.',
  'decision.ro.none': 'Nada escrito.',
  'decision.ro.chosen': 'Elegida para intentar',
  'decision.ro.for': 'A favor',
  'decision.ro.against': 'En contra',
  'decision.ro.meta': '{date} · {about}',
  'decision.csv.decision': 'decisión',
  'decision.csv.item': 'elemento',
  'decision.csv.value': 'valor',
};

export default es;
