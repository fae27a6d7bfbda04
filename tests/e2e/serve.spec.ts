/**
 * The preview server sends what a production host sends (docs/deploy.md: nginx `gzip on`;
 * Netlify and Cloudflare Pages compress by themselves), so `npm run audit` and these
 * browser tests weigh the bytes a phone really downloads; and it sends the Brotli copies
 * the build writes, as nginx `brotli_static on` does (docs/deploy.md).
 */
import { expect, test } from '@playwright/test';
import { gunzipSync } from 'node:zlib';

test('pages are sent gzipped when the browser accepts it, and plain when it does not', async ({ request }) => {
  const zipped = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(zipped.headers()['content-encoding']).toBe('gzip');
  expect(zipped.headers()['vary']).toMatch(/accept-encoding/i);
  // Playwright decodes the body; the page is whole and still carries its policy header.
  expect(await zipped.text()).toContain('</html>');
  expect(zipped.headers()['content-security-policy']).toContain("default-src 'self'");

  const plain = await request.get('/en/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toBe(await zipped.text());

  // Images that are compressed already are sent as they are.
  const icon = await request.get('/apple-touch-icon.png', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(icon.headers()['content-encoding']).toBeUndefined();
});

test('search files go as their Brotli copies when the browser accepts Brotli, as gzip files when not', async ({
  request,
}) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  const meta = `/pagefind/pagefind.${entry.languages.ms.hash}.pf_meta`;

  const brotli = await request.get(meta, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['vary']).toMatch(/accept-encoding/i);
  // Decoded by the client, it is the data with Pagefind's signature, which pagefind.js takes as it is.
  const decoded = await brotli.body();
  expect(decoded.subarray(0, 12).toString()).toBe('pagefind_dcd');

  // Without Brotli: Pagefind's own gzip file, sent as it is (pagefind.js unpacks it).
  const gzip = await request.get(meta, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBeUndefined();
  expect(gzip.headers()['vary']).toMatch(/accept-encoding/i);
  const file = await gzip.body();
  expect([...file.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  expect(gunzipSync(file).equals(decoded)).toBe(true);

  // The site's scripts too; the page itself is gzipped as before.
  const script = await request.get('/pagefind/pagefind.js', { headers: { 'Accept-Encoding': 'br' } });
  expect(script.headers()['content-encoding']).toBe('br');
  const page = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip, br' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
});
