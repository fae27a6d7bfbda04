/**
 * Brunei's public holidays, Ramadan and Hijri dates, from `content/holidays.yaml`.
 * Dates that follow the moon are announced in Brunei after the new moon is
 * sighted, so the file marks each one `expected` until the announcement.
 * Ships to the browser: no schema library here.
 */
import type { Locale } from '../../i18n/locales';
import { TIME_ZONE } from '../brunei';
import { dateFormat } from '../dates';
import { languageTag } from '../../i18n/format';

/** Kinds of day in the file. `ramadan` is the fasting month itself, not a day off. */
export const HOLIDAY_KINDS = [
  'new-year',
  'israk-mikraj',
  'chinese-new-year',
  'national-day',
  'awal-ramadan',
  'nuzul-al-quran',
  'hari-raya-aidilfitri',
  'armed-forces-day',
  'hari-raya-aidiladha',
  'awal-tahun-hijrah',
  'sultans-birthday',
  'maulud-nabi',
  'christmas',
  'ramadan',
] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day (or run of days) from the file, as the islands receive it. */
export interface Holiday {
  id: string;
  kind: HolidayKind;
  name: { ms: string; en: string };
  /** First day, `YYYY-MM-DD` (Brunei). */
  start: string;
  /** Last day, inclusive; the same as `start` for a single day. */
  end: string;
  /** True until the date is officially announced. */
  expected: boolean;
}

/** `YYYY-MM-DD` for a calendar date. @example isoOf({ year: 2027, month: 3, day: 9 }) // '2027-03-09' */
export function isoOf(date: { year: number; month: number; day: number }): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The holiday on a date on which a group does not meet, if any: every day in the
 * file except Ramadan itself, and except the kinds the group says it meets on.
 * @example holidayOn('2027-03-09', holidays) // the Hari Raya Aidilfitri entry
 */
export function holidayOn(
  iso: string,
  holidays: readonly Holiday[],
  meetsOn: readonly HolidayKind[] = [],
): Holiday | undefined {
  return holidays.find((h) => h.kind !== 'ramadan' && !meetsOn.includes(h.kind) && h.start <= iso && iso <= h.end);
}

/** True when the date falls in Ramadan as given in the file (never guessed). */
export function isRamadan(iso: string, holidays: readonly Holiday[]): boolean {
  return holidays.some((h) => h.kind === 'ramadan' && h.start <= iso && iso <= h.end);
}

/** Years (Gregorian) that have at least one entry. */
export function yearsCovered(holidays: readonly Pick<Holiday, 'start'>[]): number[] {
  return [...new Set(holidays.map((h) => Number(h.start.slice(0, 4))))].sort((a, b) => a - b);
}

/**
 * The Hijri date of an instant, by the Umm al-Qura calendar. Brunei's own
 * calendar follows the sighting of the new moon and can differ by a day, so
 * pages always call it approximate.
 * @example hijriDate(new Date('2027-03-09T04:00:00Z'), 'ms') // '1 Syawal 1448 H'
 */
export function hijriDate(date: Date, locale: Locale): string {
  return dateFormat(`${languageTag(locale)}-u-ca-islamic-umalqura`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  })
    .format(date)
    .replace(/ (H|AH)$/, '\u00a0$1'); // "1448 H" never breaks before the H (review finding)
}

/**
 * A checked entry of `content/holidays.yaml` (dates as the schema gives them) as
 * the pages and islands use it, with dates written YYYY-MM-DD.
 */
export function toHoliday(entry: {
  id: string;
  kind: HolidayKind;
  name: { ms: string; en: string };
  start: Date;
  end?: Date | undefined;
  expected: boolean;
}): Holiday {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    id: entry.id,
    kind: entry.kind,
    name: { ms: entry.name.ms, en: entry.name.en },
    start: day(entry.start),
    end: day(entry.end ?? entry.start),
    expected: entry.expected,
  };
}

/** The Ramadan on or after a date, from the file (undefined when none is listed). */
export function upcomingRamadan(iso: string, holidays: readonly Holiday[]): Holiday | undefined {
  return holidays.filter((h) => h.kind === 'ramadan' && h.end >= iso).sort((a, b) => a.start.localeCompare(b.start))[0];
}
