/**
 * The components editors may use in `.mdx` content without importing them
 * (the article and story pages pass them to `<Content components={…} />`).
 * `npm run check:content` reads this list to check their names and props;
 * docs/editing.md shows an example of each.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales';

/** How a callout looks: `info` (neutral), `tip` (helpful), `important` (read this first). */
export const CALLOUT_TONES = ['info', 'tip', 'important'] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

export interface PropRule {
  required?: boolean;
  /** The only values allowed, when there is a fixed list. */
  values?: readonly string[];
}

export interface ComponentRule {
  props: Record<string, PropRule>;
  /** A minimal correct use, quoted in error messages. */
  example: string;
}

export const MDX_COMPONENTS: Record<string, ComponentRule> = {
  Callout: {
    props: { tone: { values: CALLOUT_TONES }, title: {} },
    example: '<Callout tone="tip" title="A small step">Text…</Callout>',
  },
  HelplineCard: {
    props: { id: { required: true } },
    example: '<HelplineCard id="talian-harapan" />',
  },
  Reflection: {
    props: { source: { required: true } },
    example: '<Reflection source="Surah Az-Zumar 39:53">Quoted words…</Reflection>',
  },
  ContentNote: {
    props: {},
    example: '<ContentNote>This part talks about an overdose.</ContentNote>',
  },
};

/**
 * The source of a quotation, or an error that fails the build: a quotation
 * (above all from the Qur'an or a hadith) is shown only with its reference.
 */
export function requireSource(source: unknown): string {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new Error(
      `A <Reflection> needs a source, e.g. ${MDX_COMPONENTS.Reflection!.example}. Quote the Qur'an or a hadith only with its reference; see docs/editing.md.`,
    );
  }
  return source.trim();
}

/** The callout tone, or an error naming the allowed ones. Missing means `info`. */
export function calloutTone(tone: unknown): CalloutTone {
  if (tone === undefined) return 'info';
  if (typeof tone === 'string' && (CALLOUT_TONES as readonly string[]).includes(tone)) return tone as CalloutTone;
  throw new Error(`<Callout tone="${String(tone)}"> is not a tone; use one of: ${CALLOUT_TONES.join(', ')}.`);
}

/**
 * The interface language for a component inside content: the page's locale
 * (`Astro.currentLocale`), so its labels match the page around it.
 */
export function componentLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}
