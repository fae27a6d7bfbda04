/**
 * The hand-written part of the browser editor's configuration (docs/editing.md, "With the
 * browser editor"): labels and help text in Malay and English, and the few widget choices
 * a schema cannot express. Everything about WHAT a field accepts (required, choices,
 * patterns, limits) comes from the zod schemas in ../schemas.ts, through ./config.ts.
 * A field with no entry here still appears in the editor (labelled with its name); an
 * entry naming no schema field fails tests/unit/cms-config.test.ts.
 */
import { BRUNEI_BOUNDS, districtOfMukim } from '../brunei';

export interface Words {
  ms: string;
  en: string;
}

export interface FieldOverlay {
  label?: Words;
  hint?: Words;
  /** A Decap widget in place of the one the schema's type suggests (e.g. `text` for long text). */
  widget?: string;
  /** A friendlier label for each choice; the stored value stays the schema's. */
  optionLabel?: (value: string) => string;
  /** For articles and stories: `true` when each language has its own value (title, body). */
  translate?: boolean;
  /** Extra limits the schema checks in code (a refinement) rather than in its shape. */
  min?: number;
  max?: number;
  step?: number;
  /** The value a new entry starts with, when the safer choice differs from the schema's. */
  default?: unknown;
  fields?: Record<string, FieldOverlay>;
}

export type CollectionOverlay = Record<string, FieldOverlay>;

const DISTRICT_NAMES: Record<string, string> = {
  'brunei-muara': 'Brunei-Muara',
  belait: 'Belait',
  tutong: 'Tutong',
  temburong: 'Temburong',
};

const STORY_KIND_NAMES: Record<string, string> = {
  composite: 'gabungan · composite',
  personal: 'peribadi · personal',
};

const date = (ms: string, en: string): FieldOverlay => ({
  hint: { ms: `${ms} (tahun-bulan-hari).`, en: `${en} (year-month-day).` },
});

const titleField: FieldOverlay = {
  label: { ms: 'Tajuk', en: 'Title' },
  hint: { ms: 'Tidak lebih 90 aksara.', en: 'At most 90 characters.' },
  translate: true,
};
const descriptionField: FieldOverlay = {
  label: { ms: 'Keterangan ringkas', en: 'Short description' },
  hint: {
    ms: 'Satu atau dua ayat, tidak lebih 160 aksara. Dipaparkan dalam carian dan pratonton pautan.',
    en: 'One or two sentences, at most 160 characters. Shown in search and link previews.',
  },
  widget: 'text',
  translate: true,
};
const draftField: FieldOverlay = {
  label: { ms: 'Draf', en: 'Draft' },
  hint: {
    ms: 'Hidup: tidak dipaparkan di laman. Matikan hanya apabila sedia diterbitkan.',
    en: 'On: kept off the site. Turn it off only when it is ready to publish.',
  },
};
const translationOfField: FieldOverlay = {
  label: { ms: 'Terjemahan daripada', en: 'Translation of' },
  hint: {
    ms: 'Biarkan kosong dalam versi asal. Dalam terjemahan: bahasa versi asal.',
    en: 'Leave empty in the original. In a translation: the language of the original.',
  },
  translate: true,
};
const updatedField: FieldOverlay = {
  label: { ms: 'Dikemas kini', en: 'Updated' },
  ...date('Tarikh anda terakhir mengubah teks', 'The day you last changed the text'),
};

