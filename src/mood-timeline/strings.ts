/**
 * Every word `<ipt-mood-timeline>` shows, in English and Spanish, plus the date and number
 * formatting it uses. Weekday and month names come from `Intl`, never from a list here, so
 * every locale the browser knows formats its own dates.
 */
import { formatDay, formatList, numberFormatter } from '../core/i18n.js';

export { formatList };

export const strings = {
  en: {
    'mood.title': 'How you have been feeling',
    'mood.checkin.heading': 'How is your mood today?',
    'mood.checkin.headingPast': 'How was your mood on {date}?',
    'mood.checkin.day': 'Day',
    'mood.checkin.scale': 'Your mood, from {min} ({minLabel}) to {max} ({maxLabel})',
    'mood.checkin.minLabel': 'Very bad',
    'mood.checkin.maxLabel': 'Very good',
    'mood.checkin.value': '{mood} of {max}',
    'mood.checkin.note': 'Anything you want to remember about today (optional)',
    'mood.checkin.notePast': 'Anything you want to remember about that day (optional)',
    'mood.checkin.save': 'Save',
    'mood.checkin.update': 'Update',
    'mood.checkin.pick': 'Choose a number first.',
    'mood.checkin.saved': 'Saved: mood {mood} of {max} for {date}.',
    'mood.checkin.future': 'That day has not come yet. Choose today or a day before.',
    'mood.checkin.another': 'Add a check-in for this day',
    'mood.checkin.today': 'Back to today',
    'mood.checkin.failed': 'This check-in changed somewhere else (in another tab, perhaps). Please choose your number again and save.',
    'mood.lowRun.lead':
      'Your mood has been low for {count} days in a row. Thank you for keeping track; that takes effort. You don’t have to wait for your next session to talk about it, and if you need help now, this is where to turn:',
    'mood.entry.edit': 'Change',
    'mood.entry.remove': 'Remove',
    'mood.entry.removed': 'Check-in for {date} removed.',
    'mood.undo': 'Undo',
    'mood.cancel': 'Cancel',

    'mood.event.heading': 'Something that happened with people in your life',
    'mood.event.add': 'Add something that happened',
    'mood.event.edit': 'Change',
    'mood.event.remove': 'Remove',
    'mood.event.removed': '“{title}” removed.',
    'mood.event.save': 'Save',
    'mood.event.saved': 'Saved: {title}.',
    'mood.event.title': 'What happened',
    'mood.event.titleHint': 'For example: an argument with my sister, dinner with a friend, the anniversary of a loss coming up',
    'mood.event.titleMissing': 'Please write a few words about what happened.',
    'mood.event.failed': 'This could not be saved. Please check the date and try again.',
    'mood.event.date': 'When',
    'mood.event.dateHint': 'It can be a day still to come, such as an anniversary or a planned move.',
    'mood.event.kind': 'What kind of event',
    'mood.event.impact': 'How it affected you',
    'mood.event.people': 'Who it was with',
    'mood.event.peopleTyped': 'Names of the people it was with, separated by commas',
    'mood.event.note': 'Notes (optional)',
    'mood.event.noImpact': 'Not rated',

    'mood.kind.conflict': 'Disagreement or conflict',
    'mood.kind.loss': 'Loss',
    'mood.kind.change': 'A change in life',
    'mood.kind.connection': 'Time together',
    'mood.kind.support': 'Support',
    'mood.kind.other': 'Something else',

    'mood.impact.m4': 'Very hard',
    'mood.impact.m3': 'Hard',
    'mood.impact.m2': 'Fairly hard',
    'mood.impact.m1': 'Slightly hard',
    'mood.impact.0': 'No real effect',
    'mood.impact.p1': 'Slightly good',
    'mood.impact.p2': 'Fairly good',
    'mood.impact.p3': 'Good',
    'mood.impact.p4': 'Very good',

    'mood.upcoming.heading': 'Coming up',
    'mood.upcoming.item': '{date} ({when})',

    'mood.onset.heading': 'When your low mood started',
    'mood.onset.intro': 'If you can, mark roughly when you started feeling low. It helps you and your therapist see what was happening around then.',
    'mood.onset.date': 'Around this day',
    'mood.onset.save': 'Save the day',
    'mood.onset.clear': 'Remove the mark',
    'mood.onset.shown': 'Your low mood started around {date}.',
    'mood.onset.none': 'Not marked yet.',
    'mood.onset.saved': 'Saved: your low mood started around {date}.',
    'mood.onset.cleared': 'The mark for when your low mood started is removed.',
    'mood.onset.future': 'Choose today or a day before.',
    'mood.onset.legend': 'Low mood started',

    'mood.range.label': 'Show',
    'mood.range.2w': 'Last 2 weeks',
    'mood.range.3m': 'Last 3 months',
    'mood.range.1y': 'Last year',
    'mood.range.all': 'Everything',
    'mood.weekly.toggle': 'Show the weekly average',
    'mood.weekly.legend': 'Weekly average',
    'mood.view.table': 'Show as a table',
    'mood.view.chart': 'Show as a chart',

    'mood.chart.label': 'Your mood from {from} to {to}. Use the arrow keys to move day by day.',
    'mood.chart.empty': 'Nothing recorded in this period yet.',
    'mood.chart.eventsLane': 'Events',
    'mood.chart.none': 'Your check-ins will show here, day by day.',
    'mood.chart.one': 'One check-in so far. Check in on other days to see how your mood moves.',
    'mood.legend.mood': 'Mood',
    'mood.legend.eventUp': 'Good event',
    'mood.legend.eventDown': 'Hard event',

    'mood.day.mood': 'mood {mood} of {max}',
    'mood.day.moods': 'mood {mood} of {max} (average of {count})',
    'mood.day.noMood': 'no check-in',
    'mood.day.event': 'event: {title}, {impact}',
    'mood.day.eventWith': 'event: {title} with {people}, {impact}',
    'mood.day.eventNoImpact': 'event: {title}',
    'mood.day.eventWithNoImpact': 'event: {title} with {people}',
    'mood.day.measure': '{instrument}: {score} of {max}, {band} (past two weeks)',
    'mood.day.measurePlain': '{instrument}: {score}',

    'mood.table.caption': 'Your check-ins, events and questionnaires from {from} to {to}',
    'mood.table.date': 'Day',
    'mood.table.mood': 'Mood',
    'mood.table.notes': 'Notes',
    'mood.table.events': 'What happened',
    'mood.table.measures': 'Questionnaires',

    'mood.insight.heading': 'Mood around events with people',
    'mood.insight.person': 'On days with an event involving {name}, your mood averaged {with} ({withDays} days); on other days, {other} ({otherDays} days).',
    'mood.insight.caveat': 'A pattern in what you recorded, not proof that one thing causes the other.',
    'mood.insight.note': 'It can be something to talk about in your sessions.',
    'mood.insight.deceased': 'Days connected with {name}, who has died',
    'mood.insight.deceasedLead': 'Missing someone who has died can weigh on mood for a long time; that is part of grief. You can look at these days here if you want, or talk about them in your sessions.',
    'mood.insight.waiting': 'A pattern for {names} appears once there are at least {min} rated days with an event involving them and {min} without.',
    'mood.insight.none': 'When you add who an event was with, the mood around events with them will show here.',

    'mood.measure.removed': 'Questionnaire of {date} removed.',
    'mood.measure.legend': '{instrument} (0-{max}, higher = more symptoms)',
    'mood.measure.lane': '{instrument}, higher = more symptoms',
    'mood.measure.key': 'Score ranges of the {instrument}',
    'mood.measure.keyItem': '{from}-{to}: {band}',
    'mood.measure.meaning': 'These questionnaires check symptoms; they are not a diagnosis. Talk them over with your therapist.',
    'mood.measure.shared': 'from your symptom check',
    'mood.band.minimal': 'minimal symptoms',
    'mood.band.mild': 'mild symptoms',
    'mood.band.moderate': 'moderate symptoms',
    'mood.band.moderately-severe': 'moderately severe symptoms',
    'mood.band.severe': 'severe symptoms',
    'mood.bandShort.minimal': 'minimal',
    'mood.bandShort.mild': 'mild',
    'mood.bandShort.moderate': 'moderate',
    'mood.bandShort.moderately-severe': 'moderately severe',
    'mood.bandShort.severe': 'severe',

    'mood.export.csv': 'Download as a spreadsheet (CSV)',
    'mood.export.json': 'Download as data (JSON)',
    'mood.export.svg': 'Download the chart (SVG)',
    'mood.export.print': 'Print',

    'mood.person.unknown': 'someone you removed from your circle',
    'mood.empty': 'Nothing recorded yet.',
    'mood.count.entries.one': '{count} check-in',
    'mood.count.entries.other': '{count} check-ins',
    'mood.count.events.one': '{count} event',
    'mood.count.events.other': '{count} events',
    'mood.table.shown': 'Showing the newest {shown} of {total} days.',
    'mood.table.more.one': 'Show 1 older day',
    'mood.table.more.other': 'Show {count} older days',
    'mood.table.moreHint': 'The spreadsheet download holds every day.',
    // check-in notes as text, and read-only (a clinician's view) spoken of the client
    'mood.notes.heading': 'Notes with check-ins',
    'mood.notes.item': '{date}, mood {mood} of {max}: {note}',
    'mood.ro.title': 'How they have been feeling',
    'mood.ro.chart.none': 'No check-ins yet.',
    'mood.ro.chart.one': 'One check-in so far.',
    'mood.ro.onset.heading': 'When the low mood started',
    'mood.ro.onset.shown': 'The low mood started around {date}.',
    'mood.ro.chart.label': 'Their mood from {from} to {to}. Use the arrow keys to move day by day.',
    'mood.ro.table.caption': 'Their check-ins, events and questionnaires from {from} to {to}',
    'mood.ro.insight.person': 'On days with an event involving {name}, their mood averaged {with} ({withDays} days); on other days, {other} ({otherDays} days).',
    'mood.ro.insight.caveat': 'A pattern in what they recorded, not proof that one thing causes the other.',
    'mood.ro.insight.deceasedLead': 'Missing someone who has died can weigh on mood for a long time; that is part of grief.',
    'mood.ro.insight.none': 'No events with people recorded yet.',
    'mood.ro.measure.meaning': 'These questionnaires check symptoms; they are not a diagnosis.',
    'mood.ro.measure.shared': 'from their symptom check',
    'mood.ro.person.unknown': 'someone removed from their circle',
    'mood.ro.empty': 'No check-ins yet.',
  },
} as const;

