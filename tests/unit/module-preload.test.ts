import { describe, expect, it } from 'vitest';
import {
  loaderModules,
  moduleGraph,
  moduleLoader,
  staticImports,
  withDeferredModules,
} from '../../src/lib/build/module-preload';

// Built modules as Vite writes them (minified, double quotes, relative chunk paths).
const files: Record<string, string> = {
  '/_astro/page.js': 'import{a as x}from"./schedule.js";import"./brunei.js";x();',
  '/_astro/schedule.js': 'import{b}from"./brunei.js";export const a=()=>b;',
  '/_astro/brunei.js': 'export const b=1;',
};
const read = (path: string) => files[path]!;

describe('loading a page’s island modules', () => {
  it('finds the static imports of a built module', () => {
    expect(staticImports(files['/_astro/page.js']!)).toEqual(['./schedule.js', './brunei.js']);
    expect(staticImports('const s="./not-an-import.js";')).toEqual([]);
  });

  it('lists every module of the chain once, the entry first', () => {
    expect(moduleGraph(['/_astro/page.js'], read)).toEqual([
      '/_astro/page.js',
      '/_astro/schedule.js',
      '/_astro/brunei.js',
    ]);
  });

  it('replaces the module script with an inline loader for the whole chain, and says which loaders it wrote', () => {
    const html =
      '<html><head><title>x</title></head><body><p>Text</p><script type="module" src="/_astro/page.js"></script></body></html>';
    const { html: out, loaders } = withDeferredModules(html, read, () => true);
    expect(out).not.toContain('src="/_astro/page.js"');
    expect(out).not.toContain('<link rel="modulepreload"');
    expect(loaders).toHaveLength(1);
    expect(out).toContain(`<script type="module">${loaders[0]}</script></body>`);
    expect(loaderModules(loaders[0]!)).toEqual(['/_astro/page.js', '/_astro/schedule.js', '/_astro/brunei.js']);
  });

  it('leaves a module the site did not make as it was', () => {
    const html = '<body><script type="module" src="/elsewhere.js"></script></body>';
    expect(withDeferredModules(html, read, (p) => p.startsWith('/_astro/'))).toEqual({ html, loaders: [] });
  });

  it('writes a loader that waits for the first frame, preloads every module, then imports the entry', async () => {
    const appended: { rel: string; href: string }[] = [];
    const imported: string[] = [];
    let frame: (() => void) | undefined;
    let timer: (() => void) | undefined;
    const env = {
      document: {
        hidden: false,
        createElement: () => ({ rel: '', href: '' }),
        head: { append: (l: { rel: string; href: string }) => appended.push(l) },
      },
      requestAnimationFrame: (f: () => void) => (frame = f),
      setTimeout: (f: () => void) => (timer = f),
      load: (m: string) => imported.push(m),
    };
    const code = moduleLoader(['/_astro/page.js', '/_astro/brunei.js']).replace('import(m[0])', 'load(m[0])');
    new Function(...Object.keys(env), code)(...Object.values(env));
    expect(imported).toEqual([]);
    frame!();
    expect(imported).toEqual([]);
    timer!();
    expect(appended.map((l) => `${l.rel} ${l.href}`)).toEqual([
      'modulepreload /_astro/page.js',
      'modulepreload /_astro/brunei.js',
    ]);
    expect(imported).toEqual(['/_astro/page.js']);
  });

  it('reads only loaders it wrote', () => {
    expect(loaderModules('import("/x.js")')).toEqual([]);
    expect(loaderModules(moduleLoader(['/_astro/a.js']))).toEqual(['/_astro/a.js']);
  });
});
