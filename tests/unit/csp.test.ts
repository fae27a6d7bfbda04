import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, policyFor, sha256Source, withCsp } from '../../src/lib/csp';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
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
    const html = withCsp(page('<title>x</title>', '<script>go()</script>'));
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="ms"><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    expect(policyOf(html)).toContain(sha256Source('go()'));
  });

  it('leaves a page that already has a policy alone', () => {
    const html = page('<meta http-equiv="content-security-policy" content="default-src \'none\'">', '');
    expect(withCsp(html)).toBe(html);
  });

  it('fails loudly on a page without a <head>', () => {
    expect(() => withCsp('<p>no head</p>')).toThrow(/<head>/);
  });
});
