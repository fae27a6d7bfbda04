/**
 * The search index as built by scripts/index-search.mjs: one index per language,
 * Malay stemmed the Indonesian way while the pages stay Malay, only the content
 * of each page indexed, and filter values the search page can offer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist';
import { loadPagefind } from '../support/pagefind';

const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
};
const pages = builtPages();

describe('the search index', () => {
  it('has one index per language: Malay with the Indonesian stemmer, English with the English one', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ms']);
    expect(entry.languages['ms']?.wasm).toBe('id');
    expect(entry.languages['en']?.wasm).toBe('en');
  });

  it('leaves the Malay pages Malay: only the copy given to Pagefind said "id"', () => {
    for (const page of pages.filter((p) => p.path.startsWith('/ms/'))) {
      expect(page.html, page.path).toMatch(/<html[^>]*\slang="ms"/);
    }
  });

  describe.each(['ms', 'en'] as const)('in %s', (locale) => {
    const withBody = pages.filter((p) => p.path.startsWith(`/${locale}/`) && p.html.includes('data-pagefind-body'));

    it('indexes exactly the pages that mark their content with data-pagefind-body', async () => {
      const { search } = await loadPagefind(DIST, locale);
      const all = (await search(null, {}))?.results ?? [];
      const urls = await Promise.all(all.map(async (r) => (await r.data()).url));
      expect(urls.sort()).toEqual(withBody.map((p) => p.path).sort());
    });

    it('offers every filter value the pages carry in the search page’s menus', async () => {
      const { filters } = await loadPagefind(DIST, locale);
      const searchPage = readFileSync(join(DIST, locale, 'search', 'index.html'), 'utf8');
      for (const [name, values] of Object.entries(await filters())) {
        const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(searchPage)?.[1] ?? '';
        const offered = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
        for (const value of Object.keys(values)) expect(offered, `${name}: ${value}`).toContain(value);
      }
    });
  });
});
