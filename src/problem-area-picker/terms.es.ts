/** The four problem areas in the three wordings, in Spanish (see terms.ts): loaded with the picker's Spanish catalog. */
import type { WordingTerms } from './terms.js';

export const esTerms: WordingTerms = {
  clinical: {
    areas: {
      grief: {
        name: 'Duelo',
        desc: 'Ánimo bajo que empezó o empeoró tras la muerte de alguien importante para ti, cuando el duelo parece estancado, retrasado o demasiado pesado.',
        examples: [
          'Mi padre murió el año pasado y todavía no puedo hablar de ello.',
          'Desde que murió mi pareja dejé de hacer lo que hacíamos juntos.',
          'No lloré la muerte de mi amiga y ahora todo vuelve.',
        ],
      },
      'role-dispute': {
        name: 'Disputa de rol',
        desc: 'Tú y alguien importante para ti esperan cosas distintas el uno del otro, y ese desacuerdo te pesa.',
        examples: [
          'Mi pareja y yo discutimos siempre por las tareas de casa y el dinero.',
          'Mi hijo adulto espera que cuide a sus hijos todos los días.',
          'Mi jefa y yo no estamos de acuerdo en cuál es mi trabajo.',
        ],
      },
      'role-transition': {
        name: 'Transición de rol',
        desc: 'Un cambio en tu vida al que te ha costado adaptarte. Incluso los cambios deseados traen pérdidas.',
        examples: [
          'Perdí mi trabajo, o empecé uno nuevo.',
          'Me mudé a otra ciudad o a otro país.',
          'Fui madre o padre, me jubilé o me diagnosticaron una enfermedad.',
        ],
      },
      'interpersonal-deficits': {
        name: 'Aislamiento social (déficits interpersonales)',
        desc: 'Soledad y pocas relaciones cercanas, cuando ninguna de las otras áreas encaja.',
        examples: [
          'No tengo a nadie con quien hablar de verdad.',
          'Mis relaciones se van apagando y no sé por qué.',
        ],
      },
    },
  },
  lay: {
    areas: {
      grief: {
        name: 'Duelo',
        desc: 'Sentirte mal desde que murió alguien cercano y que te cueste vivir con esa pérdida.',
        examples: [
          'Mi madre murió y no dejo de pensar en ella.',
          'Desde que murió mi esposo no quiero ver a nadie.',
          'Nunca pude despedirme.',
        ],
      },
      'role-dispute': {
        name: 'Desacuerdos',
        desc: 'Desacuerdos que se repiten con alguien importante para ti (tu pareja, un familiar, un amigo o alguien del trabajo), o un problema entre ustedes del que dejaron de hablar.',
        examples: [
          'Mi pareja y yo discutimos por dinero todo el tiempo.',
          'Mi hermana y yo ya no nos hablamos.',
          'Mi jefe espera más de lo que puedo dar.',
        ],
      },
      'role-transition': {
        name: 'Cambios de vida',
        desc: 'Un cambio grande en tu vida al que te está costando acostumbrarte, aunque fuera un cambio que querías.',
        examples: [
          'Perdí mi trabajo, o empecé uno nuevo.',
          'Me mudé de casa, o mis hijos se fueron de casa.',
          'Tuve un bebé, me jubilé o supe que tengo una enfermedad.',
        ],
      },
      'interpersonal-deficits': {
        name: 'Soledad y aislamiento social',
        desc: 'Sentirte solo o sola, o tener pocas personas cercanas con quienes compartir tus cosas.',
        examples: [
          'No tengo con quién hablar cuando las cosas van mal.',
          'Me cuesta hacer amigos o mantenerlos.',
        ],
      },
    },
  },
  adolescent: {
    areas: {
      grief: {
        name: 'Perder a alguien',
        desc: 'Sentirte mal desde que murió alguien a quien querías, extrañar mucho a esa persona y que te cueste retomar tu vida desde entonces.',
        examples: [
          'Mi abuela murió y pienso en ella todos los días.',
          'Murió un amigo y en la escuela nadie habla de eso.',
        ],
      },
      'role-dispute': {
        name: 'Peleas y desacuerdos',
        desc: 'Discutir o no llevarte bien con alguien que te importa, como tu madre o tu padre, un amigo o un profesor.',
        examples: [
          'Mis padres y yo peleamos por la hora de llegar y por el celular.',
          'Me peleé con mi mejor amiga.',
          'Mi papá espera que saque las mejores calificaciones y no puedo.',
        ],
      },
      'role-transition': {
        name: 'Grandes cambios',
        desc: 'Algo cambió en tu vida y te está costando adaptarte.',
        examples: [
          'Empecé en una escuela nueva, o me mudé a otra ciudad.',
          'Mis padres se separaron.',
          'Terminé con mi pareja, o supe que tengo un problema de salud.',
        ],
      },
      'interpersonal-deficits': {
        name: 'Sentirte solo o sola',
        desc: 'Sentirte solo o sola, o que te cueste hacer amigos o sentirte cerca de la gente.',
        examples: [
          'Casi todos los días paso el recreo sin nadie.',
          'No tengo a nadie con quien hablar de verdad.',
        ],
      },
    },
  },
};
