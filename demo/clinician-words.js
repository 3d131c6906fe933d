// Words the clinician page shows for what a client did and for risk flags: people's words,
// never the kit's change types or storage keys.

/** The kit's elements, by what they hold. */
export const SOURCE_NAMES = {
  'ipt-social-circle': 'People in their life',
  'ipt-mood-timeline': 'Mood and life events',
  'ipt-problem-area-picker': 'Focus of treatment',
  'ipt-symptom-check': 'Symptom checks (PHQ-9, GAD-7)',
  'ipt-formulation': 'Formulation',
  'ipt-session-plan': 'Plan of sessions',
  'ipt-communication-analysis': 'Communication analyses',
  'ipt-decision-analysis': 'Decision analyses',
  'ipt-ending-plan': 'Ending plan',
};

const CHANGES = {
  'entry-add': 'Added a mood check-in',
  'entry-update': 'Changed a mood check-in',
  'entry-remove': 'Removed a mood check-in',
  'event-add': 'Added a life event',
  'event-update': 'Changed a life event',
  'event-remove': 'Removed a life event',
  'measure-add': 'Added a questionnaire score',
  'measure-update': 'Changed a questionnaire score',
  'measure-remove': 'Removed a questionnaire score',
  'person-add': 'Added a person',
  'person-update': "Changed a person's details",
  'person-move': 'Moved a person closer or further away',
  'person-remove': 'Removed a person',
  'person-restore': 'Brought a person back',
  snapshot: 'Saved a snapshot of the circle',
  'rating-set': 'Rated a problem area',
  'area-select': 'Chose a focus area',
  'area-deselect': 'Set a focus area aside',
  'area-primary': 'Chose the main focus',
  'area-update': 'Changed a focus area',
  'goal-add': 'Added a goal',
  'goal-update': 'Changed a goal',
  'goal-remove': 'Removed a goal',
  answer: 'Answered a symptom-check question',
  difficulty: 'Answered how hard the problems made things',
  finish: 'Finished a symptom check',
  onset: 'Marked when the low mood began',
  'onset-set': 'Marked when the low mood began',
  'onset-clear': 'Unmarked when the low mood began',
  'event-pick': 'Linked an event to the formulation',
  'person-pick': 'Picked a person',
  statement: 'Changed the formulation statement',
  'own-words': 'Wrote the formulation in their own words',
  agreement: 'Said whether the formulation fits',
  total: 'Changed the number of sessions',
  current: 'Moved to another session',
  'session-date': 'Dated a session',
  'session-note': 'Wrote a session note',
  text: 'Wrote in the ending plan',
  'analysis-add': 'Started a communication analysis',
  'analysis-update': 'Wrote in a communication analysis',
  'analysis-remove': 'Deleted a communication analysis',
  'event-link': 'Put a conversation on the timeline',
  'decision-add': 'Started a decision analysis',
  'decision-update': 'Wrote in a decision analysis',
  'decision-remove': 'Deleted a decision analysis',
  'option-add': 'Added an option to a decision',
  'option-remove': 'Removed an option from a decision',
  replace: 'Replaced everything here',
  import: 'Brought back a saved copy',
  clear: 'Cleared everything here',
};

/** A change in words ("Added a mood check-in"); unknown types read "Made a change". */
export function changeLabel(change) {
  if (change?.type === 'replace' && change.via === 'import') return CHANGES.import;
  return CHANGES[change?.type] ?? 'Made a change';
}

const PHQ9_ANSWERS = { 1: 'several days', 2: 'more than half the days', 3: 'nearly every day' };

/** A risk flag in words. */
export function riskText(kind, value) {
  if (kind === 'phq9-item9') {
    return `PHQ-9 item 9 (thoughts of death or self-harm) answered: ${PHQ9_ANSWERS[value] ?? `score ${value}`}`;
  }
  if (kind === 'low-mood') return `Low mood several days in a row (lowest mood: ${value})`;
  return `Risk flag "${kind}" (value ${value})`;
}
