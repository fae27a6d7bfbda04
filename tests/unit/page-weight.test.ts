import { describe, expect, it } from 'vitest';
import {
  cssResourcesOf,
  inlineScriptsOf,
  inlineStylesOf,
  jsImportsOf,
  pageType,
  resourcesOf,
} from '../../tools/lib/page-weight.mjs';

describe('what a page loads before interaction', () => {
  const html = `<html><head>
    <link rel="stylesheet" href="/_astro/global.css"><link rel="icon" href="/favicon.svg">
    <link rel="canonical" href="https://rakanpulih.example.org/ms/"><link rel="alternate" hreflang="en" href="/en/">
    <link rel="modulepreload" href="/_astro/chunk.js"><script type="module" src="/_astro/island.js"></script>
  </head><body><img src="photo.webp" alt=""><img src="data:image/gif;base64,R0lGOD" alt="">
    <a href="/ms/learn/">not loaded</a><script>go()</script></body></html>`;

  it('counts stylesheets, the icon, scripts, preloads and images — not links a reader may follow', () => {
    expect(resourcesOf(html, '/ms/learn/relapse/')).toEqual([
      { kind: 'css', url: '/_astro/global.css' },
      { kind: 'icon', url: '/favicon.svg' },
      { kind: 'js', url: '/_astro/chunk.js' },
      { kind: 'js', url: '/_astro/island.js' },
      { kind: 'img', url: '/ms/learn/relapse/photo.webp' },
    ]);
  });

  it('names a file on another origin by its full address, so a budget can refuse it', () => {
    expect(resourcesOf('<script src="https://cdn.example.com/x.js"></script>', '/')).toEqual([
      { kind: 'js', url: 'https://cdn.example.com/x.js' },
    ]);
  });

  it('counts a file once however often it is named', () => {
    expect(resourcesOf('<img src="/a.png"><img src="/a.png">', '/')).toHaveLength(1);
  });

  it('follows a stylesheet to the fonts and images it names', () => {
    const css = `@font-face{src:url("../fonts/a.woff2")}.x{background:url(/img/b.png)}.y{background:url(data:image/png;base64,AA)}`;
    expect(cssResourcesOf(css, '/_astro/global.css')).toEqual([
      { kind: 'font', url: '/fonts/a.woff2' },
      { kind: 'img', url: '/img/b.png' },
    ]);
  });

  it('follows a script to the modules it imports at once, but not to those it imports on demand', () => {
    const code =
      'import{a as b}from"./brunei.js";import"../c.js";export{d}from"/_astro/d.js";const p=await import("/pagefind/pagefind.js");';
    expect(jsImportsOf(code, '/_astro/x/island.js').map((r) => r.url)).toEqual([
      '/_astro/x/brunei.js',
      '/_astro/c.js',
      '/_astro/d.js',
    ]);
  });

  it('finds the stylesheet inlined into the page, to weigh it against the CSS budget', () => {
    expect(inlineStylesOf('<head><style>a{color:red}</style></head><body><style>b{}</style></body>')).toEqual([
      'a{color:red}',
      'b{}',
    ]);
  });

  it('finds the inline scripts, but not JSON data blocks', () => {
    expect(inlineScriptsOf('<script>go()</script><script type="application/ld+json">{}</script>')).toEqual(['go()']);
  });
});

describe('page types', () => {
  it.each([
    ['/', 'entry'],
    ['/ms/', 'home'],
    ['/en/learn/relapse/', 'article'],
    ['/ms/families/', 'section'],
    ['/ms/stories/hakim-five-prayers/', 'story'],
    ['/en/groups/', 'directory'],
    ['/en/groups/teratai-bandar/', 'group'],
    ['/ms/groups/district/tutong/', 'district'],
    ['/en/search/', 'search'],
  ])('%s is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});
