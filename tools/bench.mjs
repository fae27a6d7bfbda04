#!/usr/bin/env node
// @ts-check
/**
 * Builds the site with synthetic bilingual content of a chosen size and reports
 * what that costs: build time, pages per second, the size of dist/, the bytes of
 * HTML, CSS and JavaScript a page loads, what a first search downloads, and how
 * long a first search takes in Chromium.
 *
 *   npm run bench -- --pages 600 [--groups 30] [--seed 1] [--repeat 3] [--keep] [--no-browser] [--no-bare]
 *   npm run bench -- --search-only <built dist> [--runs 3]   (only the first search in Chromium)
 *
 * Each of --repeat builds starts cold (no Astro or Vite cache); the best and the
 * median are reported, because a shared machine is noisy. For comparison, the
 * same articles and stories are also built by a bare Astro site (MDX, one page
 * template, plain `pagefind --site`): the floor any site of this size starts from.
 * The two take turns, and the ratio of the full build (every step of `npm run build`,
 * stage by stage as it runs them: tools/lib/build-steps.mjs) to the bare build is
 * reported per turn.
 *
 * Nothing is written to content/ or dist/: the content (fixed seed, so the same
 * every run) and the project's sources go to a temporary folder, which is built
 * with its own output and cache folders and removed afterwards (--keep keeps it).
 * The numbers are recorded in docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { LOCALES } from '../src/i18n/locales.ts';
import { loaderModules } from '../src/lib/build/module-preload.ts';
import { BUILD_STAGES } from './lib/build-steps.mjs';
import { hostBytes } from './lib/host-bytes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Pages the site has whatever the content: home, section lists, search, about, glossary, help, districts, 404…
const FIXED_PAGES = 32;
// The real articles are kept (the home page links to several by name): 16 in each language.
const REAL_ARTICLE_PAGES = 32;
const QUERIES = { ms: 'pemulihan', en: 'family' };

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '600' },
    groups: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'search-only': { type: 'string' },
  },
});
const targetPages = Number(values.pages);
const groupCount = Number(values.groups ?? Math.max(3, Math.round(targetPages / 20)));
const pairCount = Math.max(1, Math.round((targetPages - FIXED_PAGES - REAL_ARTICLE_PAGES - 2 * groupCount) / 2));

// ── A seeded random source (mulberry32): the same content for the same seed. ──
/** @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(Number(values.seed));
/**
 * @template T
 * @param {readonly T[]} list
 */
const pick = (list) => /** @type {T} */ (list[Math.floor(rand() * list.length)]);
/** @type {(lo: number, hi: number) => number} */
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ── Words. Real words of each language, with Malay affixes, drawn with Zipf's law,
// so the index has the spread of word frequencies real prose has. ──
const MS_ROOTS = `pulih bantu sokong jaga guna tagih kongsi jumpa bimbing ajar latih rawat sihat ubat dengar cakap
tolong harap doa sabar taubat malu takut risau marah sedih tenang kuat lemah ingat lupa cari temu baca tulis
kerja rehat tidur makan minum jalan pulang datang tinggal hidup ubah mula henti terus tunggu percaya kasih sayang
faham tanya jawab pilih tentu buat beri terima bina kawal didik selamat bahaya tanda kesan sebab akibat masalah
keluarga rakan sebaya kumpulan program pusat masjid imam kampung daerah mukim dewan rumah sekolah pejabat bandar
anak ibu bapa isteri suami adik abang kakak nenek datuk belia remaja wanita lelaki orang masyarakat jiran majikan
dadah relaps gian stigma mentor fasilitator perjumpaan talian telefon mesej wang masa hari minggu bulan tahun
langkah jalan hidup hati fikiran badan kesihatan semangat iman ukhuwah silaturahim harapan perubahan pengalaman`.split(
  /\s+/,
);
const MS_FUNCTION =
  `dan yang di untuk dengan ini itu tidak ada dalam ke dari pada akan boleh juga atau kita anda saya dia mereka
sudah belum masih lebih sangat tetapi kerana jika bila apabila supaya seperti tentang bagi oleh semua setiap`.split(
    /\s+/,
  );
