/**
 * Filling an interface string: `{name}` slots and plural forms chosen by
 * `Intl.PluralRules`. Pure and free of the catalogues, so the islands can import it
 * and get the strings they need from the page.
 */
import type { Locale } from './locales';

/**
 * A string with a form per plural category of the language (`Intl.PluralRules`):
 * Malay has only `other` ("1 kumpulan", "3 kumpulan"), English `one` and `other`.
 * `zero`, when given, is used for a count of 0 in every language ("No groups…").
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | Plural;
export type Values = Record<string, string | number>;

const rules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
/** The BCP 47 tag for dates, numbers and plurals in a site language (Brunei's Malay, British English). */
export const languageTag = (locale: Locale) => (locale === 'ms' ? 'ms-BN' : 'en-GB');

/**
 * Fills `{name}` slots; a slot without a value stays as it is, so a missing value
 * shows up in review instead of disappearing.
 * @example fillSlots('{shown} of {total}', { shown: 3, total: 26 }) // '3 of 26'
 */
export function fillSlots(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/** The form of a plural string for a count in a language. */
export function pluralForm(message: Plural, locale: Locale, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(languageTag(locale))));
  return message[rule.select(count)] ?? message.other;
}

/**
 * A message with its slots filled; with a `count`, the plural form for it, and
 * `{count}` written as the language writes numbers.
 * @example formatMessage({ one: '{count} group', other: '{count} groups' }, 'en', {}, 1) // '1 group'
 */
export function formatMessage(message: Message, locale: Locale, values: Values = {}, count?: number): string {
  if (typeof message === 'string')
    return fillSlots(message, count === undefined ? values : { count: formatCount(count, locale), ...values });
  if (count === undefined) return fillSlots(message.other, values);
  return fillSlots(pluralForm(message, locale, count), { count: formatCount(count, locale), ...values });
}

function formatCount(count: number, locale: Locale): string {
  // A whole number under 1,000 is written the same in ms-BN and en-GB (Latin digits,
  // no separator). Skipping Intl.NumberFormat for it spares a phone the first
  // formatter's locale data (about 45 ms at 4× slower CPU) while the directory starts.
  if (Number.isInteger(count) && Math.abs(count) < 1000) return String(count);
  return numberFormat(locale).format(count);
}

/** One `Intl.NumberFormat` per language and options, made the first time it is asked for (see `dateFormat`). */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(languageTag(locale), options)));
  return format;
}
