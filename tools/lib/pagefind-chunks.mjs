// @ts-check
/**
 * Splits a Pagefind index into smaller word chunks, so a reader's first query
 * downloads less.
 *
 * Pagefind cuts each language's word index into chunks of about 20,000 word
 * positions (a fixed number, not an option), about 28 KB each once compressed.
 * A one-word query needs one chunk, but on top of Pagefind's script (13 KB) and
 * its WebAssembly (58 KB) that chunk alone pushed a first query past our 100 KB
 * budget. This file re-cuts the same words, in the same order, into smaller
 * chunks and rewrites the list of chunks in the language's metadata file.
 *
 * It reads and writes Pagefind's own files (gzip of "pagefind_dcd" + CBOR) and
 * touches only the chunk list: every word's entry is copied byte for byte, and
 * every other part of the metadata is kept as it was. The layout is Pagefind
 * 1.6's (`pagefind/src/index/mod.rs`: `chunk_index`, `chunk_meta`);
 * `rechunkLanguage` refuses any other version, and tests/build/search-*.test.ts
 * search the rewritten index, so a change of format fails the build, not the reader.
 */
import { createHash } from 'node:crypto';
import { brotliCompress, constants, gunzipSync, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

/** @typedef {{ word: string, bytes: Buffer }} WordEntry One word's entry in the index, and its text. */

export const SUPPORTED_VERSION = '1.6.0';
const SIGNATURE = Buffer.from('pagefind_dcd');

/**
 * The CBOR payload inside a Pagefind file.
 * @param {Buffer} file
 */
export function unpack(file) {
  const data = gunzipSync(file);
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return data.subarray(SIGNATURE.length);
}

/**
 * A Pagefind file holding a CBOR payload.
 * @param {Buffer} payload
 */
export function pack(payload) {
  return gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 });
}

const brotli = promisify(brotliCompress);

/**
 * Pagefind's files that a search downloads as they are (gzip of "pagefind_dcd" + data),
 * and its script and entry file, which a host compresses like any text.
 */
export const BROTLI_FILES =
  /(\.pf_meta|\.pf_index|\.pf_fragment|\.pf_filter|^wasm\.[^/]+\.pagefind|^pagefind\.js|^pagefind-entry\.json|^common-words\.json)$/;

/**
 * The Brotli copy of a Pagefind file, for hosts that send `X.br` with
 * `Content-Encoding: br` to browsers that accept it (docs/deploy.md). The browser
 * undoes the Brotli, and pagefind.js takes data that already starts with its
 * "pagefind_dcd" signature as it is (`decompress` in pagefind.js) — so the same
 * index works from the gzip file on any host and from this copy where it is
 * offered. A text file (pagefind.js) is compressed as it is.
 *
 * Quality 11 (the highest) costs about 6 ms of CPU for a 4 KB page fragment;
 * the search indexer picks a lower quality for the many files (tools/index-search.mjs).
 * @param {Buffer} file
 * @param {number} [quality]
 */