const EN_ROOTS = `recover help support care use addict share meet mentor learn train treat heal medicine listen talk
hope pray patience repent shame fear worry anger sad calm strong weak remember forget search find read write
work rest sleep eat drink walk home come stay live change start stop continue wait trust love kind
understand ask answer choose decide make give receive build control teach safe danger sign effect cause result problem
family friend peer group programme centre mosque imam village district mukim hall house school office town
child mother father wife husband brother sister grandmother grandfather youth teenager woman man person community neighbour employer
drug relapse craving stigma facilitator meeting helpline phone message money time day week month year
step road life heart mind body health spirit faith brotherhood kinship hope change experience`.split(/\s+/);
const EN_FUNCTION =
  `the and of to a in for is that with it on be as are this you they we or not have at from by can will
your their our if when so about more very but because after before every all some`.split(/\s+/);

/** @param {string} root */
function malayForms(root) {
  const first = root[0] ?? '';
  const nasal = 'aeiou'.includes(first)
    ? `meng${root}`
    : first === 'p'
      ? `mem${root.slice(1)}`
      : first === 't'
        ? `men${root.slice(1)}`
        : first === 's'
          ? `meny${root.slice(1)}`
          : `mem${root}`;
  return [
    root,
    `${root}an`,
    `${root}kan`,
    nasal,
    `${nasal}kan`,
    `pe${nasal.slice(2)}an`,
    `ber${root}`,
    `di${root}`,
    `di${root}kan`,
    `ke${root}an`,
    `${root}nya`,
  ];
}
const englishForms = (/** @type {string} */ root) => [root, `${root}s`, `${root}ing`, `${root}ed`];

/**
 * A vocabulary ordered by how common each word should be.
 * @param {string[]} roots
 * @param {(root: string) => string[]} forms
 * @param {string[]} functionWords
 */
function vocabulary(roots, forms, functionWords) {
  const shuffled = [...roots].sort(() => rand() - 0.5);
  return [...functionWords, ...shuffled.flatMap((r, i) => (i % 3 === 0 ? forms(r) : forms(r).slice(0, 2)))];
}
/** @typedef {import('../src/i18n/locales.ts').Locale} Locale */
/** @type {Record<Locale, string[]>} */
const WORDS = {
  ms: vocabulary(MS_ROOTS, malayForms, MS_FUNCTION),
  en: vocabulary(EN_ROOTS, englishForms, EN_FUNCTION),
};
/** @type {Record<string, { words: string[]; cumulative: number[]; total: number }>} */
const zipfTables = Object.fromEntries(
  Object.entries(WORDS).map(([locale, words]) => {
    let total = 0;
    const cumulative = words.map((_, i) => (total += 1 / (i + 1) ** 1.05));
    return [locale, { words, cumulative, total }];
  }),
);
/** @param {Locale} locale */
function word(locale) {
  const table = zipfTables[locale];
  if (!table) throw new Error(`no words for ${locale}`);
  const { words, cumulative, total } = table;
  const x = rand() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return words[lo] ?? '';
}
const capital = (/** @type {string} */ s) => s.charAt(0).toUpperCase() + s.slice(1);
/** @type {(locale: Locale, min?: number, max?: number) => string} */
const sentence = (locale, min = 6, max = 16) =>
  `${capital(Array.from({ length: between(min, max) }, () => word(locale)).join(' '))}.`;
/** @type {(locale: Locale, min: number, max: number) => string} */
const phrase = (locale, min, max) => capital(Array.from({ length: between(min, max) }, () => word(locale)).join(' '));
const paragraph = (/** @type {Locale} */ locale) =>
  Array.from({ length: between(3, 5) }, () => sentence(locale)).join(' ');
const quote = (/** @type {string} */ s) => JSON.stringify(s);