export type MoodStringKey = keyof (typeof strings)['en'];

/** The key of an impact's words: `mood.impact.m3` for -3, `mood.impact.p2` for +2. */
export function impactKey(impact: number): MoodStringKey {
  const suffix = impact < 0 ? `m${-impact}` : impact > 0 ? `p${impact}` : '0';
  return `mood.impact.${suffix}` as MoodStringKey;
}

// ---------------------------------------------------------------------------------------
// Dates and numbers through Intl

export type DateStyle = 'day' | 'dayYear' | 'dayShort' | 'dayNumeric' | 'weekdayShort' | 'month' | 'monthYear' | 'year';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  /** Announcements: "Tuesday 3 March", "martes, 3 de marzo". */
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  dayYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** Table rows and tooltips: "3 Mar 2026". */
  dayShort: { day: 'numeric', month: 'short', year: 'numeric' },
  /** Axis labels for short windows: "3 Mar". */
  dayNumeric: { day: 'numeric', month: 'short' },
  weekdayShort: { weekday: 'short' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Formats a `YYYY-MM-DD` day in the locale. */
export function formatDate(date: string, locale: string, style: DateStyle = 'dayShort'): string {
  return formatDay(date, locale, DATE_OPTIONS[style]);
}

/** The long day name, with the year only when it is not the current one. */
export function formatDayLong(date: string, locale: string, today: string): string {
  return formatDate(date, locale, date.slice(0, 4) === today.slice(0, 4) ? 'day' : 'dayYear');
}

const NUMBER_OPTIONS = new Map<string, Intl.NumberFormatOptions>();

/** At most one decimal ("3.1", "3,1" in Spanish); `signed` writes +2 and -3. */
export function formatNumber(value: number, locale: string, opts: { signed?: boolean; digits?: number } = {}): string {
  const digits = opts.digits ?? 1;
  const key = `${digits}|${opts.signed === true}`;
  let options = NUMBER_OPTIONS.get(key);
  if (!options) {
    options = { maximumFractionDigits: digits, signDisplay: opts.signed ? 'exceptZero' : 'auto', useGrouping: false };
    NUMBER_OPTIONS.set(key, options);
  }
  return numberFormatter(locale, options).format(value);
}

