/**
 * Every user-visible string of `<ipt-problem-area-picker>`, English and Spanish.
 * The area names, descriptions, examples and dispute-stage names come from `terms.ts`
 * in the three wordings; `{area}` placeholders receive the area name in the wording shown.
 * Plural forms are `key.one` / `key.other`, chosen by the `count` parameter.
 */
import { flattenTerms, terms } from './terms.js';

const en = {
  'picker.heading': 'What would you like to work on?',
  'picker.intro':
    'IPT usually works on one of these four areas, at most two. Think about what was happening in your life around the time your low mood started or got worse. Read each area and say how much it sounds like you, then choose what you would like to focus on. Your therapist will go through this with you.',
  'picker.examples': 'For example:',

  'picker.rating.legend': 'How much does this sound like you?',
  'picker.rating.not-at-all': 'Not at all',
  'picker.rating.a-little': 'A little',
  'picker.rating.a-lot': 'A lot',

  'picker.choose.legend.one': 'Choose the area you want to focus on (up to {count})',
  'picker.choose.legend.other': 'Choose the areas you want to focus on (up to {count})',
  'picker.choose.label': 'Focus on {area}',
  'picker.choose.count': '{count} of {max} chosen',
  'picker.choose.max.one': 'You can choose {count} area. To choose this one, first unselect the other.',
  'picker.choose.max.other': 'You can choose up to {count} areas. To choose this one, first unselect another.',
  'picker.choose.none': 'Nothing chosen yet. You can decide with your therapist.',

  'picker.primary.legend': 'Which one matters most right now?',
  'picker.primary.help': 'Your main focus is where you will start.',
  'picker.primary.badge': 'Main focus',

  'picker.deficits-note':
    'In IPT, “{area}” is usually the focus only when none of the other areas fits. Talk this over with your therapist.',

  'picker.suggest.heading': 'Questions from your workbook',
  'picker.suggest.note': 'These questions come from what you have written in your workbook. Only you and your therapist can say what fits.',
  'picker.suggest.badge': 'Suggested',
  'picker.suggest.grief': 'You added {name}, who died in the last two years. Could losing them be linked to how you have been feeling?',
  'picker.suggest.grief-more.one':
    'You added {name} and {count} other person who died in the last two years. Could these losses be linked to how you have been feeling?',
  'picker.suggest.grief-more.other':
    'You added {name} and {count} other people who died in the last two years. Could these losses be linked to how you have been feeling?',
  'picker.suggest.grief-onset': 'Your low mood started after {name} died. Could losing them be part of it?',
  'picker.suggest.grief-onset-more.one': 'Your low mood started after {name} and {count} other person died. Could these losses be part of it?',
  'picker.suggest.grief-onset-more.other': 'Your low mood started after {name} and {count} other people died. Could these losses be part of it?',
  'picker.suggest.grief-said':
    'You said this sounds like you, and you added {name}, who has died. Is losing them something to talk over with your therapist?',
  'picker.suggest.grief-said-more.one':
    'You said this sounds like you, and you added {name} and {count} other person who have died. Are these losses something to talk over with your therapist?',
  'picker.suggest.grief-said-more.other':
    'You said this sounds like you, and you added {name} and {count} other people who have died. Are these losses something to talk over with your therapist?',
  'picker.suggest.dispute': 'You noted conflict with {name}. Could the disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-more.one':
    'You noted conflict with {name} and {count} other person. Could these disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-more.other':
    'You noted conflict with {name} and {count} other people. Could these disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-event': 'You noted “{title}”. Could a disagreement be linked to how you have been feeling?',
  'picker.suggest.dispute-event-more.one':
    'You noted “{title}” and {count} more conflict. Could disagreements be linked to how you have been feeling?',
  'picker.suggest.dispute-event-more.other':
    'You noted “{title}” and {count} more conflicts. Could disagreements be linked to how you have been feeling?',
  'picker.suggest.transition': 'You noted a change in your life: “{title}”. Could it be linked to how you have been feeling?',
  'picker.suggest.transition-more.one':
    'You noted changes in your life, like “{title}” and {count} more. Could they be linked to how you have been feeling?',
  'picker.suggest.transition-more.other':
    'You noted changes in your life, like “{title}” and {count} more. Could they be linked to how you have been feeling?',
  'picker.suggest.transition-onset': 'Around the time your low mood started, you noted “{title}”. Could this change be linked to it?',
  'picker.suggest.transition-onset-more.one':
    'Around the time your low mood started, you noted “{title}” and {count} more change. Could they be linked to it?',
  'picker.suggest.transition-onset-more.other':
    'Around the time your low mood started, you noted “{title}” and {count} more changes. Could they be linked to it?',
  'picker.suggest.deficits':
    'No one is in the two closest rings of your circle yet. Could feeling alone be linked to how you have been feeling?',

  'picker.details.heading': 'About “{area}”',
  'picker.details.help': 'Everything here is optional. Write in your own words.',
  'picker.details.person.grief': 'Who died?',
  'picker.details.person.role-dispute': 'Who is the disagreement with?',
  'picker.details.person.choose': 'Choose someone from your circle',
  'picker.details.person.typed': 'Someone else (type the name below)',
  'picker.details.personName': 'Name',
  'picker.details.when.grief': 'When did they die?',
  'picker.details.when.role-transition': 'When did this change happen?',
  'picker.details.circumstances': 'What happened around the time they died?',
  'picker.details.goodTimes': 'Looking back, what was good about your relationship?',
  'picker.details.hardTimes': 'And what was hard or disappointing?',
  'picker.details.hardest': 'What is hardest now?',
  'picker.details.issues': 'What is the disagreement about?',
  'picker.details.stage': 'Where do things stand between you?',
  'picker.details.stage.none': 'Not sure',
  'picker.details.myExpectations': 'What do you expect from them?',
  'picker.details.theirExpectations': 'What do you think they expect from you?',
  'picker.details.options': 'What could you do? What has stopped you sorting it out so far?',
  'picker.details.fromRole': 'Before the change, I was…',
  'picker.details.toRole': 'Now, I am…',
  'picker.details.lost': 'What have you lost, or what do you miss?',
  'picker.details.gained': 'What might you gain?',
  'picker.details.helpNeeded': 'What support or skills would help you in your new situation?',
  'picker.details.pastRelationships': 'Think of relationships you have had: what went well, and why?',
  'picker.details.connectionHard': 'What makes it hard to feel close to people?',
  'picker.details.closerTo': 'Who would you like to be closer to?',

  'picker.goals.legend': 'Your goals for “{area}” (up to {count})',
  'picker.goals.none': 'No goals yet.',
  'picker.goals.ideas': 'Some goals you could use or change:',
  'picker.goals.ideas.grief.1': 'Talk about them, and about what happened, with someone I trust',
  'picker.goals.ideas.grief.2': 'Look back on our relationship, the good and the hard',
  'picker.goals.ideas.grief.3': 'Take up again one thing I used to enjoy',
  'picker.goals.ideas.role-dispute.1': 'Work out what I want from this relationship',
  'picker.goals.ideas.role-dispute.2': 'Say calmly what I need, and listen to what they need',
  'picker.goals.ideas.role-dispute.3': 'Find one thing we can agree on',
  'picker.goals.ideas.role-transition.1': 'Let myself miss what I have lost',
  'picker.goals.ideas.role-transition.2': 'Find one good thing about my new situation',
  'picker.goals.ideas.role-transition.3': 'Find people who can help me with the new role',
  'picker.goals.ideas.interpersonal-deficits.1': 'Get back in touch with one person I have lost touch with',
  'picker.goals.ideas.interpersonal-deficits.2': 'Try one group or activity where I can meet people',
  'picker.goals.ideas.interpersonal-deficits.3': 'Notice what goes well when I talk with someone',
  'picker.goals.goal': 'Goal {count}',
  'picker.goals.new': 'A new goal',
  'picker.goals.add': 'Add goal',
  'picker.goals.done': 'Done',
  'picker.goals.remove': 'Remove',
  'picker.goals.remove-label': 'Remove goal: {text}',
  'picker.goals.full': 'You have {count} goals here. Remove one to add another.',
  'picker.goals.empty': 'Write your goal first.',

  'picker.announce.area-select': '“{area}” chosen.',
  'picker.announce.area-deselect': '“{area}” no longer chosen.',
  'picker.announce.area-primary': '“{area}” is now your main focus.',
  'picker.announce.goal-add': 'Goal added.',
  'picker.announce.goal-remove': 'Goal removed.',

  'picker.required': 'Please choose at least one area to focus on.',

  'picker.undo.deselect': 'What you wrote about “{area}” was removed with it.',
  'picker.chosen': 'Chosen',
  'picker.rating.none': 'Not answered yet',
  'picker.readonly.rating': 'How much it sounds like you: {rating}',
  'picker.goals.done-mark': '(done)',
  'picker.details.nothing': 'Nothing written yet.',

  // read-only (a clinician's view): the client's answers, spoken of them
  'picker.ro.heading': 'Focus of treatment',
  'picker.ro.readonly.rating': 'How much it sounds like them: {rating}',
  'picker.ro.choose.none': 'No focus chosen yet.',
  'picker.ro.deficits-note': 'In IPT, “{area}” is usually the focus only when none of the other areas fits.',
  'picker.ro.goals.legend': 'Goals for “{area}”',
  'picker.ro.details.person.grief': 'Who died',
  'picker.ro.details.person.role-dispute': 'Who the disagreement is with',
  'picker.ro.details.when.grief': 'When the person died',
  'picker.ro.details.when.role-transition': 'When the change happened',
  'picker.ro.details.circumstances': 'What happened around the time of the death',
  'picker.ro.details.goodTimes': 'What was good about the relationship',
  'picker.ro.details.hardTimes': 'What was hard or disappointing',
  'picker.ro.details.hardest': 'What is hardest now',
  'picker.ro.details.issues': 'What the disagreement is about',
  'picker.ro.details.stage': 'Where things stand between them',
  'picker.ro.details.myExpectations': 'What they expect from the other person',
  'picker.ro.details.theirExpectations': 'What they think the other person expects of them',
  'picker.ro.details.options': 'What they could do, and what has stopped them so far',
  'picker.ro.details.fromRole': 'Before the change',
  'picker.ro.details.toRole': 'Now',
  'picker.ro.details.lost': 'What they have lost or miss',
  'picker.ro.details.gained': 'What they might gain',
  'picker.ro.details.helpNeeded': 'Support or skills that would help in the new situation',
  'picker.ro.details.pastRelationships': 'Relationships that went well, and why',
  'picker.ro.details.connectionHard': 'What makes it hard to feel close to people',
  'picker.ro.details.closerTo': 'Who they would like to be closer to',
} as const;

export type PickerStringKey = keyof typeof en;


export const strings = {
  en: { ...en, ...flattenTerms(terms.en) } as Record<string, string>,
};