/** @param {Locale} locale */
function body(locale) {
  const parts = [paragraph(locale)];
  for (let s = between(4, 6); s > 0; s--) {
    parts.push(`## ${phrase(locale, 2, 4)}`);
    for (let p = between(1, 3); p > 0; p--) parts.push(paragraph(locale));
    if (rand() < 0.3) parts.push(Array.from({ length: between(3, 5) }, () => `- ${sentence(locale, 4, 9)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

// ── Content files, valid under src/lib/content/schemas.ts. ──
const today = new Date();
const daysAgo = (/** @type {number} */ n) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
const SECTIONS = ['learn', 'families', 'programmes', 'help'];
const DISTRICTS = ['brunei-muara', 'belait', 'tutong', 'temburong'];

/** @param {Locale} locale */
function title(locale) {
  return phrase(locale, 3, 7).slice(0, 88);
}
/** @param {Locale} locale */
function description(locale) {
  return sentence(locale, 8, 18).slice(0, 150);
}

/**
 * @param {Locale} locale
 * @param {number} n
 */
function article(locale, n) {
  return `---
title: ${quote(title(locale))}
description: ${quote(description(locale))}
section: ${SECTIONS[n % SECTIONS.length]}
topics: [recovery, families]
updated: ${daysAgo(between(1, 300))}
sources:
  - title: ${quote(phrase(locale, 3, 6))}
    publisher: Synthetic benchmark source
    year: 2024
draft: false
---

${body(locale)}`;
}

/**
 * @param {Locale} locale
 * @param {number} n
 */
function story(locale, n) {
  return `---
title: ${quote(title(locale))}
description: ${quote(description(locale))}
narrator: ${quote(`Pencerita ${n}`)}
role: ${pick(['person-in-recovery', 'parent', 'spouse', 'sibling', 'peer-mentor'])}
district: ${pick(DISTRICTS)}
kind: composite
updated: ${daysAgo(between(1, 300))}
draft: false
---

${body(locale)}`;
}

/** @typedef {{ kind: string; district: string; mukim: string; lat: number; lng: number }} Place */
/**
 * @param {number} n
 * @param {Place[]} mukims
 */
function group(n, mukims) {
  const place = pick(mukims);
  const format = pick(['in-person', 'in-person', 'online', 'hybrid']);
  const day = pick(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
  const hour = between(8, 20);
  const lines = [
    `name: { ms: ${quote(`Kumpulan Sokongan ${capital(word('ms'))} ${place.mukim}`)}, en: ${quote(`${capital(word('en'))} ${place.mukim} Support Group`)} }`,
    `kind: ${pick(['support-group', 'family-group', 'mentoring', 'community-activity'])}`,
    `description:`,
    `  ms: ${quote(paragraph('ms'))}`,
    `  en: ${quote(paragraph('en'))}`,
    `district: ${place.district}`,
    `mukim: ${quote(place.mukim)}`,
    ...(format === 'online' ? [] : [`coordinates: { lat: ${place.lat}, lng: ${place.lng} }`]),
    `schedule:`,
    `  - { day: ${day}, start: "${String(hour).padStart(2, '0')}:00", end: "${String(hour + 1).padStart(2, '0')}:30" }`,
    `languages: [${rand() < 0.5 ? 'ms' : 'ms, en'}]`,
    `format: ${format}`,
    ...(format === 'in-person' ? [] : [`conferenceUrl: https://example.org/meet/bench-${n}`]),
    `audience: [${pick(['everyone', 'families', 'women', 'men', 'young-people'])}]`,
    `contact:`,
    `  email: bench-${n}@example.org`,
    `  phone: null`,
    `verified: { date: ${daysAgo(between(10, 200))}, by: benchmark, method: notice, evidence: "Synthetic benchmark listing." }`,
    `source: "Synthetic benchmark listing."`,
    `sample: true`,
  ];
  return `${lines.join('\n')}\n`;
}

/** @param {string} content */
async function generate(content) {
  // Everything but stories and groups comes from the real content/; synthetic entries are added to it.
  for (const entry of await readdir(join(ROOT, 'content'))) {
    if (!['stories', 'groups'].includes(entry))
      await cp(join(ROOT, 'content', entry), join(content, entry), { recursive: true });
  }
  /** @type {Place[]} */
  const allPlaces = parseYaml(await readFile(join(ROOT, 'content', 'places.yaml'), 'utf8'));
  const places = allPlaces.filter((p) => p.kind === 'mukim');
  for (const locale of LOCALES) {
    await mkdir(join(content, 'articles', locale), { recursive: true });
    await mkdir(join(content, 'stories', locale), { recursive: true });
  }
  await mkdir(join(content, 'groups'), { recursive: true });
  const writes = [];
  for (let n = 0; n < pairCount; n++) {
    const kind = n % 4 === 3 ? 'stories' : 'articles';
    for (const locale of LOCALES) {
      const text = kind === 'stories' ? story(locale, n) : article(locale, n);
      writes.push(writeFile(join(content, kind, locale, `bench-${n}.mdx`), text));
    }
  }
  for (let n = 0; n < groupCount; n++)
    writes.push(writeFile(join(content, 'groups', `bench-${n}.yaml`), group(n, places)));
  await Promise.all(writes);
}

// ── A copy of the project to build: its own .astro/, cache and output, so a
// benchmark never disturbs content/, dist/ or a build running beside it. ──
/** @param {string} dir */
async function workspace(dir) {
  const site = join(dir, 'site');
  await mkdir(site, { recursive: true });
  // tools/ too: astro build runs the search indexer from it (src/integrations/search-index.ts).
  for (const entry of ['src', 'public', 'tools', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(ROOT, entry), join(site, entry), { recursive: true });
  }
  // node_modules as a folder of links, so Astro's cache (node_modules/.astro*) lands here, not in the real one.
  await mkdir(join(site, 'node_modules'));
  for (const entry of await readdir(join(ROOT, 'node_modules'))) {
    if (!entry.startsWith('.')) await symlink(join(ROOT, 'node_modules', entry), join(site, 'node_modules', entry));
  }
  return site;
}

/** The names of the components editors may use in MDX without importing them (src/components/mdx/). */
async function mdxComponentNames() {
  const names = await readdir(join(ROOT, 'src', 'components', 'mdx'));
  return names.filter((n) => n.endsWith('.astro')).map((n) => n.slice(0, -'.astro'.length));
}

/** A bare Astro site over the same articles and stories: MDX, one template, nothing else. */
/**
 * @param {string} dir
 * @param {string} content
 */
async function bareWorkspace(dir, content) {
  const site = join(dir, 'bare');
  await mkdir(join(site, 'src', 'pages', '[collection]'), { recursive: true });
  await symlink(join(dir, 'site', 'node_modules'), join(site, 'node_modules'));
  await writeFile(join(site, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(
    join(site, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], outDir: process.env.OUT_DIR, cacheDir: './.cache' };\n`,
  );
  await writeFile(
    join(site, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `const entries = (name) => defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(content)} + '/' + name }) });\n` +
      `export const collections = { articles: entries('articles'), stories: entries('stories') };\n`,
  );
  await writeFile(
    join(site, 'src', 'pages', '[collection]', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() {\n  const all = [...(await getCollection('articles')), ...(await getCollection('stories'))];\n` +
      `  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));\n}\n` +
      `import Stub from '../../Stub.astro';\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n` +
      // The components editors may use in MDX (src/components/mdx/), each a plain wrapper here.
      `const components = Object.fromEntries(${JSON.stringify(await mdxComponentNames())}.map((name) => [name, Stub]));\n---\n` +
      `<html lang={entry.id.split('/')[0]}><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>` +
      `<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={components} /></main></body></html>\n`,
  );
  await writeFile(join(site, 'src', 'Stub.astro'), '<div><slot /></div>\n');
  return site;
}

