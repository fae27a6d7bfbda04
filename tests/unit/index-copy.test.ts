import { describe, expect, it } from 'vitest';
import { pageForIndex, SITE_NAME_MARK } from '../../tools/lib/index-copy.mjs';

const page = `<html lang="ms"><body><article data-pagefind-body><h1 class="x" data-pagefind-meta="title">Tentang Rakan Pulih dan privasi</h1><p>Rakan Pulih tidak menyimpan <b>apa-apa</b>. Rakan sebaya membantu pemulihan.</p></article></body></html>`;

describe('pageForIndex', () => {
  it('files a Malay page as Indonesian for the stemmer, or leaves it', () => {
    expect(pageForIndex(page)).toContain('<html lang="id">');
    expect(pageForIndex(page, { malayAs: 'none' })).toContain('<html lang="ms">');
    expect(pageForIndex('<html lang="en"><p>x</p></html>')).toBe('<html lang="en"><p>x</p></html>');
  });

  it('keeps the site name out of the words Pagefind indexes, in text and title', () => {
    const out = pageForIndex(page);
    expect(out.match(/<span data-pagefind-ignore>Rakan Pulih<\/span>/g)).toHaveLength(2);
    // Other words stay: "rakan sebaya", "pemulihan".
    expect(out).toContain('Rakan sebaya membantu pemulihan.');
  });

  it('keeps the result title whole, from an attribute', () => {
    const out = pageForIndex(page);
    expect(out).toContain('data-pagefind-meta="title, fulltitle[data-index-title]"');
    const title = /data-index-title="([^"]*)"/.exec(out)?.[1] ?? '';
    expect(title).not.toMatch(/rakan|pulih/i);
    expect(title.replace(SITE_NAME_MARK, 'Rakan Pulih')).toBe('Tentang Rakan Pulih dan privasi');
    const plain = '<h1 data-pagefind-meta="title">Relaps</h1>';
    expect(pageForIndex(plain)).toBe(plain);
  });
});
