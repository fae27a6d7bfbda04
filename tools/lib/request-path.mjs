// @ts-check
/**
 * Reading a request's path for tools/serve.mjs, the way that can never crash the
 * server or send a reader elsewhere: a malformed escape (`/%`, `/%E0%A4%A`) is a 400,
 * and a redirect's Location is always a path on this site — never `//host` or `/\host`,
 * which browsers read as another website.
 */

/**
 * The decoded path and the query of a request target, or `{ status: 400 }`.
 * @example requestPath('/en/help?q=1') // { path: '/en/help', search: '?q=1' }
 */
export function requestPath(target) {
  const raw = String(target ?? '/');
  const q = raw.indexOf('?');
  const encoded = q === -1 ? raw : raw.slice(0, q);
  const search = q === -1 ? '' : raw.slice(q);
  if (!encoded.startsWith('/')) return { status: 400 };
  let path;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  // Backslashes are slashes to a browser; several slashes in a row are one.
  path = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  return { path, search };
}

/** The Location for a redirect to `path` + `/`: a single-slash path on this site, re-encoded. */
export function redirectLocation(path, search = '') {
  const safe = `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`.replace(/\/{2,}/g, '/');
  const encoded = encodeURI(safe.endsWith('/') ? safe : `${safe}/`).replace(/[?#]/g, encodeURIComponent);
  // A query is kept only when it is plain (no line breaks that could split the header).
  const query = /^\?[^\r\n]*$/.test(search) ? search.replace(/[^\x21-\x7e]/g, encodeURIComponent) : '';
  return `${encoded}${query}`;
}

/**
 * Whether a request's Accept-Encoding allows a content coding (and does not refuse it with `q=0`).
 * @example acceptsEncoding('gzip, deflate, br', 'br') // true
 */
export function acceptsEncoding(header = '', coding = 'gzip') {
  return String(header)
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(
      ([name, ...params]) =>
        name?.trim().toLowerCase() === coding && !params.some((p) => /^\s*q\s*=\s*0(\.0{0,3})?\s*$/.test(p)),
    );
}

/**
 * Whether a request's Accept-Encoding allows gzip.
 * @example acceptsGzip('gzip, deflate, br') // true
 */
export const acceptsGzip = (header = '') => acceptsEncoding(header, 'gzip');

/**
 * Whether a request's Accept-Encoding allows Brotli. Chromium sends `br` over HTTPS and
 * to localhost / 127.0.0.1, but only `gzip, deflate` over plain HTTP to other addresses.
 * @example acceptsBrotli('gzip, deflate, br, zstd') // true
 */
export const acceptsBrotli = (header = '') => acceptsEncoding(header, 'br');
