/**
 * A Vite plugin that keeps Astro's content store module in one-byte characters.
 *
 * Astro hands the build its content store as one module,
 * `export default JSON.parse("…every entry…")`. Once the prose holds a single
 * character above U+00FF (an em dash, a curly quote), V8 must hold that whole
 * string — megabytes at a few thousand pages — in two bytes a character, and
 * compiling and parsing it gets several times slower (23.7 s against 6.4 s at
 * 6,000 pages, measured for issue 15). Writing those characters as JSON `\uXXXX`
 * escapes inside the string gives exactly the same data after `JSON.parse`, from a
 * string V8 keeps in one byte a character.
 *
 * The transformation is `asciiJsonLiteral` (tested in tests/unit/ascii-content-store.test.ts).
 */
import type { Plugin } from 'vite';

/** The id Astro resolves `astro:data-layer-content` to (a virtual module: "\0" + name). */
export const CONTENT_STORE_ID = '\0astro:data-layer-content';

/**
 * Rewrites every character above U+00FF in module code whose string literals hold
 * JSON text as a JSON escape (`\\uXXXX` in the JavaScript source), so the string
 * JSON.parse reads is one-byte and parses to the same value. Characters outside the
 * basic plane come as two surrogate halves, each escaped, as JSON allows.
 * Only valid where such characters occur inside the JSON text's strings — true of
 * Astro's store module, whose code around the literal is ASCII.
 */
export function asciiJsonLiteral(code: string): string {
  return code.replace(/[\u0100-\uffff]/g, (c) => `\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function asciiContentStore(): Plugin {
  return {
    name: 'rakan-pulih:ascii-content-store',
    enforce: 'post',
    transform(code, id) {
      if (id !== CONTENT_STORE_ID || !code.startsWith('export default JSON.parse(')) return undefined;
      return { code: asciiJsonLiteral(code), map: null };
    },
  };
}
