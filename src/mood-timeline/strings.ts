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
    'mood.checkin.minLabel': 'Very low',
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
    'mood.event.titleHint': 'For example: an argument with my sister, dinner with a friend',
    'mood.event.titleMissing': 'Please write a few words about what happened.',
    'mood.event.date': 'When',
    'mood.event.kind': 'What kind of event',
    'mood.event.impact': 'How it affected you',
    'mood.event.people': 'Who was involved',
    'mood.event.peopleTyped': 'Names of the people involved, separated by commas',
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
    'mood.impact.m2': 'Somewhat hard',
    'mood.impact.m1': 'A little hard',
    'mood.impact.0': 'Neither good nor hard',
    'mood.impact.p1': 'A little good',
    'mood.impact.p2': 'Somewhat good',
    'mood.impact.p3': 'Good',
    'mood.impact.p4': 'Very good',

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
    'mood.day.measure': '{instrument} {score}, {band}',
    'mood.day.measurePlain': '{instrument} {score}',

    'mood.table.caption': 'Your check-ins, events and questionnaires from {from} to {to}',
    'mood.table.date': 'Day',
    'mood.table.mood': 'Mood',
    'mood.table.notes': 'Notes',
    'mood.table.events': 'What happened',
    'mood.table.measures': 'Questionnaires',

    'mood.insight.heading': 'Patterns with people',
    'mood.insight.person': 'On days with an event involving {name}, your mood averaged {with}; on other days, {other}.',
    'mood.insight.note': 'This is a pattern in what you recorded, not proof that one thing causes the other. It can be something to talk about in your sessions.',
    'mood.insight.waiting': 'A pattern for {names} appears once there are at least {min} rated days with an event involving them and {min} without.',
    'mood.insight.none': 'When you add the people involved in events, patterns with them will show here.',

    'mood.measure.removed': 'Questionnaire of {date} removed.',
    'mood.measure.legend': 'PHQ-9 questionnaire (0 to 27)',
    'mood.band.minimal': 'minimal',
    'mood.band.mild': 'mild',
    'mood.band.moderate': 'moderate',
    'mood.band.moderately-severe': 'moderately severe',
    'mood.band.severe': 'severe',

    'mood.export.csv': 'Download as a spreadsheet (CSV)',
    'mood.export.json': 'Download as data (JSON)',
    'mood.export.svg': 'Download the chart (SVG)',
    'mood.export.print': 'Print',

    'mood.person.unknown': 'someone no longer in your circle',
    'mood.empty': 'Nothing recorded yet. Your check-ins will appear here.',
    'mood.count.entries.one': '{count} check-in',
    'mood.count.entries.other': '{count} check-ins',
    'mood.count.events.one': '{count} event',
    'mood.count.events.other': '{count} events',
  },
  es: {
    'mood.title': 'Cómo te has sentido',
    'mood.checkin.heading': '¿Cómo está tu ánimo hoy?',
    'mood.checkin.headingPast': '¿Cómo estuvo tu ánimo el {date}?',
    'mood.checkin.day': 'Día',
    'mood.checkin.scale': 'Tu ánimo, de {min} ({minLabel}) a {max} ({maxLabel})',
    'mood.checkin.minLabel': 'Muy bajo',
    'mood.checkin.maxLabel': 'Muy bien',
    'mood.checkin.value': '{mood} de {max}',
    'mood.checkin.note': 'Algo que quieras recordar de hoy (opcional)',
    'mood.checkin.notePast': 'Algo que quieras recordar de ese día (opcional)',
    'mood.checkin.save': 'Guardar',
    'mood.checkin.update': 'Actualizar',
    'mood.checkin.pick': 'Elige primero un número.',
    'mood.checkin.saved': 'Guardado: ánimo {mood} de {max} para el {date}.',
    'mood.checkin.future': 'Ese día aún no ha llegado. Elige hoy o un día anterior.',
    'mood.checkin.another': 'Añadir un registro para este día',
    'mood.checkin.today': 'Volver a hoy',
    'mood.entry.edit': 'Cambiar',
    'mood.entry.remove': 'Quitar',
    'mood.entry.removed': 'Se quitó el registro del {date}.',
    'mood.undo': 'Deshacer',
    'mood.cancel': 'Cancelar',

    'mood.event.heading': 'Algo que pasó con personas de tu vida',
    'mood.event.add': 'Añadir algo que pasó',
    'mood.event.edit': 'Cambiar',
    'mood.event.remove': 'Quitar',
    'mood.event.removed': 'Se quitó «{title}».',
    'mood.event.save': 'Guardar',
    'mood.event.saved': 'Guardado: {title}.',
    'mood.event.title': 'Qué pasó',
    'mood.event.titleHint': 'Por ejemplo: una discusión con mi hermana, una cena con una amiga',
    'mood.event.titleMissing': 'Escribe unas palabras sobre lo que pasó.',
    'mood.event.date': 'Cuándo',
    'mood.event.kind': 'Qué tipo de suceso',
    'mood.event.impact': 'Cómo te afectó',
    'mood.event.people': 'Quiénes participaron',
    'mood.event.peopleTyped': 'Nombres de las personas, separados por comas',
    'mood.event.note': 'Notas (opcional)',
    'mood.event.noImpact': 'Sin valorar',

    'mood.kind.conflict': 'Desacuerdo o conflicto',
    'mood.kind.loss': 'Pérdida',
    'mood.kind.change': 'Un cambio en la vida',
    'mood.kind.connection': 'Tiempo juntos',
    'mood.kind.support': 'Apoyo',
    'mood.kind.other': 'Otra cosa',

    'mood.impact.m4': 'Muy difícil',
    'mood.impact.m3': 'Difícil',
    'mood.impact.m2': 'Algo difícil',
    'mood.impact.m1': 'Un poco difícil',
    'mood.impact.0': 'Ni bueno ni difícil',
    'mood.impact.p1': 'Un poco bueno',
    'mood.impact.p2': 'Algo bueno',
    'mood.impact.p3': 'Bueno',
    'mood.impact.p4': 'Muy bueno',

    'mood.range.label': 'Mostrar',
    'mood.range.2w': 'Últimas 2 semanas',
    'mood.range.3m': 'Últimos 3 meses',
    'mood.range.1y': 'Último año',
    'mood.range.all': 'Todo',
    'mood.weekly.toggle': 'Mostrar el promedio semanal',
    'mood.weekly.legend': 'Promedio semanal',
    'mood.view.table': 'Ver como tabla',
    'mood.view.chart': 'Ver como gráfico',

    'mood.chart.label': 'Tu ánimo del {from} al {to}. Usa las flechas para moverte día a día.',
    'mood.chart.empty': 'Aún no hay nada registrado en este periodo.',
    'mood.legend.mood': 'Ánimo',
    'mood.legend.eventUp': 'Suceso bueno',
    'mood.legend.eventDown': 'Suceso difícil',

    'mood.day.mood': 'ánimo {mood} de {max}',
    'mood.day.moods': 'ánimo {mood} de {max} (promedio de {count})',
    'mood.day.noMood': 'sin registro',
    'mood.day.event': 'suceso: {title}, {impact}',
    'mood.day.eventWith': 'suceso: {title} con {people}, {impact}',
    'mood.day.eventNoImpact': 'suceso: {title}',
    'mood.day.eventWithNoImpact': 'suceso: {title} con {people}',
    'mood.day.measure': '{instrument} {score}, {band}',
    'mood.day.measurePlain': '{instrument} {score}',

    'mood.table.caption': 'Tus registros, sucesos y cuestionarios del {from} al {to}',
    'mood.table.date': 'Día',
    'mood.table.mood': 'Ánimo',
    'mood.table.notes': 'Notas',
    'mood.table.events': 'Qué pasó',
    'mood.table.measures': 'Cuestionarios',

    'mood.insight.heading': 'Patrones con las personas',
    'mood.insight.person': 'Los días con un suceso en el que participó {name}, tu ánimo promedió {with}; los demás días, {other}.',
    'mood.insight.note': 'Es un patrón en lo que registraste, no una prueba de que una cosa cause la otra. Puede ser un tema para hablar en tus sesiones.',
    'mood.insight.waiting': 'El patrón con {names} aparecerá cuando haya al menos {min} días registrados con un suceso con cada persona y {min} sin él.',
    'mood.insight.none': 'Cuando añadas a las personas que participaron en los sucesos, aquí aparecerán los patrones con ellas.',

    'mood.measure.removed': 'Se quitó el cuestionario del {date}.',
    'mood.measure.legend': 'Cuestionario PHQ-9 (0 a 27)',
    'mood.band.minimal': 'mínima',
    'mood.band.mild': 'leve',
    'mood.band.moderate': 'moderada',
    'mood.band.moderately-severe': 'moderadamente grave',
    'mood.band.severe': 'grave',

    'mood.export.csv': 'Descargar como hoja de cálculo (CSV)',
    'mood.export.json': 'Descargar como datos (JSON)',
    'mood.export.svg': 'Descargar el gráfico (SVG)',
    'mood.export.print': 'Imprimir',

    'mood.person.unknown': 'alguien que ya no está en tu círculo',
    'mood.empty': 'Aún no hay nada registrado. Tus registros aparecerán aquí.',
    'mood.count.entries.one': '{count} registro',
    'mood.count.entries.other': '{count} registros',
    'mood.count.events.one': '{count} suceso',
    'mood.count.events.other': '{count} sucesos',
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

