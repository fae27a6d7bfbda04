/**
 * The search index as built by tools/index-search.mjs: one index per language,
 * Malay stemmed the Indonesian way while the pages stay Malay, only the content
 * of each page indexed, and filter values the search page can offer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { STORED_WASM_DIR, storedCopy } from '../../tools/lib/stored-wasm.mjs';
import { builtPages, DIST } from '../support/dist';
import { loadPagefind } from '../support/pagefind';
import { searchPage } from '../support/search-page';

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

  it('ships Pagefind’s WebAssembly compressed as kept in tools/data/pagefind-wasm/ (none made afresh)', () => {
    // Fails after a Pagefind upgrade until `node tools/index-search.mjs --store-wasm` keeps the
    // new copies (tools/lib/stored-wasm.mjs): without them each build spends ~2 s compressing.
    const searched = new Set(Object.values(entry.languages).map((info) => `wasm.${info.wasm ?? 'unknown'}.pagefind`));
    const wasm = readdirSync(join(DIST, 'pagefind')).filter((name) => /^wasm\.[^/]+\.pagefind$/.test(name));
    expect(wasm).toEqual(expect.arrayContaining([...searched]));
    for (const name of wasm) {
      const path = join(DIST, 'pagefind', name);
      const file = readFileSync(path);
      const content = gunzipSync(file);
      // A language's own WebAssembly is Zopfli's gzip; every one has its Brotli copy (unless SEARCH_BROTLI=0).
      if (searched.has(name))
        expect(storedCopy(content, 'gz')?.equals(file), `${name} is not the copy in ${STORED_WASM_DIR}`).toBe(true);
      if (existsSync(`${path}.br`))
        expect(storedCopy(content, 'br')?.equals(readFileSync(`${path}.br`)), `${name}.br`).toBe(true);
    }
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

    it('never matches a page for the site’s name, yet keeps it in the result titles', async () => {
      const { search } = await loadPagefind(DIST, locale);
      // "Rakan Pulih" is in the about page's title and text; "rakan" is no other English
      // word there, and in Malay "pulih" shares its stem with "pemulihan".
      const about = `/${locale}/about/`;
      // In Malay, "rakan" and "pulih" are words of the page's text too: there the search
      // page drops the name from the query (tests/unit/search-query.test.ts).
      if (locale === 'en') {
        const found = (await search('rakan'))?.results ?? [];
        const urls = await Promise.all(found.map(async (r) => (await r.data()).url));
        expect(urls).not.toContain(about);
      }
      expect(await searchPage(locale).run(search, 'Rakan Pulih')).toEqual([]);
      const privacy = (await search(locale === 'ms' ? 'privasi' : 'privacy'))?.results[0];
      const data = await privacy?.data();
      expect(data?.url).toBe(about);
      expect(data?.meta['fulltitle']?.replace('\u2060', 'Rakan Pulih')).toMatch(
        /^About Rakan Pulih|^Tentang Rakan Pulih/,
      );
    });

    it('indexes each kind of page with its kind, for the result line', async () => {
      const { search } = await loadPagefind(DIST, locale);
      const kindOf = async (q: string) => (await (await search(q))?.results[0]?.data())?.meta['kind'];
      expect(await kindOf('Lamunin')).toBe('family-group');
      expect(await kindOf(locale === 'ms' ? 'Hari Raya' : 'Hari Raya')).toBe('story');
      expect(await kindOf(locale === 'ms' ? 'terlebih dos' : 'overdose')).toBe('guide');
    });

    it('keeps a glossary term apart from its definition in the indexed text', async () => {
      // Snippets read "Kumpulan sokongan keluargaA group for …" when the two ran together.
      const { search } = await loadPagefind(DIST, locale);
      const found = (await search(locale === 'ms' ? 'glosari' : 'glossary'))?.results ?? [];
      const pages = await Promise.all(found.map((r) => r.data()));
      const glossary = pages.find((p) => p.url === `/${locale}/glossary/`);
      expect(glossary, 'the glossary is indexed').toBeTruthy();
      expect(glossary?.content).not.toMatch(/\p{Ll}\p{Lu}/u);
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
