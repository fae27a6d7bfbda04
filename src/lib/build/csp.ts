/**
 * The Content-Security-Policy of each built page, written into the page itself as a
 * `<meta http-equiv>` so it holds on any static host, and the same hashes for the
 * header policy (public/_headers) that covers every file served.
 *
 * The hashes come from OUR code, not from the finished page: the build records the
 * scripts and stylesheets it makes from src/ (and Astro's own runtime), and a page's
 * policy lists only those of them the page carries. Anything else inline — a
 * `<script>` that content smuggled in, an `onerror=` attribute — gets no hash, so the
 * browser refuses it, and the build's guard (`foreignCode`) stops the build first,
 * naming the page and where the code came from.
 *
 * Why not Astro's `security.csp`: it lists every hash of every script on the whole
 * site on every page, and hashes whatever a page holds.
 */
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

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

/** The placeholders in public/_headers (and the nginx snippet) the build fills with our hashes. */
export const HASH_PLACEHOLDERS = { scripts: "'our-script-hashes'", styles: "'our-style-hashes'" } as const;

// Every page inlines the same few scripts and stylesheets: each is hashed once per build.
const hashed = new Map<string, string>();

/** The CSP source for a piece of inline code. @example sha256Source('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='" */
export function sha256Source(code: string): string {
  let source = hashed.get(code);
  if (source === undefined) {
    source = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
    hashed.set(code, source);
  }
  return source;
}

/** Code the site itself makes, each with where it comes from (`src/components/layout/QuickExit.astro`). */
export interface TrustedCode {
  scripts: Map<string, string>;
  styles: Map<string, string>;
}

/** Vite marks the joins in a CSS chunk with comments that Astro removes when it inlines the CSS. */
export function withoutViteMarkers(css: string): string {
  return css.replace(/\/\*\$vite\$:\d+\*\//g, '');
}

/**
 * The sources a piece of inline code is made of, when it is entirely ours: one trusted
 * piece, or several joined (Astro inlines a page's stylesheets one after the other).
 * Undefined when any part of it is not ours.
 */
export function ourSources(code: string, trusted: ReadonlyMap<string, string>): string[] | undefined {
  const exact = trusted.get(code);
  if (exact !== undefined) return [exact];
  // Longest first, so a sheet that begins like a shorter one is not split wrongly.
  const pieces = [...trusted.keys()].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let rest = code;
  while (rest.length > 0) {
    const piece = pieces.find((p) => rest.startsWith(p));
    if (!piece) return undefined;
    parts.push(trusted.get(piece)!);
    rest = rest.slice(piece.length);
  }
  return parts.length > 0 ? parts : undefined;
}

/** A node of the HTML syntax tree (hast), as far as the checks read it. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** Script types that a browser runs (a JSON data block is not run, and needs no hash). */
function runs(type: unknown): boolean {
  const t = String(type ?? '')
    .trim()
    .toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/** Something inline in a page that is not ours, as the guard reports it. */
export interface ForeignCode {
  what: string;
  code: string;
}

export interface PageCode {
  /** Inline scripts that run, as the browser hashes them. */
  scripts: string[];
  /** Inline `<style>` elements. */
  styles: string[];
  /** Inline code that no hash can allow: handlers, style attributes, script URLs, refresh. */
  inline: ForeignCode[];
}

/** Reads a built page with a real HTML parser: its inline scripts and styles, and inline code of other kinds. */
export function pageCode(html: string): PageCode {
  const found: PageCode = { scripts: [], styles: [], inline: [] };
  const tree = htmlToHast(html) as unknown as HastNode;
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName.toLowerCase();
      const props = node.properties ?? {};
      const text = () => (node.children ?? []).map((c) => c.value ?? '').join('');
      if (tag === 'script' && props.src === undefined && runs(props.type)) found.scripts.push(text());
      if (tag === 'style') found.styles.push(text());
      for (const [name, value] of Object.entries(props)) {
        const shown = Array.isArray(value) ? value.join(' ') : String(value);
        if (/^on/i.test(name)) found.inline.push({ what: `<${tag} ${name.toLowerCase()}>`, code: shown });
        if (name === 'style') found.inline.push({ what: `<${tag} style>`, code: shown });
        if (
          /^(href|src|action|formAction|xLinkHref|data)$/.test(name) &&
          /^\s*(javascript|vbscript|data):/i.test(shown)
        ) {
          if (!(tag === 'img' && /^\s*data:image\//i.test(shown)))
            found.inline.push({ what: `<${tag} ${name}>`, code: shown });
        }
      }
      if (tag === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'refresh') {
        found.inline.push({ what: '<meta http-equiv="refresh">', code: String(props.content ?? '') });
      }
      if (tag === 'base') found.inline.push({ what: '<base>', code: String(props.href ?? '') });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The text of each inline script that runs and each `<style>` in a page, exactly as the browser will hash it. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = pageCode(html);
  return { scripts, styles };
}

/** Every piece of inline code in a page that is not ours. Empty for a page of our own. */
export function foreignCode(code: PageCode, trusted: TrustedCode): ForeignCode[] {
  return [
    ...code.scripts.filter((s) => !ourSources(s, trusted.scripts)).map((s) => ({ what: '<script>', code: s })),
    ...code.styles.filter((s) => !ourSources(s, trusted.styles)).map((s) => ({ what: '<style>', code: s })),
    ...code.inline,
  ];
}

/**
 * The policy for one page: the base, plus a hash for each of OUR inline scripts and
 * styles it carries. Code that is not ours gets no hash.
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

/** The scripts and styles of a page that are ours (and so get a hash). */
export function ownCode(code: PageCode, trusted: TrustedCode): { scripts: string[]; styles: string[] } {
  return {
    scripts: code.scripts.filter((s) => ourSources(s, trusted.scripts)),
    styles: code.styles.filter((s) => ourSources(s, trusted.styles)),
  };
}

/**
 * A built page with its policy at the top of `<head>` (after `<meta charset>`), so it
 * governs everything after it. Hashes only our code (`trusted`). A page that already
 * has a policy is refused: a second one could only have come from content. `code` is the
 * page's code when the caller has read it already (`pageCode(html)`): one parse a page.
 */
export function withCsp(html: string, trusted: TrustedCode, code: PageCode = pageCode(html)): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('a built page has no <head> to put its Content-Security-Policy in');
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(ownCode(code, trusted))}">`;
  // Right after <meta charset> when that comes first (it must stay in the first 1024 bytes).
  const start = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(html.slice(start));
  const at = start + (charset ? charset[0].length : 0);
  return html.slice(0, at) + meta + html.slice(at);
}

/** The header policy: public/_headers' value with the placeholders replaced by every hash of our code in use. */
export function fillHeaderPolicy(
  policy: string,
  used: { scripts: Iterable<string>; styles: Iterable<string> },
): string {
  const list = (codes: Iterable<string>) => [...new Set([...codes].map(sha256Source))].sort().join(' ');
  return policy
    .replace(HASH_PLACEHOLDERS.scripts, list(used.scripts))
    .replace(HASH_PLACEHOLDERS.styles, list(used.styles))
    .replace(/ {2,}/g, ' ')
    .replace(/ ;/g, ';');
}
