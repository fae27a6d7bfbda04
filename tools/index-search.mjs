#!/usr/bin/env node
// @ts-check
/**
 * Builds the Pagefind search index for a built site, one index per language.
 *
 * Malay pages are indexed with Pagefind's Indonesian stemmer: Malay and Indonesian
 * share their affixes (meN-, ber-, di-, ter-, pe-, -kan, -an, -i, ke-…-an), and
 * Pagefind has no Malay stemmer, so without this "memulihkan" never finds
 * "pemulihan". The pages themselves keep `lang="ms"`: only the copy handed to
 * Pagefind says `id`, and the index is then filed under `ms` in
 * `pagefind-entry.json`, so a Malay page loads it (Pagefind picks the index by the
 * page's `<html lang>`) together with the Indonesian WebAssembly that stems the
 * reader's query the same way. See docs/search.md.
 *
 * Then each language's word index is cut into smaller chunks than Pagefind's own
 * (tools/lib/pagefind-chunks.mjs), so a first query stays within its budget.
 *
 * It also rounds the pages' word counts in the metadata every search loads first
 * (they only weigh a match by its page's length; rounded, they compress).
 *
 * And it writes a Brotli copy (`X.br`) beside each file a search downloads, and
 * beside the site's scripts and stylesheets in `_astro/` (the search island's among
 * them), which hosts that can send them do (docs/deploy.md); others send the gzip
 * files, and compress the text themselves, as before.
 *
 *   node tools/index-search.mjs [--site dist] [--malay-stemmer id|none] [--chunk-bytes auto|N] [--word-count-step 0.05] [--no-brotli] [--store-wasm]
 *
 * `--malay-stemmer none --chunk-bytes 0` gives what plain `pagefind --site dist` gives.
 * It reads the built pages and never changes them, and writes `<site>/pagefind/`
 * afresh each time, so it can be run again on a built site (or a copy of one).
 * `astro build` runs it itself (src/integrations/search-index.ts), beside its last passes.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { pageForIndex } from './lib/index-copy.mjs';
import { BROTLI_FILES, brotliCopy, rechunkLanguage, unpack } from './lib/pagefind-chunks.mjs';
import { storeCopy, storedCopy } from './lib/stored-wasm.mjs';
import { smallestGzip } from './lib/zopfli.mjs';
import './lib/ts-hooks.mjs';

const { COMMON_MIN_PAGES, COMMON_WORDS_FILE, commonWords, samplePages } =
  await import('../src/lib/search/common-words.ts');
const { isLocale } = await import('../src/i18n/locales.ts');

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    'malay-stemmer': { type: 'string', default: 'id' },
    // Bytes of word entries per chunk; "auto" sizes them to the index (see autoChunkBytes).
    'chunk-bytes': { type: 'string', default: 'auto' },
    // Rounding of the pages' word counts in the metadata, as a ratio between neighbouring values (0: exact).
    'word-count-step': { type: 'string', default: '0.2' },
    // Positions kept a page for a word on more than half the pages (0: all; see capPositions).
    'common-word-positions': { type: 'string', default: '1' },
    // Brotli copies (X.br) of the files a search downloads, for hosts that send them (docs/deploy.md).
    // (SEARCH_BROTLI=0 in the environment, or --no-brotli, for a host that cannot send them.)
    brotli: { type: 'boolean', default: process.env.SEARCH_BROTLI !== '0' },
    // Keep the compressed WebAssembly in tools/data/pagefind-wasm/ when it is not there (tools/lib/stored-wasm.mjs).
    'store-wasm': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const site = resolve(values.site);
const stemmer = /** @type {'id' | 'none'} */ (values['malay-stemmer']);
const chunkBytes = values['chunk-bytes'] === 'auto' ? 'auto' : Number(values['chunk-bytes']);
const wordCountStep = Number(values['word-count-step']);
if (!(wordCountStep >= 0))
  throw new Error(`--word-count-step must be a number ≥ 0, not "${values['word-count-step']}"`);
const commonWordPositions = Number(values['common-word-positions']);
if (!(Number.isInteger(commonWordPositions) && commonWordPositions >= 0))
  throw new Error(`--common-word-positions must be a whole number ≥ 0, not "${values['common-word-positions']}"`);
if (!['id', 'none'].includes(stemmer)) throw new Error(`--malay-stemmer must be "id" or "none", not "${stemmer}"`);

/**
 * Every HTML file under a folder, as paths relative to it.
 * @param {string} dir
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith(`pagefind${sep}`))
    .sort();
}

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

/** The copy of a page Pagefind reads (tools/lib/index-copy.mjs). */
const forIndex = (/** @type {string} */ content) => pageForIndex(content, { malayAs: stemmer });

