import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fillHeaderPolicy,
  foreignCode,
  HASH_PLACEHOLDERS,
  inlineCode,
  ourSources,
  pageCode,
  policyFor,
  sha256Source,
  withCsp,
  withoutViteMarkers,
  type TrustedCode,
} from '../../src/lib/build/csp';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const OURS: TrustedCode = {
  scripts: new Map([['go()', 'src/components/Go.astro']]),
  styles: new Map([
    ['a{color:red}', 'src/styles/global.css'],
    ['b{color:blue}', 'src/pages/x.astro'],
  ]),
};
const policyOf = (html: string) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('hashes of inline code', () => {
  it('match what the browser computes: SHA-256 of the exact text, in base64', () => {
    const code = 'document.body.hidden = true;';
    expect(sha256Source(code)).toBe(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  });

  it('are taken from inline scripts and styles only, not from scripts with a src', () => {
    const html = page(
      '<style>a{color:red}</style><script src="/_astro/a.js"></script>',
      '<script type="module">go()</script>',
    );
    expect(inlineCode(html)).toEqual({ scripts: ['go()'], styles: ['a{color:red}'] });
  });

  it('keep the script text byte for byte, whitespace included', () => {
    expect(inlineCode('<script>\n  go();\n</script>').scripts).toEqual(['\n  go();\n']);
  });

  it('are not needed for data blocks, which a browser does not run', () => {
    expect(inlineCode(page('', '<script type="application/json">{"a":1}</script>')).scripts).toEqual([]);
  });

  it('find a script however its tag is written, with a real HTML parser', () => {
    expect(inlineCode(page('', '<sCrIpT >go()</SCRIPT foo>')).scripts).toEqual(['go()']);
  });
});

describe('our own code', () => {
  it('is a piece the build made, or several joined (Astro inlines stylesheets one after another)', () => {
    expect(ourSources('go()', OURS.scripts)).toEqual(['src/components/Go.astro']);
    expect(ourSources('a{color:red}b{color:blue}', OURS.styles)).toEqual([
      'src/styles/global.css',
      'src/pages/x.astro',
    ]);
    expect(ourSources('a{color:red}x{}', OURS.styles)).toBeUndefined();
    expect(ourSources('go();evil()', OURS.scripts)).toBeUndefined();
  });

  it('is read without the markers Vite puts between joined stylesheets', () => {
    expect(withoutViteMarkers('a{}/*$vite$:1*/b{}')).toBe('a{}b{}');
  });

  it('is all a page may hold: anything else inline is reported as foreign', () => {
    const code = pageCode(
      page(
        '<style>a{color:red}</style>',
        '<script>go()</script><script>steal()</script><img src=x onerror="steal()"><p style="display:none">x</p><a href="javascript:steal()">x</a><meta http-equiv="refresh" content="0;url=https://evil.example/">',
      ),
    );
    expect(foreignCode(code, OURS)).toEqual([
      { what: '<script>', code: 'steal()' },
      { what: '<img onerror>', code: 'steal()' },
      { what: '<p style>', code: 'display:none' },
      { what: '<a href>', code: 'javascript:steal()' },
      { what: '<meta http-equiv="refresh">', code: '0;url=https://evil.example/' },
    ]);
  });
});

describe('a page’s policy', () => {
  it('allows the page’s own inline script by hash, and no inline code otherwise', () => {
    const policy = policyFor({ scripts: ['go()'], styles: [] });
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256Source('go()')}`);
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
  });

  it('shuts plugins out and keeps every fetch on the site’s own origin', () => {
    const policy = policyFor({ scripts: [], styles: [] });
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "img-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
  });

  it('lists a repeated script once', () => {
    expect(policyFor({ scripts: ['go()', 'go()'], styles: [] }).match(/sha256-/g)).toHaveLength(1);
  });
});

describe('writing the policy into a built page', () => {
  it('puts it right after <meta charset>, before anything it governs', () => {
    const html = withCsp(page('<title>x</title>', '<script>go()</script>'), OURS);
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    expect(policyOf(html)).toContain(sha256Source('go()'));
  });

  it('hashes only our code: a smuggled script gets no hash', () => {
    const policy = policyOf(withCsp(page('', '<script>go()</script><script>steal()</script>'), OURS));
    expect(policy).toContain(sha256Source('go()'));
    expect(policy).not.toContain(sha256Source('steal()'));
  });

  it('adds ours even when content brought a policy of its own (browsers enforce both)', () => {
    const html = page('<meta http-equiv="content-security-policy" content="script-src *">', '<script>go()</script>');
    expect(policyOf(withCsp(html, OURS))).toContain(sha256Source('go()'));
  });

  it('fails loudly on a page without a <head>', () => {
    expect(() => withCsp('<p>no head</p>', OURS)).toThrow(/<head>/);
  });
});

describe('the header policy', () => {
  it('gets the hashes of our code in use in place of its placeholders', () => {
    const policy = `default-src 'self'; script-src 'self' ${HASH_PLACEHOLDERS.scripts}; style-src 'self' ${HASH_PLACEHOLDERS.styles}; img-src 'self'`;
    expect(fillHeaderPolicy(policy, { scripts: ['go()'], styles: [] })).toBe(
      `default-src 'self'; script-src 'self' ${sha256Source('go()')}; style-src 'self'; img-src 'self'`,
    );
  });
});
