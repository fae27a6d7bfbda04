// @ts-check
/**
 * Pagefind's WebAssembly (one file a stemmer: `wasm.en.pagefind`, `wasm.id.pagefind`,
 * `wasm.unknown.pagefind`) is the same in every build: it comes inside Pagefind's
 * package, fixed by its version. Compressing it the smallest way — Zopfli's gzip
 * (tools/lib/zopfli.mjs) and Brotli at quality 11 — took about 2.2 s of CPU a build
 * (issue 15), to make the same bytes each time. So those bytes are kept in
 * `tools/data/pagefind-wasm/`, each file named by the SHA-256 of what it unpacks to
 * (`<sha256>.gz`, `<sha256>.br`), and the search indexer takes them from there.
 *
 * A stored copy is used only when it unpacks to exactly the file Pagefind wrote, so a
 * damaged or stale one is never shipped: the indexer then compresses the file itself,
 * as before, and says so. After a Pagefind upgrade, `node tools/index-search.mjs
 * --store-wasm` (after a build) keeps the new copies; a build test fails until then.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** Where the copies are kept. */
export const STORED_WASM_DIR = fileURLToPath(new URL('../data/pagefind-wasm/', import.meta.url));

/** @typedef {'gz' | 'br'} Packing */

/** @type {Record<Packing, (data: Buffer) => Buffer>} */
const UNPACK = { gz: gunzipSync, br: brotliDecompressSync };

/**
 * The stored file name for content packed one way.
 * @param {Buffer} content what the file unpacks to
 * @param {Packing} packing
 */
export function storedName(content, packing) {
  return `${createHash('sha256').update(content).digest('hex')}.${packing}`;
}

/**
 * The stored copy of `content` packed as `packing`, or undefined when there is none or
 * it does not unpack to exactly `content`.
 * @param {Buffer} content
 * @param {Packing} packing
 * @param {string} [dir]
 * @returns {Buffer | undefined}
 */
export function storedCopy(content, packing, dir = STORED_WASM_DIR) {
  try {
    const stored = readFileSync(join(dir, storedName(content, packing)));
    return UNPACK[packing](stored).equals(content) ? stored : undefined;
  } catch {
    // No such file, or one that does not unpack.
    return undefined;
  }
}

/**
 * Keeps `packed` as the stored copy of `content` (checked to unpack to it first).
 * @param {Buffer} content
 * @param {Packing} packing
 * @param {Buffer} packed
 * @param {string} [dir]
 * @returns {string} the stored file's name
 */
export function storeCopy(content, packing, packed, dir = STORED_WASM_DIR) {
  if (!UNPACK[packing](packed).equals(content))
    throw new Error(`stored-wasm: the ${packing} copy does not unpack to the content it stands for`);
  mkdirSync(dir, { recursive: true });
  const name = storedName(content, packing);
  writeFileSync(join(dir, name), packed);
  return name;
}