// GNU time reports the CPU seconds a command and its children used. On a shared machine
// wall-clock time swings with other people's work; CPU time much less, so both are reported.
const GNU_TIME = '/usr/bin/time';
const hasGnuTime = await stat(GNU_TIME).then(
  () => true,
  () => false,
);
let runCount = 0;

/**
 * Runs a command; resolves with its wall-clock seconds, CPU seconds (user + system, with children) and output.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @returns {Promise<{ seconds: number; cpu: number; output: string }>}
 */
function run(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const cpuFile = join(tmpdir(), `rakan-pulih-bench-cpu-${process.pid}-${runCount++}`);
    const [bin, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
    const child = spawn(bin, argv, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', async (code) => {
      const seconds = (performance.now() - started) / 1000;
      let cpu = Number.NaN;
      if (hasGnuTime) {
        const times = (await readFile(cpuFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '';
        const [user, system] = times.split(' ').map(Number);
        cpu = (user ?? Number.NaN) + (system ?? Number.NaN);
        await rm(cpuFile, { force: true });
      }
      if (code === 0) resolvePromise({ seconds, cpu, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
    });
  });
}

// ── Measuring the output. ──
/** @param {string} dir */
async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path: relative(dir, path), bytes: (await stat(path)).size };
      }),
  );
}

