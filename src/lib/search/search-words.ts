/**
 * The words of a question that carry no meaning for search, the site's own name,
 * and the words that show a question is about a family member. Pure data and
 * small pure helpers, shared by the search island and the relevance test.
 *
 * Why: Pagefind requires every word of a query, so "macam mana nak tegur adik yang
 * guna dadah" finds only pages that happen to hold "macam", "mana", "nak" and
 * "yang" too — or nothing. Readers in trouble type questions; the filler words
 * must not decide the result. A word here is dropped from the search unless it is
 * part of a phrase the synonym table knows ("tidak bernafas", "passed out").
 */
import type { Locale } from '../../i18n/locales';

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/** Question and filler words, in both languages (a reader may type either on any page). Brunei Malay included. */
export const STOP_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  ms: words(`
    macam mana camana cemana bagaimana bagaimanakah gimana apa apakah apa-apa kenapa mengapa siapa siapakah bila bilakah
    mana manakah berapa nak hendak mahu mau kan ingin boleh bolehkah patut patutkah perlu perlukah harus haruskah
    adakah ada yang saya aku ku sy kami kita awak anda engkau kau dia ia mereka beliau nya di ke dari daripada pada
    kepada untuk bagi dengan dan atau serta ini itu ani atu tu ni situ sini lah kah pun bah jer je saja sahaja
    tidak tak inda bukan sudah dah telah akan sedang masih juga lagi tentang mengenai jika kalau kalo apabila
    supaya agar sebab kerana karena tapi tetapi cara buat membuat lepas selepas sebelum dalam atas bawah seperti
    sangat amat lebih paling semua setiap orang seseorang sesuatu betul betulkah benar benarkah sekarang baru mcm
    camne macamana tolonglah sila dibuat buat membuat lakukan dilakukan datang pergi tanpa
  `),
  en: words(`
    how what why who whom whose where when which is are was were be been being am do does did doing done i i'm im me
    my mine myself we our us you your yourself he him his she her hers they them their it its a an the of in on at
    to for with from by about into onto over after before and or but if so as than then this that these those there
    here can could should would will shall may might must have has had get gets got getting some any really just
    not no don t s d ll ve re won isn doesn didn shouldn can't cannot also too very much many more most all
    someone somebody something anyone anything thing things way ways please want need know tell say ok okay now
    still even ever out up without go come
  `),
};

/** The site's own name: it is on every page and must never make one a match. */
export const SITE_NAME_WORDS = ['rakan', 'pulih'] as const;

/**
 * Words that say a question is about someone in the family: their guidance then
 * ranks first. The relative names the asker, not the topic ("my brother" on a page
 * that says "someone you love"), so it is searched only when nothing else is left.
 * "Keluarga"/"family" are not here: they are a topic (family groups) of their own.
 */
export const FAMILY_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  ms: words(`
    anak adik abang kakak suami isteri bini laki ibu bapa ayah emak mak abah umi ummi
    cucu menantu anakku adikku abangku suamiku isteriku ibuku ayahku bapaku
  `),
  en: words(`
    son sons daughter daughters brother brothers sister sisters husband wife partner mother mum mom mam
    father dad parent parents child children kid kids teenager teen nephew niece grandson
    granddaughter sibling siblings spouse
  `),
};

/**
 * The people around a reader, relatives and others: words search knows as they are,
 * so a typed "kawan" is never taken for a slip of another word ("kanan").
 */
export const PEOPLE_WORDS: ReadonlySet<string> = new Set([
  ...FAMILY_WORDS.ms,
  ...FAMILY_WORDS.en,
  ...words('kawan kawan-kawan sahabat jiran friend friends neighbour neighbours'),
]);

/**
 * Whether a word names a person around the asker, a relative or a friend ("adikku",
 * "kawan", "friend"): who the question is about, not its topic.
 */
export function isPersonWord(word: string): boolean {
  return PEOPLE_WORDS.has(word) || isFamilyWord(word);
}

/** Whether a word (lower-case, as `queryWords` gives it) is filler in either language. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.ms.has(word) || STOP_WORDS.en.has(word);
}

/** Whether any word names a member of the family, in either language. */
export function mentionsFamily(words: readonly string[]): boolean {
  return words.some(isFamilyWord);
}

/** Whether a word names a relative ("adik", "adiknya", "brother"). */
export function isFamilyWord(word: string): boolean {
  return (
    FAMILY_WORDS.ms.has(word) || FAMILY_WORDS.en.has(word) || FAMILY_WORDS.ms.has(word.replace(/(ku|mu|nya)$/, ''))
  );
}

/**
 * The query's words without the site's name ("Rakan Pulih", in that order), so a
 * page never matches because it names the site.
 * @example withoutSiteName(['apa', 'itu', 'rakan', 'pulih']) // ['apa', 'itu']
 */
export function withoutSiteName(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === SITE_NAME_WORDS[0] && words[i + 1] === SITE_NAME_WORDS[1]) i++;
    else out.push(words[i] ?? '');
  }
  return out;
}
