/**
 * Every word `<ipt-decision-analysis>` shows, in English; Spanish is its own chunk
 * (strings.es.ts), loaded only when a page speaks Spanish. The problem areas' names are the
 * picker's (`picker.terms.*`).
 */
import { flattenTerms, terms } from '../problem-area-picker/terms.js';

const en = {
  'decision.heading': 'Thinking a choice through',
  'decision.ro.heading': 'Decision analyses',
  'decision.intro': 'A choice in front of you, looked at calmly: the options you have, what speaks for and against each, and one to try.',
  'decision.list.heading': 'My choices',
  'decision.list.empty': 'None yet. Start with a choice you keep coming back to.',
  'decision.ro.empty': 'No decision analyses yet.',
  'decision.new': 'Think a new choice through',
  'decision.untitled': 'A choice not named yet',
  'decision.back': 'Back to my choices',
  'decision.chosenShort': 'trying: {option}',

  'decision.question': 'What do I need to decide?',
  'decision.question.help': 'For example: “Should I tell my sister I can’t look after the children every weekend?”',
  'decision.date': 'Written on',
  'decision.area': 'Which part of my focus does it serve?',
  'decision.area.none': 'None in particular',
  'decision.area.noFocus': 'Once you choose your focus, you can link a choice to it.',
  'decision.person': 'Is someone part of it?',
  'decision.person.none': 'No one in particular',
  'decision.person.other': 'Someone else (type a name)',
  'decision.person.name': 'Their name',
  'decision.missingPerson': '(no longer in the circle)',

  'decision.options.heading': 'My options',
  'decision.options.help': 'Write every option you can think of, even the ones that look hard. For and against: one short reason a line.',
  'decision.option': 'Option {n}',
  'decision.option.text': 'Option {n} in a few words',
  'decision.option.pros': 'For option {n}',
  'decision.option.cons': 'Against option {n}',
  'decision.option.add': 'Add another option',
  'decision.option.remove': 'Remove option {n}',
  'decision.option.unnamed': 'Option {n} (not named yet)',

  'decision.choice': 'Which option will I try?',
  'decision.choice.none': 'Not decided yet',
  'decision.firstStep': 'My first step',
  'decision.firstStep.help': 'Small and concrete: what, and when.',
  'decision.howItWent': 'How it went',
  'decision.howItWent.help': 'Come back to this after you tried it.',

  'decision.remove': 'Delete this choice',
  'decision.remove.confirm': 'Delete it for good?',
  'decision.remove.yes': 'Yes, delete',
  'decision.remove.no': 'Keep it',
  'decision.print': 'Print',
  'decision.json': 'Download (JSON)',
  'decision.csv': 'Download (CSV)',
  // Read-only (a clinician's page): the same answers, spoken of the client.
  'decision.ro.choice': 'The option they will try',
  'decision.ro.choice.none': 'Not decided yet',
  'decision.ro.firstStep': 'Their first step',
  'decision.ro.howItWent': 'How it went',
  'decision.ro.notAnswered': 'Not answered yet.',
  'decision.ro.none': 'None written.',
  'decision.ro.chosen': 'Chosen to try',
  'decision.ro.for': 'For',
  'decision.ro.against': 'Against',
  'decision.ro.meta': '{date} · {about}',
  'decision.csv.decision': 'decision',
  'decision.csv.item': 'item',
  'decision.csv.value': 'value',
};

export type DecisionStringKey = keyof typeof en;

export const strings = {
  en: { ...en, ...flattenTerms(terms.en) } as Record<string, string>,
};
