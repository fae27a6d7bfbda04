import { en } from './en';
import type { Locale } from './locales';
import { ms, type UiKey } from './ms';

export type { UiKey };
export const dictionaries: Record<Locale, Record<UiKey, string>> = { ms, en };

/**
 * The translator for one locale.
 * @example useTranslations('en')('nav.help') // 'Get help'
 */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey): string => dict[key];
}
