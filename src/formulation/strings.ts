/**
 * Every user-visible string of `<ipt-formulation>` in English; Spanish is
 * its own chunk (`strings.es.ts`). The area names are the picker's (`picker.terms.*`, from its
 * `terms.ts`), so both elements always name the focus alike.
 * Keys ending in `.clinical`, `.lay` and `.adolescent` follow the `terms` attribute.
 */
import { flattenTerms, terms } from '../problem-area-picker/terms.js';

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

export type FormulationStringKey = keyof typeof en;

export const strings = {
  en: { ...en, ...flattenTerms(terms.en) } as Record<string, string>,
};