export async function brotliCopy(file, quality = constants.BROTLI_MAX_QUALITY) {
  const gzip = file[0] === 0x1f && file[1] === 0x8b;
  const data = gzip ? gunzipSync(file) : file;
  if (gzip && !data.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new Error('not a Pagefind file (no pagefind_dcd signature)');
  return brotli(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * The header of the CBOR item at `pos`: its major type, its length or value, and where its content starts.
 * @param {Buffer} buf
 * @param {number} pos
 * @returns {{ major: number, value: number, start: number }}
 */
export function readHead(buf, pos) {
  const first = buf.readUInt8(pos);
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, start: pos + 1 };
  if (info === 24) return { major, value: buf.readUInt8(pos + 1), start: pos + 2 };
  if (info === 25) return { major, value: buf.readUInt16BE(pos + 1), start: pos + 3 };
  if (info === 26) return { major, value: buf.readUInt32BE(pos + 1), start: pos + 5 };
  if (info === 27) return { major, value: Number(buf.readBigUInt64BE(pos + 1)), start: pos + 9 };
  throw new Error(`unsupported CBOR item (indefinite length or reserved) at byte ${pos}`);
}

/**
 * Where the CBOR item starting at `pos` ends.
 * @param {Buffer} buf
 * @param {number} pos
 * @returns {number}
 */
export function skip(buf, pos) {
  const { major, value, start } = readHead(buf, pos);
  switch (major) {
    case 0:
    case 1:
    case 7:
      return start;
    case 2:
    case 3:
      return start + value;
    case 4: {
      let at = start;
      for (let i = 0; i < value; i++) at = skip(buf, at);
      return at;
    }
    case 5: {
      let at = start;
      for (let i = 0; i < value * 2; i++) at = skip(buf, at);
      return at;
    }
    default:
      throw new Error(`unsupported CBOR major type ${major} at byte ${pos}`);
  }
}

/**
 * The byte ranges of an array's items.
 * @param {Buffer} buf
 * @param {number} pos
 */
export function arrayItems(buf, pos) {
  const { major, value, start } = readHead(buf, pos);
  if (major !== 4) throw new Error(`expected a CBOR array at byte ${pos}`);
  /** @type {Buffer[]} */
  const items = [];
  let at = start;
  for (let i = 0; i < value; i++) {
    const end = skip(buf, at);
    items.push(buf.subarray(at, end));
    at = end;
  }
  return items;
}

/**
 * The text of a CBOR text string.
 * @param {Buffer | undefined} buf
 * @param {number} [pos]
 */
export function readText(buf, pos = 0) {
  if (!buf) throw new Error('expected a CBOR text string, found nothing');
  const { major, value, start } = readHead(buf, pos);
  if (major !== 3) throw new Error(`expected a CBOR text string at byte ${pos}`);
  return buf.subarray(start, start + value).toString('utf8');
}

/**
 * A CBOR header for a major type and a length.
 * @param {number} major
 * @param {number} length
 */
export function head(major, length) {
  const m = major << 5;
  if (length < 24) return Buffer.from([m | length]);
  if (length < 0x100) return Buffer.from([m | 24, length]);
  if (length < 0x10000) return Buffer.from([m | 25, length >> 8, length & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = m | 26;
  b.writeUInt32BE(length, 1);
  return b;
}

export const encodeText = (/** @type {string} */ text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([head(3, bytes.length), bytes]);
};
export const encodeArray = (/** @type {readonly Buffer[]} */ items) => Buffer.concat([head(4, items.length), ...items]);

/**
 * The shortest prefixes that still tell two neighbouring chunks apart, as Pagefind
 * names them: ("apple", "apricot") → ("app", "apr").
 * @param {string} last
 * @param {string} next
 * @returns {[string, string]}
 */
export function boundaryPrefixes(last, next) {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * How many leading characters two words share.
 * @param {string} a
 * @param {string} b
 */
function sharedPrefix(a, b) {
  const [x, y] = [[...a], [...b]];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

// Pagefind loads one chunk per query word, so the words a typed prefix extends to
// must share it: a cut never separates words that share this many letters (until
// a chunk reaches twice its target).
const KEEP_TOGETHER = 4;

/**
 * Groups word entries (in index order) into chunks of about `targetBytes` of
 * CBOR each. A heavy word — one whose entry alone is `heavyBytes` or more, such as
 * "pulih" on nine pages in ten — gets a chunk of its own, never shared with its
 * neighbours, so a query that does not need it never downloads it; two heavy words
 * in a row get an empty chunk between them (see chunkRanges).
 * @param {readonly WordEntry[]} words
 * @param {number} targetBytes
 * @param {number} [heavyBytes]
 * @returns {WordEntry[][]}
 */
export function groupWords(words, targetBytes, heavyBytes = targetBytes) {
  /** @type {WordEntry[][]} */
  const chunks = [];
  /** @type {WordEntry[]} */
  let chunk = [];
  let size = 0;
  let lastHeavy = false;
  const close = () => {
    if (chunk.length) chunks.push(chunk);
    chunk = [];
    size = 0;
  };
  words.forEach((word, i) => {
    if (word.bytes.length >= heavyBytes) {
      close();
      if (lastHeavy) chunks.push([]);
      chunks.push([word]);
      lastHeavy = true;
      return;
    }
    lastHeavy = false;
    chunk.push(word);
    size += word.bytes.length;
    const next = words[i + 1];
    const together =
      next &&
      next.bytes.length < heavyBytes &&
      sharedPrefix(word.word, next.word) >= KEEP_TOGETHER &&
      size < 2 * targetBytes;
    if (size >= targetBytes && !together) close();
  });
  close();
  return chunks;
}

/** A string above every word Pagefind could be asked for (the last code point). */
export const TOP = String.fromCodePoint(0x10ffff);

/**
 * The string right after `word` in code-point order: every longer string that
 * starts with it, and every string that sorts after it, is at least this.
 * @param {string} word
 */
export const justAbove = (word) => `${word}\u0000`;

/**
 * A string just below `word`: only strings that start with this one and go on
 * after the highest code point sort between the two (nothing anyone types).
 * @param {string} word
 */
export function justBelow(word) {
  const chars = [...word];
  const last = chars.pop();
  if (last === undefined) throw new Error('justBelow: nothing sorts below the empty string');
  let code = (last.codePointAt(0) ?? 0) - 1;
  if (code < 0) return chars.join('');
  if (code >= 0xd800 && code <= 0xdfff) code = 0xd7ff; // no lone surrogates
  return `${chars.join('')}${String.fromCodePoint(code)}${TOP}`;
}

/**
 * The `from`/`to` range of each chunk, in the metadata Pagefind reads.
 *
 * Pagefind 1.6 looks each query word up twice, as typed and stemmed ("pemulihan"
 * and "pulih"), and loads the first chunk whose range holds it (`from <= word <= to`,
 * compared code point by code point); only when no range holds a word does it load
 * every chunk that might hold a prefix or an extension of it. Pagefind's own
 * ranges end at a shortened prefix of their last word ("perj" for "perjumpaan"),
 * so that word, and any word typed in a gap between two ranges, falls to that
 * second rule and loads several chunks — the heaviest often among them.
 *
 * These ranges leave no gaps: each chunk runs from where the one before ended to
 * where the next begins, so every word, typed or stemmed, loads exactly one chunk.
 * Where two chunks meet, the cut is Pagefind's (the shortest prefix of the next
 * chunk's first word that sorts after this chunk's last word: a prefix being typed
 * loads the chunk of the words it extends to), except around a heavy word: its
 * range ends at the word itself, so that strings sorting just after it
 * ("perjumpaan" < "perkara" < "perl") load the light chunk that follows, not it.
 * An empty chunk between two heavy words holds what sorts between them.
 * @param {readonly (readonly WordEntry[])[]} chunks
 * @param {number} [heavyBytes] chunks of one word this large or larger are heavy
 */
export function chunkRanges(chunks, heavyBytes = Infinity) {
  const heavy = chunks.map((c) => c.length === 1 && (c[0]?.bytes.length ?? 0) >= heavyBytes);
  /** The last word before chunk `i` begins (empty chunks have none of their own). */
  const wordBefore = (/** @type {number} */ i) => {
    for (let j = i - 1; j >= 0; j--) {
      const last = chunks[j]?.at(-1);
      if (last) return last.word;
    }
    return undefined;
  };
  /** The first word from chunk `i` on. */
  const wordFrom = (/** @type {number} */ i) => {
    for (let j = i; j < chunks.length; j++) {
      const first = chunks[j]?.[0];
      if (first) return first.word;
    }
    return undefined;
  };
  /** Where chunk `i + 1` begins: the boundary between the words either side of it. */
  const cut = (/** @type {number} */ i) => {
    const before = wordBefore(i + 1);
    const after = wordFrom(i + 1);
    if (before === undefined || after === undefined) return undefined;
    return boundaryPrefixes(before, after)[1];
  };
  return chunks.map((_, i) => {
    const previous = wordBefore(i);
    const from = i === 0 ? '' : heavy[i - 1] && previous !== undefined ? justAbove(previous) : (cut(i - 1) ?? '');
    const own = chunks[i]?.[0]?.word;
    const next = i + 1 < chunks.length ? cut(i) : undefined;
    const to = heavy[i] && own !== undefined ? own : next === undefined ? TOP : justBelow(next);
    return { from, to };
  });
}

/**
 * The chunks Pagefind 1.6 loads for one word (as typed or as stemmed), given the
 * ranges in the metadata: the first whose range holds it; if none does, every
 * chunk whose range, cut to the word's length, might hold an extension or a
 * prefix of it. A model of `request_indexes` in Pagefind's WebAssembly, checked
 * against the real one (tests/build/search-*.test.ts search the built index).
 * @param {readonly { from: string, to: string }[]} ranges
 * @param {string} word
 * @returns {number[]} indexes into `ranges`
 */
export function chunksFor(ranges, word) {
  const cmp = (/** @type {string} */ a, /** @type {string} */ b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const strict = ranges.findIndex((r) => cmp(word, r.from) >= 0 && cmp(word, r.to) <= 0);
  if (strict !== -1) return [strict];
  const bytes = Buffer.from(word);
  return ranges.flatMap((r, i) => {
    const [from, to] = [Buffer.from(r.from), Buffer.from(r.to)];
    const f = Math.min(bytes.length, from.length);
    const t = Math.min(bytes.length, to.length);
    // Rust's str::get gives nothing for a cut inside a character: no match.
    const whole = (/** @type {Buffer} */ b, /** @type {number} */ n) => n === b.length || ((b[n] ?? 0) & 0xc0) !== 0x80;
    if (![whole(bytes, f), whole(from, f), whole(bytes, t), whole(to, t)].every(Boolean)) return [];
    return Buffer.compare(bytes.subarray(0, f), from.subarray(0, f)) >= 0 &&
      Buffer.compare(bytes.subarray(0, t), to.subarray(0, t)) <= 0
      ? [i]
      : [];
  });
}

/**
 * A chunk size for an index of `totalBytes` of word entries. Every chunk costs an
 * entry in the metadata every search downloads (about 12 bytes compressed), and a
 * query downloads one chunk per word, so the total for a few-word query is
 * smallest when the number of chunks grows with the square root of the index:
 * small chunks for a small site, larger ones as it grows.
 * @param {number} totalBytes
 */
export function autoChunkBytes(totalBytes) {
  return Math.min(24_000, Math.max(1_500, Math.round(Math.sqrt(totalBytes * 10))));
}

/**
 * Short names for a language's pages. Pagefind names each page's fragment file by
 * a random-looking 7-character hash and lists every page's name in the metadata
 * every search downloads first: at 3,000 pages that list is most of its 21 KB,
 * because random names do not compress. Numbered names (`en_k3f9_0`, `en_k3f9_1`…)
 * compress to almost nothing. The shared tag is a hash of all the old names, so any
 * change to any page renames every fragment and no browser keeps a stale one.
 * @param {readonly Buffer[]} pageItems
 * @param {string} prefix
 * @returns {{ items: Buffer[], renames: [string, string][] }} the new page entries and the fragment files to rename
 */
export function renamePages(pageItems, prefix) {
  const pages = pageItems.map((item) => arrayItems(item, 0));
  const old = pages.map((fields) => readText(fields[0]));
  const tag = createHash('sha256').update(old.join(' ')).digest('hex').slice(0, 4);
  /** @type {[string, string][]} */
  const renames = [];
  const items = pages.map((fields, i) => {
    const name = `${prefix}_${tag}_${i.toString(36)}`;
    renames.push([`fragment/${old[i]}.pf_fragment`, `fragment/${name}.pf_fragment`]);
    return encodeArray([encodeText(name), ...fields.slice(1)]);
  });
  return { items, renames };
}

/**
 * A page's word count rounded to one of a few values, `step` apart in ratio
 * (5 %: …, 400, 420, 441, 463, …). Every search downloads every page's word count
 * in the metadata first; exact counts are as good as random digits and do not
 * compress, while Pagefind uses them only to weigh a match by the length of its page
 * (BM25's length normalisation against the average length), where a few per cent
 * make no difference. The test set's recall (tests/build/search-relevance.test.ts)
 * is measured on the rounded counts.
 * @param {number} count
 * @param {number} step
 */
export function roundWordCount(count, step) {
  if (!(step > 0) || count <= 1) return count;
  const base = Math.log(1 + step);
  return Math.round(Math.exp(Math.round(Math.log(count) / base) * base));
}

/**
 * The page entries with their word counts rounded (roundWordCount), every other field byte for byte.
 * @param {readonly Buffer[]} pageItems
 * @param {number} step
 */
export function roundWordCounts(pageItems, step) {
  return pageItems.map((item) => {
    const fields = arrayItems(item, 0);
    const count = fields[1];
    if (!count) throw new Error('unexpected Pagefind page entry: no word count');
    const { major, value } = readHead(count, 0);
    if (major !== 0) throw new Error('unexpected Pagefind page entry: the word count is not a number');
    return encodeArray([fields[0] ?? Buffer.alloc(0), head(0, roundWordCount(value, step)), ...fields.slice(2)]);
  });
}

/**
 * A word's entry with at most `max` positions kept on each page (the first ones, with
 * the weight markers before them). A word entry is `[word, pages, …]`, each page
 * `[page number, positions, metadata positions]`; a position is a number, a weight
 * marker a negative one that applies to the positions after it.
 *
 * For a word on most pages ("pulih" on 2,690 of 2,991) the positions are most of the
 * bytes a first search downloads (19.0 KB of postings; 9.6 KB with two a page), and
 * they barely rank: BM25 gives a word on more than half the pages almost no weight,
 * so how often it occurs hardly moves a page. The first positions are kept because
 * a page's title and first heading come first, and Pagefind's excerpt centres on them.
 * @param {Buffer} bytes
 * @param {number} max
 * @returns {Buffer}
 */
export function capPositions(bytes, max) {
  const [word, pageList, ...rest] = arrayItems(bytes, 0);
  if (!word || !pageList) throw new Error('unexpected Pagefind word entry');
  const pages = arrayItems(pageList, 0).map((page) => {
    const [number, positions, ...more] = arrayItems(page, 0);
    if (!number || !positions) throw new Error('unexpected Pagefind page in a word entry');
    /** @type {Buffer[]} */
    const kept = [];
    let count = 0;
    for (const item of arrayItems(positions, 0)) {
      if (readHead(item, 0).major === 1) kept.push(item);
      else if (count < max) {
        kept.push(item);
        count++;
      }
    }
    // A weight marker with no position after it says nothing.
    while (kept.length && readHead(/** @type {Buffer} */ (kept.at(-1)), 0).major === 1) kept.pop();
    return encodeArray([number, encodeArray(kept), ...more]);
  });
  return encodeArray([word, encodeArray(pages), ...rest]);
}

/**
 * Only an entry this large (about 4 KB once compressed) has its positions capped: below
 * it the saving is a few hundred bytes and the positions still help rank (capping every
 * word on half of today's 58 pages took recall@5 from 96 % to 92 %).
 */
export const CAP_FROM_BYTES = 8 * 1024;

/**
 * How many pages a word's entry lists.
 * @param {Buffer} bytes
 */
export function pageCount(bytes) {
  const pageList = arrayItems(bytes, 0)[1];
  return pageList ? readHead(pageList, 0).value : 0;
}

/**
 * Re-cuts one language's word index. `read(path)` and the returned `files` use
 * paths relative to the Pagefind bundle; `remove` lists the files it replaces.
 * With `shortPageNames`, also gives the pages short names (renamePages); `renames`
 * lists the fragment files to rename. With `wordCountStep`, rounds the pages' word
 * counts (roundWordCount). With `commonWordPositions`, a word on more than half the
 * pages and an entry of CAP_FROM_BYTES or more keeps that many positions a page (capPositions). Chunks are named like pages, `<lang>_<tag>_<n>`, with a
 * tag that changes whenever any chunk does.
 * @param {{ version: string, hash: string, read: (path: string) => Buffer, targetBytes: number | 'auto', heavyBytes?: number, shortPageNames?: boolean, wordCountStep?: number, commonWordPositions?: number }} options
 * @returns {{ hash: string, files: Map<string, Buffer>, remove: string[], renames: [string, string][], before: number, after: number, heavy: number, totalBytes: number, capped: number }}
 */
export function rechunkLanguage({
  version,
  hash,
  read,
  targetBytes,
  heavyBytes,
  shortPageNames = false,
  wordCountStep = 0,
  commonWordPositions = 0,
}) {
  if (version !== SUPPORTED_VERSION) {
    throw new Error(
      `index-search: re-chunking knows Pagefind ${SUPPORTED_VERSION}'s index, not ${version}; update tools/lib/pagefind-chunks.mjs`,
    );
  }
  const metaPath = `pagefind.${hash}.pf_meta`;
  const meta = unpack(read(metaPath));
  const top = arrayItems(meta, 0);
  const chunkList = top[2];
  if (!chunkList) throw new Error('unexpected Pagefind metadata: no list of index chunks');

  /** @type {WordEntry[]} */
  const words = [];
  const remove = [metaPath];
  for (const entry of arrayItems(chunkList, 0)) {
    const [, , chunkHash] = arrayItems(entry, 0).map((b) => readText(b));
    const path = `index/${chunkHash}.pf_index`;
    remove.push(path);
    const index = unpack(read(path));
    const [wordList] = arrayItems(index, 0);
    if (!wordList) throw new Error(`unexpected Pagefind index chunk: ${path}`);
    for (const bytes of arrayItems(wordList, 0)) {
      words.push({ word: readText(arrayItems(bytes, 0)[0]), bytes });
    }
  }

  let capped = 0;
  if (commonWordPositions > 0) {
    const pageTotal = readHead(top[1] ?? Buffer.from([0x80]), 0).value;
    for (const entry of words) {
      if (entry.bytes.length < CAP_FROM_BYTES || pageCount(entry.bytes) * 2 <= pageTotal) continue;
      entry.bytes = capPositions(entry.bytes, commonWordPositions);
      capped++;
    }
  }

  const prefix = hash.split('_')[0] ?? hash;
  const total = words.reduce((sum, w) => sum + w.bytes.length, 0);
  const target = targetBytes === 'auto' ? autoChunkBytes(total) : targetBytes;
  const heavy = heavyBytes ?? target;
  const chunks = groupWords(words, target, heavy);
  const payloads = chunks.map((chunk) => encodeArray([encodeArray(chunk.map((w) => w.bytes))]));
  const tag = createHash('sha256')
    .update(Buffer.concat(payloads.map((p) => createHash('sha256').update(p).digest())))
    .digest('hex')
    .slice(0, 4);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  const entries = chunkRanges(chunks, heavy).map((range, i) => {
    const name = `${prefix}_${tag}_${i.toString(36)}`;
    files.set(`index/${name}.pf_index`, pack(payloads[i] ?? Buffer.alloc(0)));
    return encodeArray([encodeText(range.from), encodeText(range.to), encodeText(name)]);
  });

  top[2] = encodeArray(entries);
  /** @type {[string, string][]} */
  let renames = [];
  const pageList = top[1];
  if (!pageList) throw new Error('unexpected Pagefind metadata: no list of pages');
  let pages = arrayItems(pageList, 0);
  if (wordCountStep > 0) pages = roundWordCounts(pages, wordCountStep);
  if (shortPageNames) {
    const renamed = renamePages(pages, prefix);
    pages = renamed.items;
    renames = renamed.renames;
  }
  top[1] = encodeArray(pages);
  const newMeta = encodeArray(top);
  const newHash = `${prefix}_${createHash('sha256').update(newMeta).digest('hex').slice(0, 10)}`;
  files.set(`pagefind.${newHash}.pf_meta`, pack(newMeta));
  return {
    hash: newHash,
    files,
    remove,
    renames,
    before: remove.length - 1,
    after: chunks.length,
    heavy: chunks.filter((c) => c.length === 1 && (c[0]?.bytes.length ?? 0) >= heavy).length,
    totalBytes: total,
    capped,
  };
}