const gz = (/** @type {Buffer | string} */ buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (/** @type {number[]} */ list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};

/** The bytes one page loads: its HTML, and the CSS and JavaScript in it or linked from it (with the modules they import). */
/**
 * @param {string} dist
 * @param {string} htmlPath
 */
async function pageWeight(dist, htmlPath) {
  const html = await readFile(join(dist, htmlPath));
  const text = html.toString('utf8');
  const linked = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? '');
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @type {(src: string) => Promise<void>} */
  const visit = async (src) => {
    if (scripts.has(src)) return;
    scripts.add(src);
    const code = await readFile(join(dist, src), 'utf8');
    for (const [, dep = ''] of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
      await visit(join(dirname(src), dep));
  };
  for (const [, src = ''] of text.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) await visit(src);
  // The island loader's modules (src/lib/build/module-preload.ts): they load just after the first paint.
  for (const [, code = ''] of text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g))
    for (const m of loaderModules(code)) await visit(m);
  const inline = (/** @type {RegExp} */ re) => Buffer.from([...text.matchAll(re)].map((m) => m[1]).join(''));
  const inlineCss = inline(/<style[^>]*>([\s\S]*?)<\/style>/g);
  const inlineJs = inline(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g);
  const read = (/** @type {Iterable<string>} */ list) => Promise.all([...list].map((p) => readFile(join(dist, p))));
  const [cssFiles, jsFiles] = [await read(linked), await read(scripts)];
  /** @type {(list: Buffer[], f: (b: Buffer) => number) => number} */
  const sum = (list, f) => list.reduce((s, b) => s + f(b), 0);
  return {
    html: html.length,
    htmlGz: gz(html),
    // CSS and JS: linked files plus what is inline in the HTML (already counted in its size).
    css: sum(cssFiles, (b) => b.length) + inlineCss.length,
    cssGz: sum(cssFiles, gz) + (inlineCss.length ? gz(inlineCss) : 0),
    js: sum(jsFiles, (b) => b.length) + inlineJs.length,
    jsGz: sum(jsFiles, gz) + (inlineJs.length ? gz(inlineJs) : 0),
  };
}

/** A free port from the operating system. */
async function freePort() {
  const { createServer } = await import('node:net');
  /** @type {Promise<number>} */
  const port = new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => ok(port));
    });
  });
  return port;
}

/** First-search download and time in Chromium, for each language. */
/**
 * @param {string} dist
 * @param {number} runs
 */
