/**
 * The preview server (tools/serve.mjs) reads request paths with these: a malformed
 * escape is a 400, not a crash, and no redirect ever points at another website.
 */
import { describe, expect, it } from 'vitest';
import { acceptsBrotli, acceptsGzip, redirectLocation, requestPath } from '../../tools/lib/request-path.mjs';

describe('a request path', () => {
  it('is decoded, with its query kept apart', () => {
    expect(requestPath('/en/help?q=1')).toEqual({ path: '/en/help', search: '?q=1' });
    expect(requestPath('/ms/caf%C3%A9/')).toEqual({ path: '/ms/café/', search: '' });
  });

  it.each(['/%', '/%E0%A4%A', '/%zz', 'http://evil.example/', '*', '/a%00b'])('%s is a bad request (400)', (target) => {
    expect(requestPath(target)).toEqual({ status: 400 });
  });

  it('reads backslashes and repeated slashes as one slash', () => {
    expect(requestPath('//evil.example/en')).toEqual({ path: '/evil.example/en', search: '' });
    expect(requestPath('/%5Cevil.example')).toEqual({ path: '/evil.example', search: '' });
  });
});

describe('a redirect', () => {
  it('adds the trailing slash and keeps the query', () => {
    expect(redirectLocation('/en/help', '?q=a')).toBe('/en/help/?q=a');
  });

  it.each(['//evil.example', '/\\evil.example', '\\\\evil.example', '///evil.example/x'])(
    'never points at another website (%s)',
    (path) => {
      const location = redirectLocation(path);
      expect(location).toMatch(/^\/[^/\\]/);
      expect(new URL(location, 'http://localhost:4321').host).toBe('localhost:4321');
    },
  );

  it('drops a query that would split the header', () => {
    expect(redirectLocation('/en', '?a\r\nSet-Cookie: x=1')).toBe('/en/');
  });
});

describe('gzip, as a static host sends it', () => {
  it.each(['gzip', 'gzip, deflate, br, zstd', 'br;q=1.0, GZIP;q=0.5', 'deflate, gzip;q=1'])(
    '%s accepts gzip',
    (header) => {
      expect(acceptsGzip(header)).toBe(true);
    },
  );
  it.each(['', 'br', 'identity', 'gzip;q=0', 'gzip; q=0.000', 'x-gzip'])('%s does not', (header) => {
    expect(acceptsGzip(header)).toBe(false);
  });
});

describe('Brotli, for the search files precompressed beside their gzip copies', () => {
  it.each(['br', 'gzip, deflate, br, zstd', 'BR;q=0.5', 'gzip;q=1, br'])('%s accepts Brotli', (header) => {
    expect(acceptsBrotli(header)).toBe(true);
  });
  it.each(['', 'gzip, deflate', 'br;q=0', 'br; q=0.0', 'brotli', 'x-br'])('%s does not', (header) => {
    expect(acceptsBrotli(header)).toBe(false);
  });
});
