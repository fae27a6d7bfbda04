/**
 * The Content-Security-Policy of each built page, written into the page itself as a
 * `<meta http-equiv>` so it holds on any static host. It allows the site's own files
 * and, inline, exactly the scripts and styles that page carries — by SHA-256 hash.
 * Anything else inline (an injected `<script>`, an `onerror=` attribute) is refused.
 *
 * Why not Astro's `security.csp`: it lists every hash of every script on the whole
 * site (and of its island directives) on every page — 13 hashes, 0.7 KB gzip, 5% of
 * an article's budget, growing with each island — and lets any page run any other
 * page's inline script. A page's own hashes are smaller and stricter.
 */
import { createHash } from 'node:crypto';

/**
 * What a page may load, besides the hashes of its own inline code. Pagefind compiles
 * WebAssembly ('wasm-unsafe-eval'); nothing is ever fetched from another origin.
 * `frame-ancestors` cannot be set from a <meta>: public/_headers sends it.
 */
export const CSP_BASE = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const;

/** The CSP source for a piece of inline code. @example sha256Source('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='" */
export function sha256Source(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The text of each inline `<script>` (no `src`) and `<style>` in a page, exactly as the browser will hash it. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi)].map(
    (m) => m[1] ?? '',
  );
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/**
 * The policy for one page: the base, plus a hash for each inline script and style it has.
 * @example policyFor({ scripts: ['go()'], styles: [] }) // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; …"
 */
export function policyFor(code: { scripts: readonly string[]; styles: readonly string[] }): string {
  const hashes = (list: readonly string[]) => [...new Set(list.map(sha256Source))];
  const directives: Record<string, readonly string[]> = {
    ...CSP_BASE,
    'script-src': [...CSP_BASE['script-src'], ...hashes(code.scripts)],
    'style-src': [...CSP_BASE['style-src'], ...hashes(code.styles)],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * A built page with its policy at the top of `<head>` (after `<meta charset>`), so it
 * governs everything after it. A page that already has one is returned unchanged.
 */
export function withCsp(html: string): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) return html;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('a built page has no <head> to put its Content-Security-Policy in');
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(inlineCode(html))}">`;
  // Right after <meta charset> when that comes first (it must stay in the first 1024 bytes).
  const start = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(html.slice(start));
  const at = start + (charset ? charset[0].length : 0);
  return html.slice(0, at) + meta + html.slice(at);
}