export const ARTICLE_OVERLAY: CollectionOverlay = {
  title: titleField,
  description: descriptionField,
  section: {
    label: { ms: 'Bahagian', en: 'Section' },
    hint: { ms: 'Di bahagian mana artikel ini dipaparkan.', en: 'Which part of the site the article appears in.' },
  },
  order: {
    label: { ms: 'Susunan', en: 'Order' },
    hint: {
      ms: 'Pilihan: kedudukan dalam senarai (nombor kecil dahulu).',
      en: 'Optional: position in the list (lower first).',
    },
  },
  topics: {
    label: { ms: 'Topik', en: 'Topics' },
    hint: {
      ms: 'Perkataan huruf kecil disambung dengan sempang, dipisahkan dengan koma, contohnya peer-support, relapse.',
      en: 'Lower-case words joined by hyphens, separated by commas, e.g. peer-support, relapse.',
    },
  },
  updated: updatedField,
  reviewed: {
    label: { ms: 'Disemak', en: 'Reviewed' },
    ...date(
      'Tarikh fakta terakhir disemak oleh editor; bukan tarikh akan datang',
      'The day an editor last checked the facts; not in the future',
    ),
  },
  sources: {
    label: { ms: 'Sumber', en: 'Sources' },
    hint: { ms: 'Sekurang-kurangnya satu.', en: 'At least one.' },
    fields: {
      title: { label: { ms: 'Tajuk sumber', en: 'Source title' } },
      publisher: { label: { ms: 'Penerbit', en: 'Publisher' } },
      year: { label: { ms: 'Tahun', en: 'Year' } },
      url: {
        label: { ms: 'Alamat web', en: 'Web address' },
        hint: { ms: 'Pilihan, bermula dengan https://', en: 'Optional, starting with https://' },
      },
    },
  },
  translationOf: translationOfField,
  draft: draftField,
};

