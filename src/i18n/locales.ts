/** The site's locales. Malay is the default; both are prefixed in URLs (`/ms/…`, `/en/…`). */
export const LOCALES = ['ms', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ms';

/** What each locale is called, in its own language, and its BCP 47 tags. */
export const LOCALE_INFO: Record<Locale, { name: string; htmlLang: string; ogLocale: string }> = {
  ms: { name: 'Bahasa Melayu', htmlLang: 'ms', ogLocale: 'ms_BN' },
  en: { name: 'English', htmlLang: 'en', ogLocale: 'en_BN' },
};

/** What each locale is called in English: the tools speak to editors in English. */
export const LOCALE_NAMES_EN: Record<Locale, string> = { ms: 'Malay', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the language switch always offers exactly one. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'ms' ? 'en' : 'ms';
}

/**
 * `getStaticPaths` for a page that exists once per locale. The locale is a typed
 * prop as well as the parameter, so a page reads `Astro.props.locale` without a cast.
 */
export function localeStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}