// Pagefind reads the pages itself from a mirror of the site (addDirectory), which is
// far quicker than handing it each page through Node (addHTMLFile: 27.5 s against
// 15.8 s at 6,000 pages). Every page is written out, never linked: run by the build
// (src/integrations/search-index.ts), the pages are rewritten while Pagefind reads the
// mirror, and a hard link would be rewritten with them.
const mirror = await mkdtemp(join(dirname(site), '.search-index-'));
// A build that stops early (another step failed, or it was stopped) stops the indexer:
// the copy goes, and nothing more is written into an output folder the next build may be
// emptying.
const abandon = () => {
  rmSync(mirror, { recursive: true, force: true });
  process.exit(1);
};
process.once('SIGTERM', abandon);
process.once('SIGINT', abandon);
try {
  const files = await htmlFiles(site);
  const folders = new Set(files.map((path) => dirname(join(mirror, path))));
  await Promise.all([...folders].map((dir) => mkdir(dir, { recursive: true })));
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await writeFile(join(mirror, path), forIndex(await readFile(join(site, path), 'utf8')));
      }
    }),
  );
  // Run by the build, say that the pages are read: its passes after Astro's may now rewrite
  // them. The channel stays open (so a build that ends early is noticed: 'disconnect'),
  // without keeping this process alive by itself.
  const send = process.send?.bind(process);
  if (send) {
    await new Promise((sent) => send('mirrored', undefined, undefined, () => sent(undefined)));
    process.once('disconnect', abandon);
    process.channel?.unref();
  }
  const added = await index.addDirectory({ path: mirror });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  if (added.page_count !== files.length)
    throw new Error(`Pagefind indexed ${added.page_count} of ${files.length} pages`);
} finally {
  await rm(mirror, { recursive: true, force: true });
}

const outputPath = join(site, 'pagefind');
// A fresh bundle: Pagefind writes new files beside old ones, it never removes any.
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();

// Pagefind also writes its ready-made interfaces; the site has its own (src/islands/search.ts).
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
for (const name of await readdir(outputPath)) if (UNUSED.test(name)) await rm(join(outputPath, name));

// Pagefind ships pagefind.js with its spaces taken out but every name kept; minified
// (names shortened, no change to what it does) it is 1.9 KB smaller gzipped, 1.8 KB
// with Brotli, on every first search. The build tests run the minified file.
const script = join(outputPath, 'pagefind.js');
const minified = await transform(await readFile(script, 'utf8'), {
  minify: true,
  format: 'esm',
  legalComments: 'inline',
});
await writeFile(script, minified.code);

const entryPath = join(outputPath, 'pagefind-entry.json');
const entry = JSON.parse(await readFile(entryPath, 'utf8'));

const chunking = [];
if (chunkBytes === 'auto' || chunkBytes > 0) {
  for (const info of Object.values(entry.languages)) {
    const result = rechunkLanguage({
      version: entry.version,
      hash: info.hash,
      targetBytes: chunkBytes,
      read: (/** @type {string} */ path) => readFileSync(join(outputPath, path)),
      shortPageNames: true,
      wordCountStep,
      commonWordPositions,
    });
    await Promise.all(result.renames.map(([from, to]) => rename(join(outputPath, from), join(outputPath, to))));
    await Promise.all(result.remove.map((path) => rm(join(outputPath, path))));
    await Promise.all([...result.files].map(([path, bytes]) => writeFile(join(outputPath, path), bytes)));
    chunking.push(
      `${info.hash.split('_')[0]} ${result.before}→${result.after} (${result.heavy} heavy words alone, ${result.capped} common words capped at ${commonWordPositions} position${commonWordPositions === 1 ? '' : 's'} a page)`,
    );
    info.hash = result.hash;
  }
}

// File the Indonesian-stemmed index under the page language it serves.
if (stemmer === 'id' && entry.languages.id) {
  if (entry.languages.ms) throw new Error('Both an "ms" and an "id" index were written; expected only one of them');
  entry.languages.ms = entry.languages.id;
  delete entry.languages.id;
}
await writeFile(entryPath, JSON.stringify(entry));

// Words on nearly every page of a large site, which the island leaves out of a query about
// a place (src/lib/search/common-words.ts), counted in the text Pagefind indexed.
/** @type {Record<string, string[]>} */
const common = {};
for (const [lang, info] of Object.entries(entry.languages)) {
  if (!isLocale(lang)) continue;
  // A smaller site has no common words (commonWords): its fragments are not even read.
  if (info.page_count < COMMON_MIN_PAGES) {
    common[lang] = [];
    continue;
  }
  const prefix = `${info.hash.split('_')[0]}_`;
  const names = (await readdir(join(outputPath, 'fragment'))).filter(
    (name) => name.startsWith(prefix) && name.endsWith('.pf_fragment'),
  );
  names.sort(); // the same sample on every machine
  const texts = await Promise.all(
    samplePages(names.length).map(async (i) => {
      const name = names[i] ?? '';
      const data = unpack(await readFile(join(outputPath, 'fragment', name)));
      return /** @type {{ content: string }} */ (JSON.parse(data.toString('utf8'))).content;
    }),
  );
  common[lang] = commonWords(texts, lang, names.length);
}
await writeFile(join(outputPath, COMMON_WORDS_FILE), JSON.stringify(common));

