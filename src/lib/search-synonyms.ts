/**
 * The words people actually type, grouped with the words our pages use for the
 * same idea, in both languages. Each group works both ways: any of its words
 * finds pages written with any other. Search looks only for the group's words in
 * the language of the index it searches (a Malay page searches Malay pages), so a
 * reader who types "drugs" on a Malay page finds pages that say "dadah".
 *
 * Write words as pages spell them, most common first: the first word of a group
 * in a language is the one a typed word from the other language is translated to.
 * Several forms of one Malay word are not needed (the index is stemmed), but
 * different roots are (ketagihan ≠ penagihan to a stemmer).
 */
import type { Locale } from '../i18n/locales';
import { malayStems, normaliseWord } from './malay-stemmer';

/** One idea, in the words of each language. */
export type SynonymGroup = Readonly<Record<Locale, readonly string[]>>;

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    ms: ['dadah', 'narkotik', 'syabu', 'metamfetamin'],
    en: ['drugs', 'drug', 'narcotics', 'methamphetamine', 'meth', 'syabu'],
  },
  { ms: ['ketagihan', 'penagihan', 'ketagih'], en: ['addiction', 'addicted', 'dependence'] },
  { ms: ['pemulihan', 'pulih'], en: ['recovery', 'recover', 'rehabilitation', 'rehab'] },
  { ms: ['kumpulan sokongan'], en: ['support group'] },
  { ms: ['keluarga'], en: ['family', 'families'] },
  { ms: ['relaps', 'kambuh'], en: ['relapse'] },
  { ms: ['sokongan rakan sebaya', 'rakan sebaya'], en: ['peer support', 'peer'] },
  { ms: ['sembahyang', 'solat'], en: ['prayer', 'prayers', 'pray'] },
  { ms: ['terlebih dos', 'overdos'], en: ['overdose'] },
  { ms: ['gian'], en: ['craving', 'cravings'] },
  { ms: ['talian bantuan', 'talian'], en: ['helpline', 'hotline'] },
  { ms: ['masjid', 'surau'], en: ['masjid', 'mosque'] },
  { ms: ['kanak-kanak', 'anak'], en: ['children', 'child', 'kids'] },
  { ms: ['belia', 'remaja', 'anak muda'], en: ['young people', 'youth', 'teenagers'] },
  { ms: ['wanita', 'perempuan'], en: ['women', 'woman'] },
  { ms: ['dalam talian'], en: ['online'] },
];

/**
 * A crude English stem, enough to match "families" with "family" and
 * "recovering" with "recover"; never used on the index.
 * @example englishStem('families') // 'family'
 */
export function englishStem(word: string): string {
  const w = normaliseWord(word);
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The keys a word matches under: its stems in the given language. */
export function wordKeys(word: string, locale: Locale): string[] {
  return locale === 'ms' ? malayStems(word) : [englishStem(word)];
}

/** Whether two words (or multi-word phrases) are forms of the same thing in a language. */
export function sameTerm(a: readonly string[], b: readonly string[], locale: Locale): boolean {
  return (
    a.length === b.length &&
    a.every((word, i) => {
      const other = b[i] ?? '';
      if (normaliseWord(word) === normaliseWord(other)) return true;
      const keys = wordKeys(other, locale);
      return wordKeys(word, locale).some((k) => keys.includes(k));
    })
  );
}
