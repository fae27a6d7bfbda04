/**
 * The preview server sends what a production host sends (docs/deploy.md: nginx `gzip on`;
 * Netlify and Cloudflare Pages compress by themselves), so `npm run audit` and these
 * browser tests weigh the bytes a phone really downloads.
 */
import { expect, test } from '@playwright/test';

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
