/**
 * `npm run new -- story|article|group [--locale ms|en] "Title"`: the files a new
 * entry starts as. Every required field is there with a placeholder and a comment
 * saying what to write; placeholders carry the word TODO, which
 * `npm run check:content` refuses on anything published. Articles and stories are
 * written in both languages, the second as an untranslated draft.
 */
import { LOCALE_NAMES_EN, otherLocale, type Locale } from '../../src/i18n/locales';
import { kebab } from '../content-check/index';
import { isoDate } from '../../src/lib/dates';
import type { Section } from '../../src/lib/content/schemas';

export const ENTRY_KINDS = ['story', 'article', 'group'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface NewEntryRequest {
  kind: EntryKind;
  title: string;
  /** The language the title (and the original) is written in. */
  locale: Locale;
  /** The file name and address; made from the title when absent. */
  slug?: string | undefined;
  /** Articles only. */
  section?: Section | undefined;
  /** Today in Brunei, YYYY-MM-DD: the starting value of every date. */
  today: string;
}

export interface PlannedFile {
  /** Path inside the content folder. */
  path: string;
  text: string;
  /** What the file is, for the terminal. */
  role: string;
}

export interface NewEntryPlan {
  slug: string;
  files: PlannedFile[];
  /** The page address to open in `npm run dev` once the entry is published. */
  previewPath: string;
}

/** Today's date in Brunei as YYYY-MM-DD (the same Brunei date the pages print). */
export function todayInBrunei(now: Date = new Date()): string {
  return isoDate(now);
}

/**
 * A page address made from a title: lower case, hyphens, at most 60 characters,
 * cut at a word.
 * @example slugFromTitle('Apa itu sokongan rakan sebaya?') // 'apa-itu-sokongan-rakan-sebaya'
 */
export function slugFromTitle(title: string): string {
  const slug = kebab(title);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** A YAML string in double quotes (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);

/** A title under a TODO marker, kept within the 90-character limit. */
const todoTitle = (title: string) => q(`TODO: ${title}`.slice(0, 90));

const LANGUAGE: Record<Locale, Record<Locale, string>> = {
  en: LOCALE_NAMES_EN,
  ms: { en: 'bahasa Inggeris', ms: 'Bahasa Melayu' },
};

/** The comments and placeholders of the article and story templates, in the language of the file. */
const WORDS = {
  en: {
    header: (what: string) =>
      `# New ${what}. Fill in each placeholder marked in capitals below, then run: npm run check:content`,
    untranslated: (original: string, from: string) => [
      `# UNTRANSLATED: the English version of ${original}.`,
      `# It stays a draft, off the site, until you translate it from ${from} and set draft: false.`,
    ],
    guide: '# Guide: docs/editing.md',
    title: '# The page heading: plain words, at most 90 characters.',
    description: '# One or two sentences for search results and link previews (at most 160 characters).',
    descriptionTodo: 'TODO: what will a reader find on this page?',
    section: '# The part of the site: learn | families | programmes | help',
    sectionTranslation: '# Must be the same as in the original: learn | families | programmes | help',
    order: '# Optional: its place in the section list (lower comes first). Remove the # to use it.',
    topics: '# Topics in lower-case words joined by hyphens, e.g. [relapse, families].',
    updated: '# The day you last changed the text (YYYY-MM-DD).',
    reviewed:
      '# Only after a reviewer has read the page: remove the # and write the day and their role (health-professional | counsellor | peer-mentor | religious-teacher | editor).',
    sources: '# Where the facts come from: at least one. Add a line   url: https://…   when there is a web page.',
    sourceTitle: 'TODO: the title of the report, article or book',
    sourcePublisher: 'TODO: who published it',
    translationOf: (from: string) => `# This file is a translation of the ${from} version. Leave this line as it is.`,
    draft: '# true keeps the page off the site. Change it to false when the page is finished and checked.',
    articleBody:
      'TODO: write the article here. Short sentences, plain words. Start each heading with ## (the title is already the page heading).',
    translateBody: (original: string) => `TODO: translate the text of ${original} here.`,
    storyBody: "TODO: write the story here, in the storyteller's words. Start each heading with ##.",
    storyDescription: 'TODO: who tells the story, and what it is about',
    consentChecklist: '# Before publishing, go through the consent checklist in docs/editing.md.',
    narrator: "# A pseudonym: never the storyteller's real name.",
    narratorTodo: 'TODO: a pseudonym',
    role: '# Who tells the story: person-in-recovery | parent | spouse | sibling | child | peer-mentor | facilitator',
    roleTodo: '# TODO: check the role',
    age: "# Optional: the narrator's age. Remove the # to use it.",
    district: '# Optional: brunei-muara | belait | tutong | temburong. Remove the # to use it.',
    faithThemes:
      '# Any of: taubat, sabar, doa, syukur, ukhuwah, solat, ramadan, hari-raya, masjid, tawakal, silaturahim',
    contentNotes:
      '# Hard subjects the story mentions, shown before it, e.g. ["relapse", "family conflict"]; [] when none.',
    kind: "# composite: editors wrote it from several people's experiences (no storyteller, no consent block). personal: one person's story.",
    kindTodo: '# TODO: composite or personal',
    consent: [
      '# A personal story cannot be published without this record (checklist in docs/editing.md).',
      '# Remove the # signs only when each part really happened. A composite has no consent block.',
    ],
    record: '# Where the signed consent form is kept, e.g. CR-2026-014.',
    given: '# The day the storyteller gave consent (YYYY-MM-DD).',
    approved: '# The day the storyteller approved this final text (YYYY-MM-DD).',
    withdraw: '# How the storyteller can take the story down again, in both languages.',
  },
  ms: {
    header: (what: string) =>
      `# ${what} baharu. Isikan setiap tempat bertanda huruf besar di bawah, kemudian jalankan: npm run check:content`,
    untranslated: (original: string, from: string) => [
      `# BELUM DITERJEMAH: versi Bahasa Melayu bagi ${original}.`,
      `# Fail ini kekal sebagai draf (tidak dipaparkan) sehingga anda menterjemahkannya daripada ${from} dan menukar draft: false.`,
    ],
    guide: '# Panduan: docs/editing.ms.md',
    title: '# Tajuk halaman: bahasa yang mudah, tidak lebih 90 aksara.',
    description: '# Satu atau dua ayat untuk hasil carian dan pratonton pautan (tidak lebih 160 aksara).',
    descriptionTodo: 'TODO: apa yang pembaca akan dapati di halaman ini?',
    section: '# Bahagian laman: learn | families | programmes | help',
    sectionTranslation: '# Mesti sama dengan versi asal: learn | families | programmes | help',
    order: '# Pilihan: kedudukan dalam senarai bahagian (nombor kecil dahulu). Buang tanda # untuk menggunakannya.',
    topics: '# Topik dalam huruf kecil, perkataan disambung dengan tanda sempang, contohnya [relapse, families].',
    updated: '# Tarikh teks terakhir diubah (YYYY-MM-DD).',
    reviewed:
      '# Hanya selepas penyemak membaca halaman ini: buang tanda # dan tulis tarikh serta peranan penyemak (health-professional | counsellor | peer-mentor | religious-teacher | editor).',
    sources: '# Sumber fakta: sekurang-kurangnya satu. Tambah baris   url: https://…   jika ada laman web.',
    sourceTitle: 'TODO: tajuk laporan, artikel atau buku',
    sourcePublisher: 'TODO: siapa yang menerbitkannya',
    translationOf: (from: string) => `# Fail ini terjemahan daripada versi ${from}. Biarkan baris ini seperti ini.`,
    draft: '# true: halaman tidak dipaparkan di laman. Tukar kepada false apabila halaman sudah siap dan disemak.',
    articleBody:
      'TODO: tulis artikel di sini. Ayat pendek, bahasa yang mudah. Mulakan setiap tajuk kecil dengan ## (tajuk utama sudah ada di atas).',
    translateBody: (original: string) => `TODO: terjemahkan teks ${original} di sini.`,
    storyBody: 'TODO: tulis kisah di sini, dengan kata-kata pencerita sendiri. Mulakan setiap tajuk kecil dengan ##.',
    storyDescription: 'TODO: siapa yang bercerita, dan kisahnya tentang apa',
    consentChecklist: '# Sebelum menerbitkan, semak senarai semak keizinan dalam docs/editing.ms.md.',
    narrator: '# Nama samaran: jangan sekali-kali nama sebenar pencerita.',
    narratorTodo: 'TODO: nama samaran',
    role: '# Siapa yang bercerita: person-in-recovery | parent | spouse | sibling | child | peer-mentor | facilitator',
    roleTodo: '# TODO: semak peranan',
    age: '# Pilihan: umur pencerita. Buang tanda # untuk menggunakannya.',
    district: '# Pilihan: brunei-muara | belait | tutong | temburong. Buang tanda # untuk menggunakannya.',
    faithThemes:
      '# Mana-mana daripada: taubat, sabar, doa, syukur, ukhuwah, solat, ramadan, hari-raya, masjid, tawakal, silaturahim',
    contentNotes:
      '# Perkara berat yang disebut dalam kisah, dipaparkan sebelum kisah, contohnya ["kambuh semula", "konflik keluarga"]; [] jika tiada.',
    kind: '# composite: editor menulisnya daripada pengalaman beberapa orang (tiada pencerita, tiada blok keizinan). personal: kisah seorang sahaja.',
    kindTodo: '# TODO: composite atau personal',
    consent: [
      '# Kisah personal tidak boleh diterbitkan tanpa rekod ini (senarai semak dalam docs/editing.ms.md).',
      '# Buang tanda # hanya apabila setiap bahagian benar-benar sudah berlaku. Kisah composite tiada blok keizinan.',
    ],
    record: '# Tempat borang keizinan yang ditandatangani disimpan, contohnya CR-2026-014.',
    given: '# Tarikh pencerita memberi keizinan (YYYY-MM-DD).',
    approved: '# Tarikh pencerita meluluskan teks akhir ini (YYYY-MM-DD).',
    withdraw: '# Cara pencerita boleh menurunkan kisah ini semula, dalam kedua-dua bahasa.',
  },
} as const;

function article(req: NewEntryRequest, locale: Locale, slug: string): string {
  const w = WORDS[locale];
  const isOriginal = locale === req.locale;
  const original = `articles/${req.locale}/${slug}.mdx`;
  return [
    '---',
    ...(isOriginal
      ? [w.header(locale === 'ms' ? 'Artikel' : 'article')]
      : w.untranslated(original, LANGUAGE[locale][req.locale])),
    w.guide,
    '',
    w.title,
    `title: ${isOriginal ? q(req.title) : todoTitle(req.title)}`,
    w.description,
    `description: ${q(w.descriptionTodo)}`,
    isOriginal ? w.section : w.sectionTranslation,
    `section: ${req.section ?? 'learn'}`,
    w.order,
    '# order: 10',
    w.topics,
    'topics: []',
    w.updated,
    `updated: ${req.today}`,
    w.reviewed,
    `# reviewed: { date: ${req.today}, by: health-professional }`,
    w.sources,
    'sources:',
    `  - title: ${q(w.sourceTitle)}`,
    `    publisher: ${q(w.sourcePublisher)}`,
    `    year: ${req.today.slice(0, 4)}`,
    ...(isOriginal ? [] : [w.translationOf(LANGUAGE[locale][req.locale]), `translationOf: ${req.locale}`]),
    w.draft,
    'draft: true',
    '---',
    '',
    isOriginal ? w.articleBody : w.translateBody(original),
    '',
  ].join('\n');
}

function story(req: NewEntryRequest, locale: Locale, slug: string): string {
  const w = WORDS[locale];
  const isOriginal = locale === req.locale;
  const original = `stories/${req.locale}/${slug}.mdx`;
  return [
    '---',
    ...(isOriginal
      ? [w.header(locale === 'ms' ? 'Kisah' : 'story')]
      : w.untranslated(original, LANGUAGE[locale][req.locale])),
    w.consentChecklist,
    w.guide,
    '',
    w.title,
    `title: ${isOriginal ? q(req.title) : todoTitle(req.title)}`,
    w.description,
    `description: ${q(w.storyDescription)}`,
    w.narrator,
    `narrator: ${q(w.narratorTodo)}`,
    w.role,
    `role: person-in-recovery  ${w.roleTodo}`,
    w.age,
    '# age: 34',
    w.district,
    '# district: tutong',
    w.faithThemes,
    'faithThemes: []',
    w.contentNotes,
    'contentNotes: []',
    w.kind,
    `kind: composite  ${w.kindTodo}`,
    ...w.consent,
    '# consent:',
    `#   ${w.record}`,
    '#   record: CR-YYYY-NNN',
    `#   ${w.given}`,
    '#   given: YYYY-MM-DD',
    `#   ${w.approved}`,
    '#   approved: YYYY-MM-DD',
    `#   ${w.withdraw}`,
    '#   withdraw: { ms: "…", en: "…" }',
    w.updated,
    `updated: ${req.today}`,
    ...(isOriginal ? [] : [w.translationOf(LANGUAGE[locale][req.locale]), `translationOf: ${req.locale}`]),
    w.draft,
    'draft: true',
    '---',
    '',
    isOriginal ? w.storyBody : w.translateBody(original),
    '',
  ].join('\n');
}

/** A group file: both languages inside, every placeholder marked TODO (groups have no draft). */
function group(req: NewEntryRequest, id: string): string {
  const name = (locale: Locale) =>
    locale === req.locale
      ? q(req.title)
      : q(locale === 'ms' ? 'TODO: nama kumpulan dalam Bahasa Melayu' : 'TODO: the group name in English');
  return [
    '# yaml-language-server: $schema=../../.astro/collections/groups.schema.json',
    '# New group. Fill in each placeholder marked in capitals below (and delete the word), then run:',
    '#   npm run check:content',
    '# The check fails until no placeholder is left, so the group cannot reach the site half-done.',
    '# Guide: docs/editing.md ("Add or update a group") · Panduan: docs/editing.ms.md',
    '# Fields with ms: and en: need both languages: Malay (ms) and English (en).',
    '',
    'name:',
    `  ms: ${name('ms')}`,
    `  en: ${name('en')}`,
    '# support-group | family-group | mentoring | community-activity',
    'kind: support-group  # TODO: check the kind',
    '# What happens at a meeting, and who it is for: two or three plain sentences.',
    'description:',
    `  ms: ${q('TODO: apa yang berlaku dalam perjumpaan, dan untuk siapa')}`,
    `  en: ${q('TODO: what happens at a meeting, and who it is for')}`,
    '# brunei-muara | belait | tutong | temburong',
    'district: brunei-muara  # TODO: the district where the group meets',
    '# One of the 39 mukims, spelled as in docs/editing.md, e.g. "Gadong A", "Seria", "Bangar".',
    'mukim: Kianggeh  # TODO: the mukim where the group meets',
    '# Leave out address and coordinates for an online-only group.',
    'address:',
    `  ms: ${q('TODO: alamat (atau tulis bahawa alamat penuh diberi apabila orang menghubungi kumpulan)')}`,
    `  en: ${q('TODO: the address (or say that the full address is given when people get in touch)')}`,
    '# The meeting place, inside Brunei: latitude (about 4 to 5) first, then longitude (about 114 to 115).',
    'coordinates: { lat: 4.8903, lng: 114.9401 }  # TODO: the meeting place',
    '# Each weekly meeting: day (monday … sunday), start and end in 24-hour time, in quotes.',
    '# Or after a prayer (subuh | zohor | asar | maghrib | isyak): minutes after it, and how long:',
    '#   - { day: tuesday, after: isyak, offset: 15, duration: 90 }',
    'schedule:',
    '  - { day: friday, start: "14:30", end: "16:00" }  # TODO: the real day and times',
    "# In Ramadan: the group's Ramadan meetings, or that it pauses. Remove the # of the one that applies.",
    '# ramadan: { schedule: [ { day: friday, after: isyak, offset: 75, duration: 60 } ] }',
    '# ramadan: { paused: true }',
    '# The group does not meet on the public holidays in holidays.yaml, except the kinds listed here:',
    '# meetsOnHolidays: [national-day]',
    '# Languages spoken at meetings: ms | en | zh | other',
    'languages: [ms]  # TODO: check the languages',
    '# in-person | online | hybrid',
    'format: in-person  # TODO: check the format',
    '# Online and hybrid groups only: the meeting link. Remove the # to use it.',
    '# conferenceUrl: https://…',
    '# Who the group is for: everyone | families | women | men | young-people',
    'audience: [everyone]  # TODO: check who it is for',
    '# Optional: step-free access, a lift, a room for women… Remove the # to use it.',
    '# accessibility: { ms: "…", en: "…" }',
    'contact:',
    '  # An email address the group reads. A sample group uses an @example.org address.',
    `  email: ${id}@example.org  # TODO: the group's email address`,
    '  # Only a real number you have checked, in quotes, e.g. "2448877"; null when there is none.',
    '  phone: null',
    '  # The same for WhatsApp: only a real, checked number; never on a sample group.',
    '  whatsapp: null',
    '# For someone coming for the first time. Each line is optional: remove the # to use it.',
    '# Leave out what the group has not told you; the page then says "ask the group".',
    '# cost: { ms: "Percuma", en: "Free" }',
    '# May family members come? yes | some-meetings | no',
    '# families: yes',
    '# Who runs it, e.g. { ms: "Sukarelawan dalam pemulihan", en: "Volunteers in recovery" }',
    '# runBy: { ms: "…", en: "…" }',
    '# firstTime:',
    '#   happens: { ms: "…", en: "…" }  # what happens at a first meeting',
    '#   bring: { ms: "…", en: "…" }    # what to bring',
    '#   late: { ms: "…", en: "…" }     # can someone arrive late?',
    '#   speak: { ms: "…", en: "…" }    # will a newcomer have to speak?',
    '# Only once you have really checked the details with the group: remove the # and fill in',
    '# who (your role), how (phone | website | notice | in-person | email) and the evidence.',
    '# Without it the page says "not yet verified", which is the truth until someone checks.',
    `# verified: { date: ${req.today}, by: site editor, method: phone, evidence: "…" }`,
    '# Where the information comes from, in both languages, e.g.',
    '# { ms: "Panggilan telefon dengan fasilitator, 26 November 2026", en: "Phone call with the facilitator, 26 November 2026" }',
    `source: { ms: ${q('TODO: dari mana maklumat ini datang')}, en: ${q('TODO: where this information comes from')} }`,
    '# true: an example, labelled "sample" on the site. false: a real group you have checked.',
    'sample: true  # TODO: false for a real group',
    '',
  ].join('\n');
}

/** The files for a new entry, and the address it will have. */
export function planNewEntry(req: NewEntryRequest): NewEntryPlan {
  const slug = req.slug ?? slugFromTitle(req.title);
  const other = otherLocale(req.locale);
  if (req.kind === 'group') {
    return {
      slug,
      files: [{ path: `groups/${slug}.yaml`, text: group(req, slug), role: 'the group, in both languages' }],
      previewPath: `/${req.locale}/groups/${slug}/`,
    };
  }
  const collection = req.kind === 'article' ? 'articles' : 'stories';
  const write = req.kind === 'article' ? article : story;
  const name = LOCALE_NAMES_EN;
  return {
    slug,
    files: [
      {
        path: `${collection}/${req.locale}/${slug}.mdx`,
        text: write(req, req.locale, slug),
        role: `${name[req.locale]}, the original (a draft)`,
      },
      {
        path: `${collection}/${other}/${slug}.mdx`,
        text: write(req, other, slug),
        role: `${name[other]}, untranslated (a draft)`,
      },
    ],
    previewPath:
      req.kind === 'article' ? `/${req.locale}/${req.section ?? 'learn'}/${slug}/` : `/${req.locale}/stories/${slug}/`,
  };
}