export const STORY_OVERLAY: CollectionOverlay = {
  title: titleField,
  description: {
    ...descriptionField,
    hint: {
      ms: 'Satu atau dua ayat, tidak lebih 160 aksara: siapa yang bercerita dan kisahnya tentang apa.',
      en: 'One or two sentences, at most 160 characters: who tells it and what it is about.',
    },
  },
  narrator: {
    label: { ms: 'Pencerita (nama samaran)', en: 'Narrator (pseudonym)' },
    hint: {
      ms: 'Nama samaran. Jangan sekali-kali nama sebenar, nama timangan atau huruf awal nama.',
      en: 'A pseudonym. Never the real name, nickname or initials.',
    },
  },
  role: {
    label: { ms: 'Peranan', en: 'Role' },
    hint: {
      ms: 'person-in-recovery (dalam pemulihan), parent (ibu atau bapa), spouse (pasangan), sibling (adik-beradik), child (anak), peer-mentor atau facilitator.',
      en: 'Who tells the story: person-in-recovery, parent, spouse, sibling, child, peer-mentor or facilitator.',
    },
  },
  age: { label: { ms: 'Umur', en: 'Age' }, hint: { ms: 'Pilihan.', en: 'Optional.' } },
  district: {
    label: { ms: 'Daerah', en: 'District' },
    hint: { ms: 'Pilihan.', en: 'Optional.' },
    optionLabel: (v) => DISTRICT_NAMES[v] ?? v,
  },
  faithThemes: {
    label: { ms: 'Tema keagamaan', en: 'Faith themes' },
    hint: { ms: 'Pilihan: tema yang benar-benar ada dalam kisah.', en: 'Optional: themes the story really speaks of.' },
  },
  contentNotes: {
    label: { ms: 'Nota kandungan', en: 'Content notes' },
    hint: {
      ms: 'Perkara berat yang disebut dalam kisah, dalam bahasa halaman ini, dipisahkan dengan koma. Dipaparkan sebelum kisah.',
      en: "Hard subjects the story mentions, in this page's language, separated by commas. Shown before the story.",
    },
    translate: true,
  },
  guide: {
    label: { ms: 'Panduan berkaitan', en: 'Related guide' },
    hint: {
      ms: 'Pilihan: nama fail artikel yang disebut dalam kisah (tanpa .mdx), contohnya when-someone-comes-home. Kotak "Langkah seterusnya" akan menawarkannya.',
      en: 'Optional: the file name of the article the story points to (without .mdx), e.g. when-someone-comes-home. The "Next steps" box then offers it.',
    },
  },
  kind: {
    label: { ms: 'Jenis kisah', en: 'Kind of story' },
    // Until the editor says otherwise, a story claims no single storyteller.
    default: 'composite',
    optionLabel: (v) => STORY_KIND_NAMES[v] ?? v,
    hint: {
      ms: 'composite (gabungan): ditulis oleh editor daripada pengalaman beberapa orang, butiran diubah; laman melabelkannya begitu dan ia tiada rekod keizinan. personal (peribadi): kisah seorang sahaja, diterbitkan hanya dengan rekod keizinan.',
      en: "composite: written by editors from several people's experiences, details changed; the site labels it so and it has no consent record. personal: one person's story, published only with a consent record.",
    },
  },
  consent: {
    label: { ms: 'Rekod keizinan', en: 'Consent record' },
    hint: {
      ms: 'Kisah peribadi sahaja: isi setiap bahagian hanya apabila ia benar-benar sudah berlaku; kisah peribadi tidak boleh diterbitkan tanpanya. Kisah gabungan: biarkan kosong.',
      en: 'Personal stories only: fill in each part only when it really happened; a personal story cannot be published without it. Composite story: leave it empty.',
    },
    fields: {
      record: {
        label: { ms: 'Rujukan rekod', en: 'Record reference' },
        hint: {
          ms: 'Rujukan persetujuan bertulis, contohnya CR-2026-014. Borangnya disimpan oleh pasukan editor, jangan sekali-kali dalam projek ini.',
          en: 'The reference of the written agreement, e.g. CR-2026-014. The form stays with the editorial team, never in this project.',
        },
      },
      given: {
        label: { ms: 'Keizinan diberi', en: 'Consent given' },
        ...date(
          'Hari pencerita bersetuju secara bertulis; bukan tarikh akan datang',
          'The day they agreed in writing; not in the future',
        ),
      },
      approved: {
        label: { ms: 'Teks akhir dipersetujui', en: 'Final text approved' },
        ...date(
          'Hari pencerita membaca dan bersetuju dengan teks akhir; tidak sebelum keizinan diberi',
          'The day they read and approved the final text; not before consent was given',
        ),
      },
      withdraw: {
        label: { ms: 'Cara menarik balik', en: 'How to withdraw' },
        hint: {
          ms: 'Bagaimana pencerita boleh menurunkan kisahnya semula, dalam kedua-dua bahasa.',
          en: 'How the storyteller can take the story down again, in both languages.',
        },
        fields: {
          ms: { label: { ms: 'Bahasa Melayu', en: 'Malay' }, widget: 'text' },
          en: { label: { ms: 'Bahasa Inggeris', en: 'English' }, widget: 'text' },
        },
      },
    },
  },
  updated: updatedField,
  translationOf: translationOfField,
  draft: draftField,
};

const bothLanguages = (ms: string, en: string): FieldOverlay => ({
  label: { ms, en },
  fields: {
    ms: { label: { ms: 'Bahasa Melayu', en: 'Malay' } },
    en: { label: { ms: 'Bahasa Inggeris', en: 'English' } },
  },
});

/** A weekly meeting: a clock time, or a time set by a prayer (docs/editing.md). */
const MEETING_FIELDS: Record<string, FieldOverlay> = {
  day: { label: { ms: 'Hari', en: 'Day' } },
  start: { label: { ms: 'Mula', en: 'Starts' }, hint: { ms: 'Contohnya 14:30.', en: 'E.g. 14:30.' } },
  end: { label: { ms: 'Tamat', en: 'Ends' }, hint: { ms: 'Contohnya 16:00.', en: 'E.g. 16:00.' } },
  after: {
    label: { ms: 'Selepas sembahyang', en: 'After prayer' },
    hint: { ms: 'Jika perjumpaan bermula selepas waktu sembahyang.', en: 'When the meeting starts after a prayer.' },
  },
  offset: {
    label: { ms: 'Minit selepas sembahyang', en: 'Minutes after the prayer' },
    hint: { ms: '0 hingga 180; kosong bermaksud 0.', en: '0 to 180; empty means 0.' },
  },
  duration: {
    label: { ms: 'Lamanya (minit)', en: 'Length (minutes)' },
    hint: { ms: 'Diperlukan bagi perjumpaan selepas sembahyang.', en: 'Needed for a meeting after a prayer.' },
  },
};

