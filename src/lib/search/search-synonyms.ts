/**
 * The words people actually type, grouped with the words our pages use for the
 * same idea, in both languages. Each group works both ways: any of its words
 * finds pages written with any other. Search looks only for the group's words in
 * the language of the index it searches (a Malay page searches Malay pages), so a
 * reader who types "drugs" on a Malay page finds pages that say "dadah".
 *
 * Ideas the glossary defines keep their everyday words there (content/glossary.yaml,
 * `search:`); this table holds plain words with no glossary entry.
 *
 * Write words as pages spell them, most common first: the first word of a group
 * in a language is the one a typed word from the other language is translated to.
 * Several forms of one Malay word are not needed (the index is stemmed), but
 * different roots are (ketagihan ≠ penagihan to a stemmer).
 */
import type { Locale } from '../../i18n/locales';
import { malayStems, normaliseWord } from './malay-stemmer';

/**
 * One idea, in the words of each language. In a `bridge` group the first word of
 * each language is the one our pages use and the others are what readers say
 * ("pengsan", "passed out"): a typed everyday word is always searched as the
 * page's word too, not only when the words as typed find little.
 */
export type SynonymGroup = Readonly<Record<Locale, readonly string[]>> & { readonly bridge?: boolean };

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Syabu, ice and meth are the glossary's (methamphetamine).
  { ms: ['dadah', 'narkotik'], en: ['drugs', 'drug', 'narcotics'] },
  { ms: ['pemulihan', 'pulih'], en: ['recovery', 'recover', 'rehabilitation'] },
  { ms: ['kumpulan sokongan'], en: ['support group'] },
  { ms: ['keluarga'], en: ['family', 'families'] },
  { ms: ['sokongan rakan sebaya', 'rakan sebaya'], en: ['peer support', 'peer'] },
  { ms: ['sembahyang', 'solat'], en: ['prayer', 'prayers', 'pray', 'praying'] },
  { ms: ['kanak-kanak', 'anak'], en: ['children', 'child', 'kids'] },
  { ms: ['belia', 'remaja', 'anak muda'], en: ['young people', 'youth', 'teenagers', 'teenager', 'teen'] },
  { ms: ['wanita', 'perempuan'], en: ['women', 'woman'] },
  { ms: ['iman'], en: ['faith'] },
  // Everyday words for what the guides call talking with someone (bridges: the first word is the pages').
  {
    ms: ['bercakap', 'tegur', 'menegur', 'nasihat', 'menasihati', 'berbual'],
    en: ['talk', 'talking', 'confront', 'speak'],
    bridge: true,
  },
  { ms: ['dalam talian', 'whatsapp', 'mesej'], en: ['online', 'whatsapp', 'messages'], bridge: true },
  { ms: ['pulang', 'balik'], en: ['comes home', 'coming home', 'coming out', 'back home'], bridge: true },
];

/**
 * Every group search uses: the table above, then the glossary's (`glossaryGroups`),
 * which the search page hands its island as `data-synonyms`.
 */
export function allGroups(fromGlossary: readonly SynonymGroup[] = []): SynonymGroup[] {
  return [...SYNONYM_GROUPS, ...fromGlossary];
}

/** What `glossaryGroups` reads of a glossary term (content/glossary.yaml). */
export interface GlossaryWords {
  ms: string;
  en: string;
  search?: Partial<Record<Locale, readonly string[]>> | undefined;
  avoid?: Partial<Record<Locale, readonly string[]>> | undefined;
}

/** "Metamfetamin (syabu)" → ["Metamfetamin", "syabu"]: the term, and what its brackets hold. */
function termParts(term: string): string[] {
  const inside = [...term.matchAll(/\(([^)]*)\)/g)].flatMap((m) => (m[1] ?? '').split(/,|;/));
  return [term.replace(/\([^)]*\)/g, ''), ...inside].map((t) => t.trim()).filter(Boolean);
}

/**
 * Bridge groups from the glossary: each term that lists `search:` words joins them
 * to the words pages use (the first `search` word, then the term itself) and to the
 * words the glossary asks writers to avoid, which readers still type ("penagih",
 * "junkie"). Editors keep this list in content/glossary.yaml, where they already work.
 */
export function glossaryGroups(terms: readonly GlossaryWords[]): SynonymGroup[] {
  return terms
    .filter((t) => t.search && (t.search.ms?.length || t.search.en?.length))
    .map((t) => {
      const words = (locale: Locale) => [
        ...new Set(
          [...(t.search?.[locale] ?? []), ...termParts(t[locale]), ...(t.avoid?.[locale] ?? [])].map((w) =>
            w.toLowerCase(),
          ),
        ),
      ];
      return { ms: words('ms'), en: words('en'), bridge: true };
    });
}

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
