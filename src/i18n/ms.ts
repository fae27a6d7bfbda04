/**
 * Malay interface strings: the source of every key. `en.ts` must have the same
 * keys (a type error otherwise), and `tests/unit/i18n.test.ts` checks neither is blank.
 * Keys are flat and dotted, grouped by where they appear.
 */
export const ms = {
  'site.name': 'Rakan Pulih',
  'site.tagline': 'Sokongan rakan sebaya untuk pemulihan daripada dadah di Brunei Darussalam',
  'site.description':
    'Maklumat, kisah dan kumpulan sokongan untuk sesiapa yang sedang pulih daripada dadah, dan untuk keluarga mereka, di Brunei.',

  'skip.link': 'Langkau ke kandungan utama',
  'nav.label': 'Menu utama',
  'nav.home': 'Laman utama',
  'nav.learn': 'Ketahui',
  'nav.families': 'Keluarga',
  'nav.stories': 'Kisah',
  'nav.groups': 'Cari kumpulan',
  'nav.help': 'Dapatkan bantuan',
  'nav.search': 'Cari',
  'nav.menu': 'Menu',

  'lang.switch': 'English',
  'lang.switchLabel': 'Baca halaman ini dalam bahasa Inggeris',
  'entry.enter': 'Masuk dalam Bahasa Melayu',
  'lang.fallbackNotice': 'Halaman ini belum ada dalam Bahasa Melayu. Ia dipaparkan dalam bahasa asalnya, bahasa Inggeris.',
  'lang.untranslatedNotice': 'Halaman ini hanya ada dalam Bahasa Melayu; pautan bahasa membawa anda ke versi yang sama.',

  'exit.button': 'Keluar segera',
  'exit.label': 'Keluar dari laman ini dengan segera (tekan Escape dua kali)',
  'exit.learnMore': 'Tentang butang keluar segera',

  'helplines.title': 'Perlukan bantuan sekarang?',
  'helplines.emergency': 'Kecemasan',
  'helplines.call': 'Telefon',
  'helplines.more': 'Semua talian bantuan',
  'helplines.source': 'Sumber',
  'helplines.lastVerified': 'Disemak pada',
  'helplines.confirm': 'Sila sahkan dengan agensi berkenaan.',
  'helplines.hours': 'Waktu',
  'helplines.free': 'Percuma',

  'footer.about': 'Tentang kami dan privasi',
  'footer.glossary': 'Glosari',
  'footer.privacy': 'Tiada kuki, tiada penjejakan. Apa yang anda baca di sini kekal pada peranti anda.',
  'footer.disclaimer':
    'Rakan Pulih memberi maklumat, bukan nasihat perubatan. Dalam kecemasan, telefon 991.',

  'section.learn': 'Ketahui',
  'section.learn.intro': 'Apa itu sokongan rakan sebaya, cara ia membantu, dan cara kita boleh mengurangkan stigma.',
  'section.families': 'Untuk keluarga',
  'section.families.intro': 'Panduan untuk ibu bapa, pasangan, adik-beradik dan anak-anak yang risau tentang seseorang.',
  'section.programmes': 'Program di Brunei',
  'section.programmes.intro': 'Sokongan rakan sebaya dalam program pemulihan di Brunei.',
  'section.help': 'Dapatkan bantuan',
  'section.help.intro': 'Talian kecemasan dan talian bantuan, dan apa yang perlu dibuat sekarang.',
  'section.stories': 'Kisah pemulihan',
  'section.stories.intro':
    'Kisah orang yang sedang pulih dan keluarga mereka. Setiap kisah dikongsi dengan izin, tanpa nama sebenar.',

  'article.updated': 'Dikemas kini',
  'article.reviewed': 'Disemak',
  'article.sources': 'Sumber',
  'article.onThisPage': 'Dalam halaman ini',
  'article.related': 'Bacaan lanjut',
  'article.readMore': 'Baca',

  'story.by': 'Diceritakan oleh',
  'story.composite':
    'Kisah ini gabungan beberapa pengalaman sebenar, ditulis sebagai contoh. Nama dan butiran peribadi telah diubah.',
  'story.contentNotes': 'Nota kandungan: kisah ini menyebut',
  'story.faithThemes': 'Tema',
  'story.consent': 'Dikongsi dengan izin; tanpa nama; disemak oleh pencerita pada',
  'story.district': 'Daerah',

  'role.person-in-recovery': 'Dalam pemulihan',
  'role.parent': 'Ibu bapa',
  'role.spouse': 'Pasangan',
  'role.sibling': 'Adik-beradik',
  'role.child': 'Anak',
  'role.peer-mentor': 'Mentor rakan sebaya',
  'role.facilitator': 'Fasilitator kumpulan',

  'district.brunei-muara': 'Brunei-Muara',
  'district.belait': 'Belait',
  'district.tutong': 'Tutong',
  'district.temburong': 'Temburong',

  'faith.taubat': 'Taubat',
  'faith.sabar': 'Sabar',
  'faith.doa': 'Doa',
  'faith.syukur': 'Syukur',
  'faith.ukhuwah': 'Ukhuwah',
  'faith.solat': 'Solat',
  'faith.ramadan': 'Ramadan',
  'faith.hari-raya': 'Hari Raya',
  'faith.masjid': 'Masjid',
  'faith.tawakal': 'Tawakal',
  'faith.silaturahim': 'Silaturahim',

  'groups.title': 'Cari kumpulan sokongan',
  'groups.intro':
    'Kumpulan sokongan di seluruh Brunei. Telefon atau e-mel dahulu sebelum pergi: masa dan tempat mungkin berubah.',
  'groups.sampleNotice':
    'Senarai ini mengandungi contoh sahaja, bukan kumpulan sebenar, sehingga editor mengesahkan setiap kumpulan.',
  'groups.sample': 'Contoh sahaja — bukan kumpulan sebenar',
  'groups.schedule': 'Jadual perjumpaan',
  'groups.next': 'Perjumpaan seterusnya',
  'groups.where': 'Tempat',
  'groups.contact': 'Hubungi',
  'groups.email': 'E-mel',
  'groups.phone': 'Telefon',
  'groups.languages': 'Bahasa perjumpaan',
  'groups.format': 'Cara',
  'groups.audience': 'Untuk',
  'groups.kind': 'Jenis',
  'groups.accessibility': 'Kemudahan akses',
  'groups.lastVerified': 'Terakhir disahkan',
  'groups.stale': 'Maklumat ini belum disahkan lebih daripada 12 bulan. Sila hubungi kumpulan dahulu.',
  'groups.callFirst': 'Hubungi dahulu sebelum pergi buat kali pertama. Anda tidak perlu memberi nama penuh.',
  'groups.directions': 'Buka dalam aplikasi peta',
  'groups.online': 'Pautan perjumpaan dalam talian',
  'groups.source': 'Sumber maklumat',
  'groups.backToList': 'Semua kumpulan',
  'groups.suggestCorrection': 'Cadangkan pembetulan',
  'groups.calendar': 'Tambah ke kalendar',
  'groups.count': 'kumpulan',

  'kind.support-group': 'Kumpulan sokongan',
  'kind.family-group': 'Kumpulan keluarga',
  'kind.mentoring': 'Bimbingan mentor',
  'kind.community-activity': 'Aktiviti komuniti',
  'format.in-person': 'Bersemuka',
  'format.online': 'Dalam talian',
  'format.hybrid': 'Hibrid (bersemuka dan dalam talian)',
  'audience.everyone': 'Semua',
  'audience.families': 'Keluarga',
  'audience.women': 'Wanita',
  'audience.men': 'Lelaki',
  'audience.young-people': 'Golongan muda',
  'language.ms': 'Bahasa Melayu',
  'language.en': 'Bahasa Inggeris',
  'language.zh': 'Bahasa Cina',
  'language.other': 'Bahasa lain',

  'day.sunday': 'Ahad',
  'day.monday': 'Isnin',
  'day.tuesday': 'Selasa',
  'day.wednesday': 'Rabu',
  'day.thursday': 'Khamis',
  'day.friday': 'Jumaat',
  'day.saturday': 'Sabtu',

  'search.title': 'Cari',
  'search.label': 'Cari dalam laman ini',
  'search.placeholder': 'Contoh: pemulihan, keluarga, Tutong',
  'search.button': 'Cari',
  'search.noScript':
    'Carian memerlukan JavaScript. Anda masih boleh melayari semua halaman melalui senarai di bawah.',
  'search.results': 'hasil',
  'search.noResults': 'Tiada hasil. Cuba perkataan lain atau ejaan yang lebih pendek.',
  'search.loading': 'Sedang mencari…',
  'search.filterSection': 'Bahagian',
  'search.more': 'Lagi hasil',

  'home.title': 'Anda tidak keseorangan',
  'home.lead':
    'Rakan Pulih ialah tempat untuk memahami pemulihan daripada dadah, mencari kumpulan sokongan berhampiran, dan membaca kisah orang yang pernah melaluinya — secara sulit, dalam Bahasa Melayu dan Inggeris.',
  'home.pathsTitle': 'Dari mana anda mahu bermula?',
  'home.path.worried': 'Saya risau tentang seseorang',
  'home.path.worried.text': 'Cara bercakap dengannya, cara menyokong tanpa memanjakan, dan menjaga diri anda.',
  'home.path.recover': 'Saya mahu berhenti dan pulih',
  'home.path.recover.text': 'Langkah pertama, kumpulan sokongan berhampiran, dan talian bantuan yang sulit.',
  'home.path.help': 'Saya mahu membantu',
  'home.path.help.text': 'Menjadi mentor rakan sebaya, mengurangkan stigma, dan menggunakan kata-kata yang memulihkan.',
  'home.stories': 'Kisah pemulihan',
  'home.storiesAll': 'Semua kisah',
  'home.latest': 'Ketahui lebih lanjut',
  'home.searchTitle': 'Cari apa yang anda perlukan',

  'help.title': 'Dapatkan bantuan sekarang',
  'help.lead':
    'Jika nyawa dalam bahaya, telefon 991 (ambulans) sekarang. Talian di bawah adalah daripada sumber awam; setiap satu menunjukkan bila ia terakhir disemak.',
  'help.emergencyTitle': 'Kecemasan',
  'help.supportTitle': 'Sokongan dan kaunseling',
  'help.reportTitle': 'Melaporkan kegiatan dadah',
  'help.reportNote':
    'Talian ini untuk melaporkan kegiatan dadah kepada pihak penguatkuasa, bukan untuk kaunseling.',
  'help.guides': 'Panduan',

  'about.title': 'Tentang Rakan Pulih dan privasi anda',

  'notFound.title': 'Halaman tidak dijumpai',
  'notFound.text': 'Maaf, halaman ini tiada. Mungkin pautannya sudah berubah.',
  'notFound.home': 'Kembali ke laman utama',

  'glossary.title': 'Glosari',
  'glossary.intro': 'Istilah yang digunakan di laman ini, dalam Bahasa Melayu dan Inggeris.',
  'glossary.avoid': 'Elakkan',

  'meta.shareImageAlt': 'Rakan Pulih — sokongan rakan sebaya untuk pemulihan di Brunei',
} as const;

export type UiKey = keyof typeof ms;
