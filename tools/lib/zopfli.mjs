// @ts-check
/**
 * The smallest gzip of a file, for the few files every first search downloads as
 * they are stored: Pagefind's WebAssembly and each language's metadata. A static
 * host sends those files as they are (they are gzip already, and Pagefind's script
 * unpacks them itself), so every byte saved here is saved on every host, not only
 * on one that sends the Brotli copies.
 *
 * Zopfli (Google's exhaustive Deflate encoder, here compiled to WebAssembly by
 * `@gfx/zopfli`) writes ordinary gzip that any inflater reads, smaller than `gzip -9`:
 * 59.7 → 56.9 KB (5 %) for the English WebAssembly, 11.8 → 9.8 KB (17 %) for the
 * metadata of 3,000 pages (a 6,000-page site), 1.2 → 1.1 KB for today's. It costs
 * about a second of CPU a file, so it is kept for these files; the word chunks and
 * page fragments (hundreds to thousands of files) keep zlib's level 9.
 */
import { gzipAsync } from '@gfx/zopfli';
import { gunzipSync } from 'node:zlib';

/**
 * The file's content gzipped by Zopfli, or the file itself when that is not smaller.
 * The content is checked to unpack to exactly what the file held.
 * @param {Buffer} file a gzip file
 * @param {number} [iterations] Zopfli's passes (more: smaller and slower; 5 is within 0.1 % of 15 here)
 * @returns {Promise<Buffer>}
 */
export async function smallestGzip(file, iterations = 5) {
  const content = gunzipSync(file);
  const smaller = Buffer.from(await gzipAsync(content, { numiterations: iterations }));
  if (smaller.length >= file.length) return file;
  if (!gunzipSync(smaller).equals(content))
    throw new Error('zopfli: the recompressed file does not unpack to the same bytes');
  return smaller;
}
