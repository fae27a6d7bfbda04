/**
 * Safety and privacy promises that hold in the built HTML itself, page by page:
 * a Content-Security-Policy that lets no inline code run without its hash, no inline
 * event handlers or script URLs, the quick exit and help one tap away in the page's
 * language — and the same security headers for static hosts and for nginx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../tools/lib/headers.mjs';
import { HASH_PLACEHOLDERS, inlineCode, sha256Source } from '../../src/lib/build/csp';
import { HELP_NOW } from '../../src/lib/help-now';
import { QUICK_EXIT_URL } from '../../src/lib/quick-exit';
import { dictionaries } from '../../src/i18n/ui';
import { isLocale } from '../../src/i18n/locales';
import { builtPages, DIST } from '../support/dist';

const pages = builtPages();
const cases = pages.map((p) => [p.path, p] as const);

describe('each page’s Content-Security-Policy', () => {
  it.each(cases)('%s has one, first in <head>, that lets no inline code run without its hash', (_, page) => {
    const metas = page.root.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const head = page.root.querySelector('head')!;
    const firstTwo = head.childNodes
      .filter((n) => n.nodeType === 1)
      .slice(0, 2)
      .map((n) => n.toString());
    expect(firstTwo[1], 'right after <meta charset>').toMatch(/^<meta http-equiv="content-security-policy"/);

    const policy = metas[0]?.getAttribute('content') ?? '';
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|(^|\s)\*(\s|;|$)/);
    const { scripts, styles } = inlineCode(page.html);
    for (const code of scripts) expect(policy, `script ${code.slice(0, 40)}…`).toContain(sha256Source(code));
    for (const code of styles) expect(policy, `style ${code.slice(0, 40)}…`).toContain(sha256Source(code));
    // Exactly those: no hash for code the page does not carry.
    const listed = policy.match(/'sha256-[^']+'/g) ?? [];
    expect(new Set(listed)).toEqual(new Set([...scripts, ...styles].map(sha256Source)));
  });

  it.each(cases)('%s has no inline event handlers, style attributes or script URLs', (_, page) => {
    const problems = page.root.querySelectorAll('*').flatMap((el) =>
      Object.entries(el.attributes).flatMap(([name, value]) => {
        if (/^on/i.test(name)) return [`<${el.tagName.toLowerCase()} ${name}>`];
        if (name.toLowerCase() === 'style') return [`<${el.tagName.toLowerCase()} style> (blocked by the CSP)`];
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|vbscript|data):/i.test(value)) {
          return [`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 30)}">`];
        }
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('safety on every page', () => {
  it.each(cases)('%s has the quick exit, to the neutral page', (_, page) => {
    const exit = page.root.querySelector('a[data-quick-exit-link]');
    expect(exit?.getAttribute('href')).toBe(QUICK_EXIT_URL);
    expect(exit?.getAttribute('rel')).toContain('noreferrer');
  });

  it.each(cases)('%s offers help one tap away, in the page’s language', (_, page) => {
    const lang = page.root.querySelector('html')?.getAttribute('lang') ?? '';
    // The entry page and the 404 speak both languages: each section carries its own.
    const blocks = page.root.querySelectorAll('[data-help-now]');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const locale = block.closest('[lang]')?.getAttribute('lang') ?? lang;
      expect(isLocale(locale), `lang ${locale}`).toBe(true);
      if (!isLocale(locale)) continue;
      const links = block.querySelectorAll('a[href^="tel:"]');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['tel:991', 'tel:145']));
      for (const { label } of HELP_NOW) expect(block.text).toContain(dictionaries[locale][label]);
    }
  });
});

describe('security headers', () => {
  const headers = headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/ms/learn/relapse/');
  const source = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/ms/learn/relapse/');
  const csp = headers['Content-Security-Policy'] ?? '';

  it('are shipped for static hosts (public/_headers, copied into the build)', () => {
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
  });

  it('cover every file served with default-src and a script-src of our hashes only', () => {
    const directive = (name: string) => new RegExp(`(^|; )${name} ([^;]*)`).exec(csp)?.[2] ?? '';
    expect(directive('default-src')).toBe("'self'");
    // The hashes of the inline scripts and styles on the built pages, and no others.
    const used = { scripts: new Set<string>(), styles: new Set<string>() };
    for (const page of pages) {
      const { scripts, styles } = inlineCode(page.html);
      scripts.forEach((c) => used.scripts.add(sha256Source(c)));
      styles.forEach((c) => used.styles.add(sha256Source(c)));
    }
    expect(used.scripts.size).toBeGreaterThan(0);
    const sources = (name: string) => directive(name).split(' ');
    expect(new Set(sources('script-src'))).toEqual(new Set(["'self'", "'wasm-unsafe-eval'", ...used.scripts]));
    expect(new Set(sources('style-src'))).toEqual(new Set(["'self'", ...used.styles]));
    expect(csp).not.toContain(HASH_PLACEHOLDERS.scripts);
  });

  it('are public/_headers with only the placeholders filled in', () => {
    const unfilled = csp.replace(/ 'sha256-[^']+'/g, '');
    const placeholders = (source['Content-Security-Policy'] ?? '')
      .replace(` ${HASH_PLACEHOLDERS.scripts}`, '')
      .replace(` ${HASH_PLACEHOLDERS.styles}`, '');
    expect(unfilled).toBe(placeholders);
    expect({ ...headers, 'Content-Security-Policy': '' }).toEqual({ ...source, 'Content-Security-Policy': '' });
  });

  it('are the same in the nginx snippet of docs/deploy.md as in public/_headers', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const nginx = Object.fromEntries(
      [...doc.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    expect(Object.keys(source).filter((n) => n !== 'Cache-Control').length).toBeGreaterThan(5);
    for (const [name, value] of Object.entries(source)) {
      if (name === 'Cache-Control') continue;
      expect(nginx[name], name).toBe(value);
    }
  });
});
