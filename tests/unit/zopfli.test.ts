import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { smallestGzip } from '../../tools/lib/zopfli.mjs';

describe('smallestGzip', () => {
  it('writes a smaller gzip of the same bytes', async () => {
    // Text that compresses, as Pagefind's metadata does.
    const content = readFileSync('content/glossary.yaml');
    const file = gzipSync(content, { level: 9 });
    const smaller = await smallestGzip(file);
    expect(smaller.length).toBeLessThan(file.length);
    expect(gunzipSync(smaller).equals(content)).toBe(true);
  });

  it('keeps the file itself when Zopfli cannot do better', async () => {
    const file = gzipSync(Buffer.alloc(0), { level: 9 }); // nothing to compress: 20 bytes either way
    expect(await smallestGzip(file)).toBe(file);
  });
});