export const GROUP_OVERLAY: CollectionOverlay = {
  name: {
    ...bothLanguages('Nama kumpulan', 'Group name'),
    hint: { ms: 'Nama dalam Bahasa Melayu dan bahasa Inggeris.', en: 'The name in Malay and in English.' },
  },
  kind: {
    label: { ms: 'Jenis', en: 'Kind' },
    hint: {
      ms: 'support-group (kumpulan sokongan), family-group (kumpulan keluarga), mentoring (bimbingan mentor) atau community-activity (aktiviti komuniti).',
      en: 'support-group, family-group, mentoring or community-activity.',
    },
  },
  description: {
    ...bothLanguages('Keterangan', 'Description'),
    hint: {
      ms: 'Apa yang berlaku dalam perjumpaan dan untuk siapa.',
      en: 'What happens at a meeting and who it is for.',
    },
    fields: {
      ms: { label: { ms: 'Bahasa Melayu', en: 'Malay' }, widget: 'text' },
      en: { label: { ms: 'Bahasa Inggeris', en: 'English' }, widget: 'text' },
    },
  },
  district: {
    label: { ms: 'Daerah', en: 'District' },
    hint: { ms: 'Daerah tempat kumpulan berjumpa.', en: 'The district where the group meets.' },
    optionLabel: (v) => DISTRICT_NAMES[v] ?? v,
  },
  mukim: {
    label: { ms: 'Mukim', en: 'Mukim' },
    hint: { ms: 'Mesti dalam daerah di atas.', en: 'It must be in the district above.' },
    optionLabel: (v) => `${v} (${DISTRICT_NAMES[districtOfMukim(v) ?? ''] ?? '?'})`,
  },
  address: {
    ...bothLanguages('Alamat', 'Address'),
    hint: { ms: 'Tinggalkan kosong jika kumpulan dalam talian sahaja.', en: 'Leave empty for an online-only group.' },
  },
  coordinates: {
    label: { ms: 'Koordinat', en: 'Coordinates' },
    hint: {
      ms: 'Dalam aplikasi peta, tekan lama pada tempat itu dan salin dua nombornya: yang pertama (lebih kurang 4 hingga 5) ialah lat, yang kedua (lebih kurang 114 hingga 115) ialah lng. Tinggalkan kosong jika dalam talian sahaja.',
      en: 'In a maps app, press and hold the place and copy the two numbers: the first (about 4 to 5) is lat, the second (about 114 to 115) is lng. Leave empty for an online-only group.',
    },
    fields: {
      lat: {
        label: { ms: 'Latitud', en: 'Latitude' },
        min: BRUNEI_BOUNDS.south,
        max: BRUNEI_BOUNDS.north,
        step: 0.0001,
      },
      lng: {
        label: { ms: 'Longitud', en: 'Longitude' },
        min: BRUNEI_BOUNDS.west,
        max: BRUNEI_BOUNDS.east,
        step: 0.0001,
      },
    },
  },
  schedule: {
    label: { ms: 'Jadual', en: 'Schedule' },
    hint: {
      ms: 'Satu bagi setiap perjumpaan mingguan. Sama ada masa (Mula dan Tamat, 24 jam, waktu Brunei, contohnya 14:30), atau selepas waktu sembahyang (Selepas sembahyang, Minit selepas sembahyang, Lamanya); jangan kedua-duanya.',
      en: 'One for each weekly meeting. Either a clock time (Starts and Ends, 24-hour Brunei time, e.g. 14:30) or after a prayer (After prayer, Minutes after the prayer, Length); never both.',
    },
    fields: MEETING_FIELDS,
  },
  ramadan: {
    label: { ms: 'Bulan Ramadan', en: 'Ramadan' },
    hint: {
      ms: 'Pilihan: jadual perjumpaan dalam bulan Ramadan (sama seperti Jadual), ATAU hidupkan "Berhenti dalam Ramadan"; salah satu sahaja. Biarkan kosong jika Ramadan tidak mengubah apa-apa.',
      en: 'Optional: the Ramadan meetings (as in Schedule), OR switch on "Paused in Ramadan"; one of the two. Leave empty when Ramadan changes nothing.',
    },
    fields: {
      schedule: { label: { ms: 'Jadual Ramadan', en: 'Ramadan schedule' }, fields: MEETING_FIELDS },
      paused: { label: { ms: 'Berhenti dalam Ramadan', en: 'Paused in Ramadan' } },
    },
  },
  meetsOnHolidays: {
    label: { ms: 'Berjumpa pada cuti umum', en: 'Meets on public holidays' },
    hint: {
      ms: 'Pilihan: cuti umum yang kumpulan masih berjumpa. Pada cuti lain, laman mengatakan tiada perjumpaan.',
      en: 'Optional: the public holidays the group still meets on. On every other holiday the site says there is no meeting.',
    },
  },
  languages: {
    label: { ms: 'Bahasa perjumpaan', en: 'Meeting languages' },
    hint: {
      ms: 'Bahasa yang digunakan dalam perjumpaan: ms, en, zh (Cina), other (lain-lain).',
      en: 'Languages spoken at meetings: ms, en, zh (Chinese), other.',
    },
  },
  format: {
    label: { ms: 'Cara perjumpaan', en: 'Format' },
    hint: {
      ms: 'Kumpulan dalam talian, dan yang bersemuka dan dalam talian, perlukan pautan perjumpaan.',
      en: 'Online groups, and those in person and online, need the meeting link.',
    },
  },
  conferenceUrl: {
    label: { ms: 'Pautan perjumpaan', en: 'Meeting link' },
    hint: {
      ms: 'Hanya untuk kumpulan yang berjumpa dalam talian (atau bersemuka dan dalam talian).',
      en: 'Only for groups that meet online (or in person and online).',
    },
  },
  audience: {
    label: { ms: 'Untuk siapa', en: 'Who it is for' },
    hint: {
      ms: 'everyone (semua), atau mana-mana daripada families, women, men, young-people.',
      en: 'everyone, or any of families, women, men, young-people.',
    },
  },
  accessibility: {
    ...bothLanguages('Kemudahan akses', 'Accessibility'),
    hint: {
      ms: 'Pilihan: laluan tanpa tangga, lif, bilik untuk wanita.',
      en: 'Optional: step-free access, a lift, a room for women.',
    },
  },
  contact: {
    label: { ms: 'Hubungan', en: 'Contact' },
    hint: {
      ms: 'Nombor telefon hanya jika ia benar dan sudah anda semak. Kumpulan contoh: e-mel @example.org sahaja, tiada nombor telefon.',
      en: 'A phone number only if it is real and you checked it. A sample group: an @example.org email only, no phone number.',
    },
    fields: {
      email: { label: { ms: 'E-mel', en: 'Email' } },
      phone: { label: { ms: 'Telefon', en: 'Phone' } },
      url: { label: { ms: 'Laman web', en: 'Website' } },
      whatsapp: { label: { ms: 'WhatsApp', en: 'WhatsApp' } },
    },
  },
  cost: {
    ...bothLanguages('Bayaran', 'Cost'),
    hint: {
      ms: 'Pilihan: berapa bayaran untuk datang, contohnya "Percuma". Biarkan kosong jika tidak diketahui.',
      en: 'Optional: what it costs to come, e.g. "Free". Leave empty if not known.',
    },
  },
  families: {
    label: { ms: 'Ahli keluarga dialu-alukan', en: 'Family members welcome' },
    hint: {
      ms: 'Pilihan: yes (ya), some-meetings (sesetengah perjumpaan) atau no (tidak). Biarkan kosong jika tidak diketahui.',
      en: 'Optional: yes, some-meetings or no. Leave empty if not known.',
    },
  },
  runBy: {
    ...bothLanguages('Dikendalikan oleh', 'Run by'),
    hint: {
      ms: 'Pilihan: siapa yang mengendalikan kumpulan, contohnya "Sukarelawan dalam pemulihan". Peranan, bukan nama.',
      en: 'Optional: who runs the group, e.g. "Volunteers in recovery". A role, not a name.',
    },
  },
  firstTime: {
    label: { ms: 'Kali pertama', en: 'First time' },
    hint: {
      ms: 'Pilihan, setiap bahagian dalam kedua-dua bahasa: apa yang berlaku, apa yang perlu dibawa, boleh datang lewat?, perlu bercakap? Yang tidak diketahui, biarkan kosong: laman menyuruh pembaca bertanya.',
      en: 'Optional, each part in both languages: what happens, what to bring, can they arrive late?, will they have to speak? Leave out what you do not know: the site tells the reader to ask.',
    },
    fields: {
      happens: bothLanguages('Apa yang berlaku', 'What happens'),
      bring: bothLanguages('Apa yang perlu dibawa', 'What to bring'),
      late: bothLanguages('Datang lewat', 'Arriving late'),
      speak: bothLanguages('Perlu bercakap?', 'Having to speak'),
    },
  },
  verified: {
    label: { ms: 'Rekod semakan', en: 'Verification record' },
    hint: {
      ms: 'Hanya selepas maklumat ini benar-benar disemak dengan kumpulan itu. Jika belum, biarkan kosong: laman mengatakan "belum disahkan".',
      en: 'Only after these details were really checked with the group. If not, leave it empty: the site says "not yet verified".',
    },
    fields: {
      date: {
        label: { ms: 'Tarikh disemak', en: 'Date checked' },
        ...date(
          'Hari maklumat ini disemak; bukan tarikh akan datang',
          'The day the details were checked; not in the future',
        ),
      },
      by: {
        label: { ms: 'Disemak oleh', en: 'Checked by' },
        hint: { ms: 'Peranan, bukan nama, contohnya "editor laman".', en: 'A role, never a name, e.g. "site editor".' },
      },
      method: {
        label: { ms: 'Cara', en: 'How' },
        hint: {
          ms: 'phone (telefon), website (laman web), notice (notis), in-person (bersemuka) atau email (e-mel).',
          en: 'phone, website, notice, in-person or email.',
        },
      },
      evidence: {
        label: { ms: 'Bukti', en: 'Evidence' },
        hint: {
          ms: 'Alamat web yang dibaca, atau nota panggilan (nombor didail, siapa yang menjawab).',
          en: 'The web address read, or a note of the call (number dialled, who answered).',
        },
      },
    },
  },
  source: {
    ...bothLanguages('Sumber', 'Source'),
    hint: {
      ms: 'Dari mana maklumat ini datang, dalam kedua-dua bahasa, contohnya "Panggilan telefon dengan fasilitator, 26 November 2026".',
      en: 'Where the information comes from, in both languages, e.g. "Phone call with the facilitator, 26 November 2026".',
    },
  },
  sample: {
    label: { ms: 'Senarai contoh', en: 'Sample listing' },
    // Until the editor says it is a real, checked group, it is labelled a sample.
    default: true,
    hint: {
      ms: 'Hidup: senarai contoh, dilabelkan "contoh sahaja" di laman. Mati: kumpulan sebenar yang sudah anda semak.',
      en: 'On: an example listing, labelled "sample" on the site. Off: a real group you have checked.',
    },
  },
};
