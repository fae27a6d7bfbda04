import { describe, expect, it } from 'vitest';
import { moduleEntries, moduleGraph, staticImports, withModulePreload } from '../../src/lib/build/module-preload';

// Built modules as Vite writes them (minified, double quotes, relative chunk paths).
const files: Record<string, string> = {
  '/_astro/page.js': 'import{a as x}from"./schedule.js";import"./brunei.js";x();',
  '/_astro/schedule.js': 'import{b}from"./brunei.js";export const a=()=>b;',
  '/_astro/brunei.js': 'export const b=1;',
};

describe('preloading a page’s modules', () => {
  it('finds the static imports of a built module', () => {
    expect(staticImports(files['/_astro/page.js']!)).toEqual(['./schedule.js', './brunei.js']);
    expect(staticImports('const s="./not-an-import.js";')).toEqual([]);
  });

  it('lists every module of the chain once, the entry first', () => {
    expect(moduleGraph(['/_astro/page.js'], (p) => files[p]!)).toEqual([
      '/_astro/page.js',
      '/_astro/schedule.js',
      '/_astro/brunei.js',
    ]);
  });

  it('puts a modulepreload link per module at the end of the head, once', () => {
    const html =
      '<html><head><title>x</title></head><body><script type="module" src="/_astro/page.js"></script></body></html>';
    expect(moduleEntries(html)).toEqual(['/_astro/page.js']);
    const out = withModulePreload(
      html,
      moduleGraph(moduleEntries(html), (p) => files[p]!),
    );
    expect(out).toContain(
      '<link rel="modulepreload" href="/_astro/page.js"><link rel="modulepreload" href="/_astro/schedule.js"><link rel="modulepreload" href="/_astro/brunei.js"></head>',
    );
    expect(withModulePreload(out, ['/_astro/page.js'])).toBe(out);
    expect(withModulePreload(html, [])).toBe(html);
  });
});
