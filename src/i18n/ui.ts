import { en } from './en';
import { formatMessage, type Plural, type Values } from './format';
import type { Locale } from './locales';
import { ms, type UiKey } from './ms';

export type { UiKey };

/** Keys whose string has plural forms: they need a count. */
export type PluralKey = { [K in UiKey]: (typeof ms)[K] extends string ? never : K }[UiKey];
/** Keys with one form. */
export type TextKey = Exclude<UiKey, PluralKey>;
/** A catalogue: a string for each key, plural forms where the Malay source has them. */
export type Catalogue = { [K in UiKey]: K extends PluralKey ? Plural : string };

export const dictionaries: Record<Locale, Catalogue> = { ms, en };

/**
 * A translator: `t(key)`, `t(key, { name: 'value' })`, `t(pluralKey, values, count)`.
 * A plural key without a count gives its `other` form.
 */
export type Translate = (key: UiKey, values?: Values, count?: number) => string;

/**
 * The translator for one locale: the string for a key, its `{name}` slots filled,
 * and for a plural key the form `Intl.PluralRules` picks for the count.
 * @example useTranslations('en')('nav.help') // 'Get help'
 * @example useTranslations('en')('directory.mapLabel', { district: 'Tutong' }, 1) // 'Tutong: 1 group'
 */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, values, count) => formatMessage(dict[key], locale, values, count);
}

/** The props of a component that needs only the page's language. */
export interface LocaleProps {
  locale: Locale;
}

/**
 * A component's props with the translator for its locale added:
 * `const { locale, t } = withTranslator(Astro.props);`.
 */
export function withTranslator<P extends LocaleProps>(props: P): P & { t: Translate } {
  return { ...props, t: useTranslations(props.locale) };
}
