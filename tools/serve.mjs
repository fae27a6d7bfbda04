#!/usr/bin/env node
// @ts-check
/**
 * Serves the built site (`dist/`) the way a static host would: clean URLs with
 * trailing slashes, the 404 page, and the response headers from `public/_headers`
 * (so local runs and browser tests see the production Content-Security-Policy), and
 * text compressed with gzip when the browser accepts it, as docs/deploy.md configures
 * nginx (`gzip on`) and as Netlify and Cloudflare Pages do by themselves — so Lighthouse
 * (`npm run audit`) weighs the bytes a reader's phone really downloads. A file with a
 * Brotli copy beside it (`X.br`: the search files, tools/index-search.mjs) is sent as
 * that copy to a browser that accepts Brotli, as nginx's `brotli_static on` and Caddy's
 * `precompressed br` do (docs/deploy.md).
 *
 *   node tools/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { constants, createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from './lib/headers.mjs';
import { acceptsBrotli, acceptsGzip, redirectLocation, requestPath } from './lib/request-path.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types a static host compresses (images other than SVG, and the search index, are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.ics']);

/**
 * The file for a decoded path, never outside the served folder.
 * @param {string} path
 */
function resolveFile(path) {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, safe);
  if (file !== root && !file.startsWith(root + '/')) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

const server = createServer((req, res) => {
  const request = requestPath(req.url);
  if (request.status) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...headersFor(rules, '/') });
    res.end('Bad request: the address is not valid.\n');
    return;
  }
  const { path: pathname, search } = request;
  // Directories are addressed with a trailing slash, as in the built links.
  const dir = resolveFile(join(pathname, 'index.html'));
  if (!pathname.endsWith('/') && !extname(pathname) && dir) {
    res.writeHead(301, { Location: redirectLocation(pathname, search), ...headersFor(rules, pathname) });
    res.end();
    return;
  }
  const file = resolveFile(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  const brotliCopy = file && existsSync(`${file}.br`) ? `${file}.br` : undefined;
  const sendBrotli = brotliCopy !== undefined && acceptsBrotli(req.headers['accept-encoding']);
  const compress = !sendBrotli && COMPRESSIBLE.has(extname(path)) && acceptsGzip(req.headers['accept-encoding']);
  res.writeHead(status, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    ...(COMPRESSIBLE.has(extname(path)) || brotliCopy ? { Vary: 'Accept-Encoding' } : {}),
    ...(sendBrotli ? { 'Content-Encoding': 'br' } : compress ? { 'Content-Encoding': 'gzip' } : {}),
    ...headersFor(rules, pathname),
  });
  if (req.method === 'HEAD') res.end();
  else {
    const file = createReadStream(sendBrotli ? brotliCopy : path).on('error', () => res.destroy());
    // Level 6 is nginx's usual choice; a CDN's Brotli would send fewer bytes still.
    if (compress) file.pipe(createGzip({ level: 6, flush: constants.Z_NO_FLUSH })).pipe(res);
    else file.pipe(res);
  }
});
// A bad request from one client never stops the server.
server.on('clientError', (_error, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));

server.listen(Number(values.port), values.host, () => {
  console.log(`Rakan Pulih is being served from ${values.dir}/`);
  console.log(`  Local: http://localhost:${values.port}/`);
});