async function browserSearch(dist, runs) {
  const { chromium } = await import('playwright-core');
  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'tools', 'serve.mjs'), '--dir', dist, '--port', String(port)], {
    stdio: 'ignore',
  });
  await new Promise((ok) => setTimeout(ok, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  /** @typedef {{ ms: number; raw: number; gzip: number; brotli: number; files: number }} SearchBytes */
  /** @type {Record<string, SearchBytes>} */
  const out = {};
  try {
    for (const [locale, query] of Object.entries(QUERIES)) {
      /** @type {number[]} */
      const times = [];
      let bytes = { raw: 0, gzip: 0, brotli: 0, files: 0 };
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/${locale}/search/`);
        await page.waitForLoadState('networkidle');
        /** @type {Promise<{ raw: number; gzip: number; brotli: number }>[]} */
        const bodies = [];
        page.on('response', (r) =>
          bodies.push(
            r.body().then(
              // From the built files: serve.mjs sends Brotli copies, and the body comes back decoded.
              (b) => ({ raw: b.length, ...hostBytes(dist, new URL(r.url()).pathname, b) }),
              () => ({ raw: 0, gzip: 0, brotli: 0 }),
            ),
          ),
        );
        const started = performance.now();
        await page.locator('#search-q').fill(query);
        await page.locator('[data-search-results] > li').first().waitFor();
        times.push(performance.now() - started);
        await page.waitForLoadState('networkidle');
        const fetched = await Promise.all(bodies);
        bytes = {
          raw: fetched.reduce((s, f) => s + f.raw, 0),
          gzip: fetched.reduce((s, f) => s + f.gzip, 0),
          brotli: fetched.reduce((s, f) => s + f.brotli, 0),
          files: fetched.length,
        };
        await context.close();
      }
      out[locale] = { ms: median(times), ...bytes };
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return out;
}

/** Removes what a previous build left, so the next one starts cold. */
/**
 * @param {string} site
 * @param {string} dist
 */
async function coldStart(site, dist) {
  const modules = join(site, 'node_modules');
  const caches = (await readdir(modules)).filter((e) => e.startsWith('.'));
  await Promise.all(
    [join(site, '.astro'), join(site, '.cache'), dist, ...caches.map((c) => join(modules, c))].map((p) =>
      rm(p, { recursive: true, force: true }),
    ),
  );
}

const seconds = (/** @type {number[]} */ list) =>
  `${Math.min(...list).toFixed(1)} s${list.length > 1 ? ` (median ${median(list).toFixed(1)})` : ''}`;

/**
 * Prints the first search's download and time in Chromium.
 * @param {Record<string, { ms: number; raw: number; gzip: number; brotli: number; files: number }>} browser
 */
function printSearch(browser) {
  for (const [locale, b] of Object.entries(browser)) {
    console.log(
      `first search (${locale}):  "${QUERIES[/** @type {Locale} */ (locale)]}" ${kb(b.gzip)} from a gzip host, ${kb(b.brotli)} from a Brotli host (${kb(b.raw)} uncompressed, ${b.files} files), first result in ${b.ms.toFixed(0)} ms (median of ${values.runs})`,
    );
  }
}

async function main() {
  if (values['search-only']) {
    printSearch(await browserSearch(resolve(values['search-only']), Number(values.runs)));
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'rakan-pulih-bench-'));
  const dist = join(dir, 'dist');
  const repeat = Math.max(1, Number(values.repeat));
  try {
    console.log(
      `Benchmark: ${pairCount} article/story pairs and ${groupCount} groups (about ${targetPages} pages), seed ${values.seed}, in ${dir}`,
    );
    const site = await workspace(dir);
    const content = join(site, 'content');
    await generate(content);
    const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' };
    const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const pagefindCli = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

    /** Each step's wall-clock seconds, a list of turns by step name. @type {Map<string, number[]>} */
    const stepSeconds = new Map();
    /** Each turn's whole `npm run build`, wall-clock. @type {number[]} */
    const totals = [];
    // CPU seconds of each turn's full build and bare build.
    /** @type {number[]} */
    const siteCpu = [];
    /** @type {number[]} */
    const bareCpu = [];
    /** @type {string[]} */
    const stepCpu = [];
    /** The indexer's own seconds in each turn (from its line in astro build's log). @type {number[]} */
    const indexes = [];
    /** @type {string | undefined} */
    let index;
    const bareSite = values['no-bare'] ? undefined : await bareWorkspace(dir, content);
    const bareDist = bareSite && join(bareSite, 'dist');
    /** @type {number[]} */
    const bareTimes = [];
    // Site and bare builds take turns, so both meet the same load on a shared machine.
    for (let i = 0; i < repeat; i++) {
      await coldStart(site, dist);
      // The steps of `npm run build`, stage by stage as tools/build.mjs runs them (side by side
      // within a stage): tools/lib/build-steps.mjs. Astro builds the workspace's copy of the site.
      let total = 0;
      let cpu = 0;
      const cpuParts = [];
      for (const stage of BUILD_STAGES) {
        const started = performance.now();
        const results = await Promise.all(
          stage.map((step) =>
            run(process.execPath, [join(ROOT, step.script), ...step.args], {
              cwd: step.name === 'astro build' ? site : ROOT,
              env,
            }),
          ),
        );
        total += (performance.now() - started) / 1000;
        for (const [k, step] of stage.entries()) {
          const result = results[k];
          if (!result) continue;
          stepSeconds.set(step.name, [...(stepSeconds.get(step.name) ?? []), result.seconds]);
          cpu += result.cpu;
          cpuParts.push(`${step.name} ${result.cpu.toFixed(1)}`);
          if (step.name === 'astro build') await writeFile(join(dir, `build-${i + 1}.log`), result.output);
          // astro build makes the search index beside its last passes (src/integrations/search-index.ts).
          if (step.name === 'astro build') {
            index = /Search index written to .*/.exec(result.output)?.[0] ?? '';
            const took = /Search index written to .* in ([\d.]+) s/.exec(index)?.[1];
            indexes.push(took === undefined ? Number.NaN : Number(took));
          }
        }
      }
      totals.push(total);
      siteCpu.push(cpu);
      stepCpu.push(cpuParts.join(' + '));
      if (bareSite && bareDist) {
        const bareEnv = { ...env, OUT_DIR: bareDist };
        await coldStart(bareSite, bareDist);
        const b = await run(process.execPath, [astro, 'build'], { cwd: bareSite, env: bareEnv });
        const p = await run(process.execPath, [pagefindCli, '--site', bareDist, '--quiet'], {
          cwd: bareSite,
          env: bareEnv,
        });
        bareTimes.push(b.seconds + p.seconds);
        bareCpu.push(b.cpu + p.cpu);
      }
    }
    // Plain Pagefind over the same pages, written aside, for comparison.
    const plain = await run(
      process.execPath,
      [pagefindCli, '--site', dist, '--output-path', join(dir, 'pagefind-plain'), '--quiet'],
      { cwd: ROOT, env },
    );
    const bare = bareDist && {
      pages: (await files(bareDist)).filter((f) => f.path.endsWith('.html')).length,
      times: bareTimes,
    };

    const all = await files(dist);
    const html = all.filter((f) => f.path.endsWith('.html'));
    const pagefind = all.filter((f) => f.path.startsWith('pagefind'));
    const total = all.reduce((s, f) => s + f.bytes, 0);
    const pages = html.length;
    const article = await pageWeight(dist, join('ms', 'learn', 'bench-0', 'index.html'));
    const search = await pageWeight(dist, join('ms', 'search', 'index.html'));
    const average = html.reduce((s, f) => s + f.bytes, 0) / pages;
    const browser = values['no-browser'] ? undefined : await browserSearch(dist, Number(values.runs));

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, ${process.platform}; load average ${load}`;
    const total1 = totals;
    const builds = stepSeconds.get('astro build') ?? [];
    const stepLine = [...stepSeconds].map(([name, list]) => `${name} ${seconds(list)}`).join(', ');
    // Each turn's full build over the bare build of the same turn: both met the same load.
    const ratios = bare ? total1.map((t, i) => t / (bare.times[i] ?? Number.NaN)) : [];
    const cpuRatios = bare ? siteCpu.map((t, i) => t / (bareCpu[i] ?? Number.NaN)) : [];
    const turns = (/** @type {number[]} */ list) => list.map((r) => `${r.toFixed(2)}×`).join(', ');
    const indexLine = index ?? '';
    console.log(`
Machine:            ${machine}
Pages built:        ${pages} (${pairCount} pairs, ${groupCount} groups); ${repeat} cold build(s)
steps:              ${stepLine}
astro build:        ${seconds(builds)} → ${(pages / Math.min(...builds)).toFixed(0)} pages/s
search index:       ${seconds(indexes)}, inside astro build, beside its last passes (plain pagefind --site: ${plain.seconds.toFixed(1)} s) — ${indexLine}
npm run build:      ${seconds(total1)} (${BUILD_STAGES.map((stage) => stage.map((step) => step.name).join(' ∥ ')).join(', then ')}) → ${(pages / Math.min(...total1)).toFixed(0)} pages/s${
      bare
        ? `\nbare Astro site:    ${seconds(bare.times)} for ${bare.pages} pages (MDX + pagefind) → ${(bare.pages / Math.min(...bare.times)).toFixed(0)} pages/s` +
          `\nsite / bare:        ${median(ratios).toFixed(2)}× wall-clock, median of turns (${turns(ratios)})` +
          (hasGnuTime
            ? `\nsite / bare, CPU:   ${median(cpuRatios).toFixed(2)}× median of turns (${turns(cpuRatios)}); CPU seconds ${siteCpu.map((c) => c.toFixed(1)).join(', ')} vs ${bareCpu.map((c) => c.toFixed(1)).join(', ')}` +
              `\nsite CPU by step:   ${stepCpu.join('; ')}`
            : '')
        : hasGnuTime
          ? `\nsite CPU:           ${siteCpu.map((c) => c.toFixed(1)).join(', ')} s; by step ${stepCpu.join('; ')}`
          : ''
    }
dist/ size:         ${(total / 1e6).toFixed(1)} MB (${all.length} files; pagefind/ ${(pagefind.reduce((s, f) => s + f.bytes, 0) / 1e6).toFixed(1)} MB)
HTML per page:      ${kb(average)} on average
article page:       HTML ${kb(article.html)} (${kb(article.htmlGz)} gz); CSS ${kb(article.css)} (${kb(article.cssGz)} gz), JS ${kb(article.js)} (${kb(article.jsGz)} gz), inline or linked
search page:        HTML ${kb(search.html)} (${kb(search.htmlGz)} gz); CSS ${kb(search.css)} (${kb(search.cssGz)} gz), JS ${kb(search.js)} (${kb(search.jsGz)} gz), inline or linked`);
    if (browser) printSearch(browser);
    const row = [
      pages,
      `${Math.min(...builds).toFixed(1)} s`,
      `${Math.min(...indexes).toFixed(1)} s`,
      (pages / Math.min(...total1)).toFixed(0),
      bare ? `${Math.min(...bare.times).toFixed(1)} s / ${bare.pages}` : '—',
      bare ? `${median(ratios).toFixed(2)}× (CPU ${median(cpuRatios).toFixed(2)}×)` : '—',
      `${(total / 1e6).toFixed(1)} MB`,
      `${kb(article.htmlGz)} / ${kb(article.cssGz)} / ${kb(article.jsGz)}`,
      browser?.['ms'] && browser['en']
        ? `${kb(browser['ms'].gzip)} / ${kb(browser['en'].gzip)} (Brotli host ${kb(browser['ms'].brotli)} / ${kb(browser['en'].brotli)})`
        : '—',
      browser?.['ms'] && browser['en'] ? `${browser['ms'].ms.toFixed(0)} / ${browser['en'].ms.toFixed(0)} ms` : '—',
    ];
    console.log(`\nMarkdown row for docs/benchmarks.md:\n| ${row.join(' | ')} |`);
  } finally {
    if (values.keep) console.log(`\nKept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
