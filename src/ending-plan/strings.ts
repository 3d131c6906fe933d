/**
 * Every user-visible string of `<ipt-ending-plan>` in English; Spanish is
 * its own chunk (`strings.es.ts`). The area names are the picker's (`picker.terms.*`).
 */
import { flattenTerms, terms } from '../problem-area-picker/terms.js';

const en = {
  'ending.heading': 'My plan for staying well',
  'ending.ro.heading': 'Ending and relapse-prevention plan',
  'ending.intro': 'As your sessions come to an end: a look back at what changed, and a plan for if the low mood comes back. You can print it and keep it.',

  'ending.changed.heading': 'What changed',
  'ending.changed.none': 'As you use the other tools, what changed shows here: your circle, your symptom checks and your goals.',
  'ending.circle.heading': 'My circle',
  'ending.circle.compare': 'From “{first}” ({firstDate}) to “{latest}” ({latestDate}):',
  'ending.circle.compareNow': 'From “{first}” ({firstDate}) to now:',
  'ending.circle.closer': '{name} moved closer (ring {from} to {to})',
  'ending.circle.further': '{name} moved further away (ring {from} to {to})',
  'ending.circle.added': '{name} joined your circle',
  'ending.circle.same': 'Nobody moved.',
  'ending.circle.snapshot': 'snapshot',
  'ending.mood.heading': 'My mood',
  'ending.mood.line': 'About {first} of {max} in my first week of check-ins ({firstFrom} to {firstTo}), about {latest} of {max} in the latest ({latestFrom} to {latestTo}).',
  'ending.mood.one': 'About {latest} of {max} in my check-ins so far ({latestFrom} to {latestTo}).',
  'ending.scores.heading': 'My symptom checks',
  'ending.scores.line': '{instrument}: {first} on {firstDate}, {latest} on {latestDate}',
  'ending.scores.lower': '({points} lower: fewer symptoms)',
  'ending.scores.higher': '({points} higher: more symptoms)',
  'ending.scores.same': '(the same)',
  'ending.scores.one': '{instrument}: {latest} on {latestDate}',
  'ending.points.one': '{count} point',
  'ending.points.other': '{count} points',
  'ending.goals.heading': 'My goals',
  'ending.goals.done': 'done',
  'ending.goals.notDone': 'still going',
  'ending.goals.item': '{goal} ({status})',

  'ending.plan.heading': 'My plan',
  'ending.warningSigns': 'My warning signs',
  'ending.warningSigns.help': 'How would I notice the low mood coming back? (Sleeping badly, pulling away from people, …)',
  'ending.helped': 'What helped',
  'ending.helped.help': 'What made a difference in these weeks: things I did, talked about or changed.',
  'ending.people': 'People I can turn to',
  'ending.people.none': 'Your circle has no people yet.',
  'ending.people.noWorkbook': 'Inside a workbook, the people of your circle appear here to choose from.',
  'ending.ifLow': 'What I will do if the low mood comes back',
  'ending.ifLow.help': 'Small first steps: who I will call, what I will do again.',
  'ending.seekHelp': 'When I will seek help again',
  'ending.seekHelp.help': 'For example: if the warning signs last two weeks, I will call my doctor.',
  'ending.crisis.heading': 'If it is urgent',
  'ending.crisis.lead': 'If you ever think of harming yourself, get help at once:',
  'ending.missing': '(no longer in your workbook)',
  'ending.print': 'Print my plan',
  'ending.json': 'Download (JSON)',
  'ending.csv': 'Download (CSV)',
  'ending.ro.empty': 'Not written yet.',
  'ending.csv.section': 'section',
  'ending.csv.item': 'item',
  'ending.csv.value': 'value',
  // read-only (a clinician's view): the same plan, spoken of the client
  'ending.ro.changed.none': 'Nothing to compare yet.',
  'ending.ro.circle.heading': 'Their circle',
  'ending.ro.circle.added': '{name} joined their circle',
  'ending.ro.mood.heading': 'Their mood',
  'ending.ro.mood.line': 'About {first} of {max} in their first week of check-ins ({firstFrom} to {firstTo}), about {latest} of {max} in the latest ({latestFrom} to {latestTo}).',
  'ending.ro.mood.one': 'About {latest} of {max} in their check-ins so far ({latestFrom} to {latestTo}).',
  'ending.ro.scores.heading': 'Their symptom checks',
  'ending.ro.goals.heading': 'Their goals',
  'ending.ro.plan.heading': 'Their plan',
  'ending.ro.warningSigns': 'Their warning signs',
  'ending.ro.helped': 'What helped them',
  'ending.ro.people': 'People they can turn to',
  'ending.ro.ifLow': 'What they will do if the low mood comes back',
  'ending.ro.seekHelp': 'When they will seek help again',
  'ending.ro.missing': '(no longer in their workbook)',
};

export type EndingStringKey = keyof typeof en;

export const strings = {
  en: { ...en, ...flattenTerms(terms.en) } as Record<string, string>,
};
