import type { Locale } from '../i18n/locales';
import { TIME_ZONE } from './brunei';

// Building an Intl.DateTimeFormat costs far more than using one (it loads locale
// data); at thousands of pages a new one per call was seconds of the build. One each.
const LONG_DATE: Record<Locale, Intl.DateTimeFormat> = {
  ms: new Intl.DateTimeFormat('ms-BN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
};
const ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/**
 * A calendar date as a Bruneian reader writes it.
 * @example formatDate(new Date('2026-11-20'), 'ms') // '20 November 2026'
 */
export function formatDate(date: Date, locale: Locale): string {
  return LONG_DATE[locale].format(date);
}

/** `YYYY-MM-DD` in Brunei time, for `<time datetime>` and feeds. */
export function isoDate(date: Date): string {
  return ISO_DATE.format(date);
}

/** Whole months between two dates, rounded down (for "last verified over 12 months ago"). */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}
