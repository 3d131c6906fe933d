/** Every user-visible string of `<ipt-session-plan>` in English; Spanish is its own chunk (`strings.es.ts`). */

const en = {
  'plan.heading': 'My sessions',
  'plan.ro.heading': 'Session plan',
  'plan.where': 'Session {current} of {total}',
  'plan.phase.initial': 'The beginning',
  'plan.phase.middle': 'The middle',
  'plan.phase.ending': 'The ending',
  'plan.phase.initial.desc': 'Getting to know your low mood, the people in your life and the focus you will work on together.',
  'plan.phase.middle.desc': 'Working on the focus, one step at a time, between sessions too.',
  'plan.phase.ending.desc': 'Looking back at what changed, and planning how to stay well.',
  'plan.phaseOf': '{phase}: sessions {from} to {to}',
  'plan.left.one': 'One session left after this one.',
  'plan.left.other': '{count} sessions left after this one.',
  'plan.left.none': 'This is the last session.',
  'plan.left.ending': 'The ending is coming: these sessions look back at what changed and make a plan for staying well.',
  'plan.left.middle': 'Sessions are counted from here so that the ending never comes as a surprise.',
  'plan.settings': 'The plan',
  'plan.total': 'Sessions agreed',
  'plan.total.help': 'Often 12 to 16 on your own, 8 in a group.',
  'plan.current': 'This is session',
  'plan.prev': 'Previous session',
  'plan.next': 'Next session',
  'plan.due.heading': 'When it suits you',
  'plan.due.symptom-check': 'A symptom check around this session shows how things are going.',
  'plan.due.snapshot-start': 'A snapshot of your circle now lets you see later what changed.',
  'plan.due.snapshot-end': 'A new snapshot of your circle shows what changed since the start.',
  'plan.due.formulation': 'Talk through how it fits together, and say whether it fits.',
  'plan.sessions': 'Each session',
  'plan.session': 'Session {n}',
  'plan.session.date': 'Date of session {n}',
  'plan.session.note': 'Note for session {n}',
  'plan.session.noteHelp': 'A line or two: what you talked about, what to try before next time.',
  'plan.ro.current': 'Current session',
  'plan.ro.noDate': 'No date',
  'plan.ro.noNote': 'No note',
  'plan.ro.phase.initial.desc': 'Getting to know the low mood, the people in their life and the focus to work on together.',
};

export type SessionPlanStringKey = keyof typeof en;

export const strings = { en };
