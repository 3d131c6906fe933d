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


export const strings = { en } as const;

export type SymptomStringKey = keyof typeof en;