// Each language's metadata, which every first search downloads whatever it looks for, at
// its smallest gzip (tools/lib/zopfli.mjs): 2 KB less on every first search at 6,000 pages.
await Promise.all(
  Object.values(entry.languages).map(async (info) => {
    const path = join(outputPath, `pagefind.${info.hash}.pf_meta`);
    await writeFile(path, await smallestGzip(await readFile(path)));
  }),
);

// Pagefind's WebAssembly, one file a stemmer, the same in every build: its smallest gzip (a
// language's own, which a first search downloads: 2.8 KB less) and its Brotli copy come
// from tools/data/pagefind-wasm/ (tools/lib/stored-wasm.mjs) instead of being made afresh
// (about 2.2 s of CPU).
const searched = new Set(Object.values(entry.languages).map((info) => `wasm.${info.wasm ?? 'unknown'}.pagefind`));
/** @type {string[]} */
const compressedHere = [];
let wasmBrotli = 0;
for (const name of (await readdir(outputPath)).filter((n) => /^wasm\.[^/]+\.pagefind$/.test(n))) {
  const path = join(outputPath, name);
  const file = await readFile(path);
  const content = gunzipSync(file);
  /** @type {{ packing: import('./lib/stored-wasm.mjs').Packing, target: string, make: () => Promise<Buffer> }[]} */
  const copies = [];
  if (searched.has(name)) copies.push({ packing: 'gz', target: path, make: () => smallestGzip(file) });
  if (values.brotli)
    copies.push({ packing: 'br', target: `${path}.br`, make: () => brotliCopy(file, constants.BROTLI_MAX_QUALITY) });
  for (const { packing, target, make } of copies) {
    let packed = storedCopy(content, packing);
    // A stored gzip is only worth shipping when it is no larger than Pagefind's own.
    if (packed && packing === 'gz' && packed.length > file.length) packed = undefined;
    if (!packed) {
      packed = await make();
      if (values['store-wasm'])
        console.log(`Kept ${name} (${packing}) as tools/data/pagefind-wasm/${storeCopy(content, packing, packed)}`);
      else compressedHere.push(`${name} (${packing})`);
    }
    await writeFile(target, packed);
    if (packing === 'br') wasmBrotli++;
  }
}
if (compressedHere.length)
  console.warn(
    `Pagefind's WebAssembly was compressed afresh, not taken from tools/data/pagefind-wasm/: ${compressedHere.join(', ')}. ` +
      'A new Pagefind? After a build, `node tools/index-search.mjs --store-wasm` keeps the copies (tools/lib/stored-wasm.mjs).',
  );

let brotliCount = 0;
if (values.brotli) {
  /** @param {string} dir @param {(path: string) => boolean} keep */
  const filesIn = async (dir, keep) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .map((e) => join(e.parentPath, e.name))
      .filter((path) => keep(relative(dir, path)));
  const files = [
    // The WebAssembly's copies were written above.
    ...(await filesIn(outputPath, (path) => BROTLI_FILES.test(path) && !path.endsWith('.pagefind'))),
    // The site's scripts and stylesheets, the search island among them (a handful of files).
    ...(await filesIn(join(site, '_astro'), (path) => /\.(js|css)$/.test(path)).catch(() => [])),
  ];
  // A few at a time: zlib runs them on libuv's threads. The qualities trade a few bytes for
  // much less CPU (issue 15; docs/search.md, "Brotli"): page fragments (two a page, one for
  // each result shown) at 5, the word chunks (one or two in a first search) at 10. At 2,000
  // pages: 1,982 fragments 0.6 s of CPU at 5, 0.9 s at 6, 3 bytes more a fragment; 637 word
  // chunks 1.3 s at 10, 3.1 s at 11, 802 against 769 KB (4 %). The metadata and the scripts,
  // which every first search loads, keep 11.
  const quality = (/** @type {string} */ path) =>
    path.endsWith('.pf_fragment') ? 5 : path.endsWith('.pf_index') ? 10 : constants.BROTLI_MAX_QUALITY;
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await writeFile(`${path}.br`, await brotliCopy(await readFile(path), quality(path)));
      }
    }),
  );
  brotliCount = files.length + wasmBrotli;
}

// The index is written: a build that ends now loses nothing by it.
process.off('disconnect', abandon);

if (!values.quiet) {
  const summary = Object.entries(entry.languages)
    .map(([lang, info]) => `${lang}: ${info.page_count} pages (stemmer: ${info.wasm ?? 'none'})`)
    .join(', ');
  const chunks = chunking.length ? `; word chunks ${chunking.join(', ')}` : '';
  const brotliNote = brotliCount ? `; ${brotliCount} Brotli copies` : '';
  console.log(
    `Search index written to ${relative(process.cwd(), outputPath) || '.'} in ${((performance.now() - started) / 1000).toFixed(2)} s — ${summary}${chunks}${brotliNote}`,
  );
}
