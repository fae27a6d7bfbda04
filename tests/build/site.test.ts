import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, existsInDist } from '../support/dist';

const pages = builtPages();
const site = (() => {
  const canonical = pages
    .find((p) => p.path === '/ms/')
    ?.root.querySelector('link[rel=canonical]')
    ?.getAttribute('href');
  return new URL(canonical ?? 'https://invalid.example/').origin;
})();
const localised = pages.filter((p) => /^\/(ms|en)\//.test(p.path));

describe('every page', () => {
  it('is built in both languages', () => {
    expect(localised.filter((p) => p.path.startsWith('/ms/')).length).toBeGreaterThan(20);
    expect(localised.filter((p) => p.path.startsWith('/en/')).length).toBe(
      localised.filter((p) => p.path.startsWith('/ms/')).length,
    );
  });

  it.each(localised.map((p) => [p.path, p] as const))('%s has the lang of its URL', (path, page) => {
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe(path.split('/')[1]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has a title, a description and a canonical URL', (path, page) => {
    expect(page.root.querySelector('title')?.text.trim()).not.toBe('');
    expect(page.root.querySelector('meta[name=description]')?.getAttribute('content')?.trim()).not.toBe('');
    if (path !== '/404.html') {
      expect(page.root.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(new URL(path, site).href);
    }
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has link-preview tags', (_, page) => {
    for (const property of ['og:title', 'og:description', 'og:image', 'og:locale', 'og:url']) {
      expect(page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
    expect(page.root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });
});

describe('language alternates', () => {
  const alternates = (p: (typeof pages)[number]) =>
    Object.fromEntries(
      p.root
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
    ) as Record<string, string>;

  it('are reciprocal: each alternate names this page back', () => {
    const byUrl = new Map(pages.map((p) => [new URL(p.path, site).href, p]));
    let checked = 0;
    for (const page of pages) {
      const own = new URL(page.path, site).href;
      for (const [lang, href] of Object.entries(alternates(page))) {
        if (lang === 'x-default' || !href) continue;
        const other = byUrl.get(href);
        expect(other, `${page.path} → ${href}`).toBeDefined();
        if (other && href !== own) {
          expect(Object.values(alternates(other)), `${href} should name ${own}`).toContain(own);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('are absent from fallback pages, which are not indexed', () => {
    const fallbacks = pages.filter((p) => p.root.querySelector('[data-fallback-notice]'));
    for (const page of fallbacks) {
      expect(alternates(page), page.path).toEqual({});
      expect(page.root.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    }
  });
});

describe('links', () => {
  it('no internal link points to a missing page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of page.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        if (!existsInDist(href)) broken.push(`${page.path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the language switch leads to the same page in the other language', () => {
    for (const page of localised) {
      const href = page.root.querySelector('[data-language-switch]')?.getAttribute('href');
      const [, locale, ...rest] = page.path.split('/');
      expect(href, page.path).toBe(`/${locale === 'ms' ? 'en' : 'ms'}/${rest.join('/')}`);
    }
  });
});

describe('sitemap and robots', () => {
  const sitemap = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));

  it('lists every indexable page and nothing else', () => {
    const indexable = pages
      .filter((p) => p.path !== '/404.html' && !p.root.querySelector('meta[name=robots][content*=noindex]'))
      .map((p) => new URL(p.path, site).href)
      .sort();
    expect([...listed].sort()).toEqual(indexable);
  });

  it('gives hreflang alternates for translated pages', () => {
    expect(sitemap).toContain(`hreflang="en" href="${site}/en/learn/what-is-peer-support/"`);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});

describe('search index', () => {
  it.each(['ms', 'en'])('has a Pagefind index for %s', (locale) => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages[locale]?.page_count ?? 0).toBeGreaterThan(10);
  });

  it('indexes the content only, not the page chrome', () => {
    const article = pages.find((p) => p.path === '/en/learn/what-is-peer-support/');
    expect(article?.root.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(article?.root.querySelector('header [data-pagefind-body], footer [data-pagefind-body]')).toBeNull();
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('the services list', () => {
  it.each([
    ['ms', 'Hubungi dahulu sebelum pergi.', 'Telefon untuk bertanya bantuan yang boleh mereka berikan.'],
    ['en', 'Contact them first before you go.', 'Call to ask what they can offer.'],
  ])('in %s, tells a reader to contact a place before going, and to call a phone line to ask', (locale, go, ask) => {
    const page = pages.find((p) => p.path === `/${locale}/groups/`)!;
    const card = (id: string) => page.root.querySelector(`[data-service="${id}"]`)!.text;
    expect(card('pusat-al-islah')).toContain(go);
    expect(card('talian-harapan-145')).toContain(ask);
    expect(card('talian-harapan-145')).not.toContain(go);
  });
});

describe('search fields', () => {
  it('give their examples as a hint the field names, never as a placeholder a phone cuts off', () => {
    const fields = pages.flatMap((p) => p.root.querySelectorAll('input[type="search"]').map((input) => ({ p, input })));
    expect(fields.length).toBeGreaterThan(3);
    for (const { p, input } of fields) {
      expect(input.getAttribute('placeholder'), p.path).toBeUndefined();
      const hint = p.root.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(hint?.text.trim(), `${p.path}: the hint`).toMatch(/^(Contoh|For example):/);
    }
  });
});
