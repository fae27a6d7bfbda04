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
import { gunzipSync, gzipSync } from 'node:zlib';

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
 * CBOR each; a word larger than that gets a chunk of its own.
 * @param {readonly WordEntry[]} words
 * @param {number} targetBytes
 */
export function groupWords(words, targetBytes) {
  /** @type {WordEntry[][]} */
  const chunks = [];
  /** @type {WordEntry[]} */
  let chunk = [];
  let size = 0;
  words.forEach((word, i) => {
    chunk.push(word);
    size += word.bytes.length;
    const next = words[i + 1];
    const together = next && sharedPrefix(word.word, next.word) >= KEEP_TOGETHER && size < 2 * targetBytes;
    if (size >= targetBytes && !together) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  });
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * The `from`/`to` range of each chunk, as Pagefind's `chunk_meta` computes it.
 * @param {readonly (readonly WordEntry[])[]} chunks
 */
export function chunkRanges(chunks) {
  const ranges = chunks.map((c) => ({ from: c[0]?.word ?? '', to: c.at(-1)?.word ?? '' }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [here, after] = [ranges[i], ranges[i + 1]];
    if (here && after) [here.to, after.from] = boundaryPrefixes(here.to, after.from);
  }
  return ranges;
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

const shortHash = (/** @type {Buffer} */ bytes, /** @type {number} */ length) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Re-cuts one language's word index. `read(path)` and the returned `files` use
 * paths relative to the Pagefind bundle; `remove` lists the files it replaces.
 * With `shortPageNames`, also gives the pages short names (renamePages); `renames` lists the fragment files to rename.
 * @param {{ version: string, hash: string, read: (path: string) => Buffer, targetBytes: number | 'auto', shortPageNames?: boolean }} options
 * @returns {{ hash: string, files: Map<string, Buffer>, remove: string[], renames: [string, string][], before: number, after: number, totalBytes: number }}
 */
export function rechunkLanguage({ version, hash, read, targetBytes, shortPageNames = false }) {
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

  const prefix = hash.split('_')[0] ?? hash;
  const total = words.reduce((sum, w) => sum + w.bytes.length, 0);
  const chunks = groupWords(words, targetBytes === 'auto' ? autoChunkBytes(total) : targetBytes);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  const entries = chunkRanges(chunks).map((range, i) => {
    const payload = encodeArray([encodeArray((chunks[i] ?? []).map((w) => w.bytes))]);
    let name = `${prefix}_${shortHash(payload, 7)}`;
    for (let n = 8; files.has(`index/${name}.pf_index`); n++) name = `${prefix}_${shortHash(payload, n)}`;
    files.set(`index/${name}.pf_index`, pack(payload));
    return encodeArray([encodeText(range.from), encodeText(range.to), encodeText(name)]);
  });

  top[2] = encodeArray(entries);
  /** @type {[string, string][]} */
  let renames = [];
  if (shortPageNames) {
    const pageList = top[1];
    if (!pageList) throw new Error('unexpected Pagefind metadata: no list of pages');
    const renamed = renamePages(arrayItems(pageList, 0), prefix);
    top[1] = encodeArray(renamed.items);
    renames = renamed.renames;
  }
  const newMeta = encodeArray(top);
  const newHash = `${prefix}_${shortHash(newMeta, 10)}`;
  files.set(`pagefind.${newHash}.pf_meta`, pack(newMeta));
  return { hash: newHash, files, remove, renames, before: remove.length - 1, after: chunks.length, totalBytes: total };
}
