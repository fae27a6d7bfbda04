// @ts-check
/**
 * What a static host sends for one response of the built site, counted from the
 * files in `dist/` (tools/bench.mjs and tests/e2e/search.spec.ts): tools/serve.mjs
 * may send a Brotli copy or gzip text on the fly, and a browser hands back the body
 * decoded, so the bytes on the wire are worked out here, for two kinds of host:
 *
 * - a **gzip host** (every host): text gzipped, every other file as it is —
 *   Pagefind's index files and WebAssembly are gzip files already;
 * - a **Brotli host** (docs/deploy.md: nginx `brotli_static on`, Caddy
 *   `precompressed br`): the same, except that a file with a Brotli copy beside it
 *   (`X.br`, written by tools/index-search.mjs) is sent as that copy.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = /\.(html|css|js|mjs|json|svg|txt|xml|ics)$/;

/**
 * The file a static host serves for a URL path (`/en/` → `en/index.html`), if there is one.
 * @param {string} dist
 * @param {string} pathname
 */
export function fileFor(dist, pathname) {
  const path = join(dist, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * The bytes a gzip host and a Brotli host send for a response whose decoded body is `body`.
 * @param {string} dist
 * @param {string} pathname
 * @param {Uint8Array} body
 * @returns {{ gzip: number, brotli: number }}
 */
export function hostBytes(dist, pathname, body) {
  const file = fileFor(dist, pathname);
  const text = TEXT.test(file ?? pathname);
  const gzip = text ? gzipSync(body, { level: 9 }).length : file ? statSync(file).size : body.length;
  const brotli = file && existsSync(`${file}.br`) ? statSync(`${file}.br`).size : gzip;
  return { gzip, brotli };
}
