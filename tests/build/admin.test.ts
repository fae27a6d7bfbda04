/**
 * The browser editor in the build (/admin/, docs/editing.md): there, complete and from
 * this site's own origin, with the configuration the schemas give; and apart from the
 * site: not in the sitemap or the search index, asks not to be indexed, and has its own
 * Content-Security-Policy that reaches no other page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { headersFor, parseHeadersFile } from '../../tools/lib/headers.mjs';
import { backendFromEnv, cmsConfig } from '../../src/lib/cms/config';
import { builtPages, DIST } from '../support/dist';
import { loadPagefind } from '../support/pagefind';

const ADMIN = join(DIST, 'admin');
const html = readFileSync(join(ADMIN, 'index.html'), 'utf8');
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const policy = (path: string) => (headersFor(rules, path) as Record<string, string>)['Content-Security-Policy'] ?? '';
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('the browser editor at /admin/', () => {
  it('loads every script from this site, none inline', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '';
      expect(src, 'a script with a src on this site').toMatch(/^[a-z-]+\.js$/);
      expect(body?.trim()).toBe('');
      expect(existsSync(join(ADMIN, src)), src).toBe(true);
    }
    // The bundle's chunks sit beside it (it loads them from its own address).
    expect(readdirSync(ADMIN).filter((f) => f.endsWith('.decap-cms.js')).length).toBeGreaterThan(10);
    expect(readFileSync(join(ADMIN, 'cms-start.js'), 'utf8')).toContain("from './cms-hooks.js'");
  });

  it('carries the configuration generated from the schemas', () => {
    const written = parse(readFileSync(join(ADMIN, 'config.yml'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(cmsConfig(backendFromEnv(process.env)))));
  });

  it('asks not to be indexed, and is in neither the sitemap nor the search index', async () => {
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).not.toContain('data-pagefind-body');
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(join(DIST, f), 'utf8')).not.toContain('/admin');
    for (const locale of ['ms', 'en']) {
      const { search } = await loadPagefind(DIST, locale);
      const all = (await search(null, {}))?.results ?? [];
      const urls = await Promise.all(all.map(async (r) => (await r.data()).url));
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u: string) => u.includes('/admin'))).toEqual([]);
    }
    expect(builtPages().some((p) => p.path.startsWith('/admin'))).toBe(false);
  });

  it('has its own policy: no inline or remote script, and only the Git hosts to talk to', () => {
    const admin = policy('/admin/');
    expect(admin).toBe(policy('/admin/config.yml'));
    expect(directive(admin, 'default-src')).toBe("default-src 'self'");
    // Decap compiles its configuration check (ajv) with new Function: 'unsafe-eval', no more.
    expect(directive(admin, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(admin, 'connect-src').split(' ').slice(1).sort()).toEqual(
      ["'self'", 'http://localhost:8081', 'https://api.github.com', 'https://gitlab.com'].sort(),
    );
    expect(directive(admin, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(headersFor(rules, '/admin/')).toMatchObject({ 'X-Robots-Tag': 'noindex, nofollow' });
  });

  it('lets the Git host’s login window answer the editor, and nginx sends the same policy', () => {
    expect(headersFor(rules, '/admin/')).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' });
    const doc = readFileSync('docs/deploy.md', 'utf8');
    expect(/set \$admin_csp "([^"]+)";/.exec(doc)?.[1]).toBe(policy('/admin/'));
    expect(/set \$admin_coop "([^"]+)";/.exec(doc)?.[1]).toBe('same-origin-allow-popups');
  });

  it('changes no other page’s headers', () => {
    const withoutAdmin = rules.filter((r: { pattern: string }) => !r.pattern.startsWith('/admin'));
    for (const path of [
      '/',
      '/ms/',
      '/en/learn/what-is-peer-support/',
      '/_astro/x.js',
      '/administration/',
      '/ms/admin/',
    ]) {
      expect(headersFor(rules, path), path).toEqual(headersFor(withoutAdmin, path));
    }
  });
});
