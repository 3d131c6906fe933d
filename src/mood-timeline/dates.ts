/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Every date is treated as a day on the
 * user's own calendar, so the arithmetic runs in UTC: no daylight-saving hour can move a
 * day into its neighbour.
 */

const MS_PER_DAY = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date (the caller has checked it is real).
 * Plain integer arithmetic (Hinnant's days-from-civil): charts call it thousands of times.
 */
export function dayNumber(date: string): number {
  let y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** True for a real calendar date written `YYYY-MM-DD` (as the core's isCalendarDate, without a Date). */
export function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  // one pass: each character checked as a digit (`>>> 0` turns a char below '0' into a large
  // number) and added to its part at once; ten years of entries check thousands of dates
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = (value.charCodeAt(i) - 48) >>> 0;
    if (c > 9) return false;
    y = y * 10 + c;
  }
  const m1 = (value.charCodeAt(5) - 48) >>> 0;
  const m2 = (value.charCodeAt(6) - 48) >>> 0;
  const d1 = (value.charCodeAt(8) - 48) >>> 0;
  const d2 = (value.charCodeAt(9) - 48) >>> 0;
  if (m1 > 9 || m2 > 9 || d1 > 9 || d2 > 9) return false;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  const t = new Date(day * MS_PER_DAY);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  const m = String(t.getUTCMonth() + 1).padStart(2, '0');
  const d = String(t.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` later (or earlier); a day the target month lacks falls back to
 * its last day (31 March minus one month is 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const t = new Date(Date.UTC(y, m, Math.min(d, lastDay)));
  return fromDayNumber(Math.round(t.getTime() / MS_PER_DAY));
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The day number of the Monday that starts the week holding `day` (ISO weeks). */
export function weekStart(day: number): number {
  return day - weekdayIndex(day);
}
