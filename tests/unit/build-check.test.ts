import { describe, expect, it } from 'vitest';
import { headersProblems, pageProblems } from '../../tools/lib/build-check';

const page = (body: string, csp = '<meta http-equiv="content-security-policy" content="default-src \'self\'">') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}</head><body>${body}</body></html>`;

describe('the check of the built site', () => {
  it('passes a page with its policy and links that lead somewhere', () => {
    expect(
      pageProblems('/en/', page('<a href="/en/help/">Help</a><a href="https://x.example/">x</a>'), () => true),
    ).toEqual([]);
  });

  it('names a link to a page that is not in the build', () => {
    expect(pageProblems('/en/', page('<a href="/en/gone/#x">Gone</a>'), (p) => p !== '/en/gone/')).toEqual([
      '/en/: <a> points to /en/gone/#x, which is not in the build',
    ]);
  });

  it('refuses a page with no policy, or two', () => {
    expect(pageProblems('/en/', page('', ''), () => true)).toEqual([
      '/en/: has 0 Content-Security-Policy <meta> tags, not 1',
    ]);
    const two = page(
      '',
      '<meta http-equiv="content-security-policy" content="a"><meta http-equiv="Content-Security-Policy" content="b">',
    );
    expect(pageProblems('/en/', two, () => true)).toHaveLength(1);
  });

  it('refuses a header file whose hashes were never filled in', () => {
    const unfilled = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'our-script-hashes'\n";
    expect(headersProblems(unfilled)).toHaveLength(1);
    expect(headersProblems(unfilled.replace("'our-script-hashes'", "'sha256-x'"))).toEqual([]);
    expect(headersProblems(undefined)).toHaveLength(1);
  });
});
