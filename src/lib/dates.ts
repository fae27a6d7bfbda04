import { languageTag } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { TIME_ZONE } from './brunei';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One `Intl.DateTimeFormat` per language tag and options, made the first time it is
 * asked for. Making one costs far more than using one (it loads locale data): at
 * thousands of pages a new one per call was seconds of the build, and in the
 * directory one per card was half the time of a filter change. Made lazily, because
 * a page in one language never needs the other's, and three made as a module loaded
 * were 65–98 ms of a phone's (4× slower CPU) start-up on the directory.
 */
export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format;
}

/**
 * A calendar date as a Bruneian reader writes it.
 * @example formatDate(new Date('2026-11-20'), 'ms') // '20 November 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(languageTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** `YYYY-MM-DD` in Brunei time, for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
  return dateFormat('en-CA', { timeZone: TIME_ZONE }).format(date);
}

/** Whole months between two dates, rounded down (for "last verified over 12 months ago"). */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}
