/**
 * `public/` is served as it is, from the site's own address: a file there runs with
 * the site's rights. So only the image, font, icon and document types the site uses
 * may be there, and an SVG (which is a document that can hold code) may hold no
 * script, no event handler, no foreignObject (HTML inside a drawing), no animation
 * of a link and no reference to anything outside the file.
 */
import { htmlToHast } from 'satteri';
import type { Issue } from './issues';
import type { HastNode } from '../../src/lib/build/csp';

/** The file types public/ may hold. `_headers` is the host's header file. */
export const PUBLIC_TYPES = [
  '.svg',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.gif',
  '.ico',
  '.woff2',
  '.pdf',
  '.txt',
  '.webmanifest',
] as const;
const PUBLIC_NAMES = ['_headers'];

/** The 1-based line and column of the first match of `pattern` in `text` (line 1 when not found). */
function place(text: string, pattern: RegExp): { line: number; column: number } {
  const index = Math.max(0, text.search(pattern));
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A hast property name back to the attribute an editor wrote: `onLoad` → `onload`, `xLinkHref` → `xlink:href`. */
function attributeName(property: string): string {
  if (property === 'xLinkHref') return 'xlink:href';
  return property.replace(/^:/, '').toLowerCase();
}

/** Problems in one SVG file, each on its line. */
export function svgIssues(file: string, text: string): Issue[] {
  const issues: Issue[] = [];
  const error = (pattern: RegExp, message: string) =>
    issues.push({ severity: 'error', file, ...place(text, pattern), message });
  const fix = 'Export the drawing again as a plain SVG (e.g. "Plain SVG" in Inkscape), or as a PNG.';

  // What an XML reader does and an HTML reader does not: declarations that define or fetch text.
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text)) {
    error(
      /<!ENTITY|<!DOCTYPE/i,
      `This SVG defines its own entities (<!ENTITY …>), which can pull in other files. ${fix}`,
    );
  }
  if (/<\?xml-stylesheet/i.test(text)) {
    error(/<\?xml-stylesheet/i, `This SVG loads a stylesheet (<?xml-stylesheet …?>). ${fix}`);
  }

  let tree: HastNode;
  try {
    tree = htmlToHast(text, { fragment: true, space: 'svg' }) as unknown as HastNode;
  } catch {
    error(/^/, `This SVG cannot be read. ${fix}`);
    return issues;
  }
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName;
      const lower = tag.toLowerCase();
      const at = new RegExp(`<${escape(tag)}\\b`, 'i');
      if (lower === 'script') error(at, `This SVG has a <script>, which would run on the site’s own address. ${fix}`);
      if (lower === 'foreignobject') {
        error(at, `This SVG has a <foreignObject>, which puts a web page inside the drawing. ${fix}`);
      }
      if (lower === 'iframe' || lower === 'embed' || lower === 'object') {
        error(at, `This SVG has an <${lower}>, which loads another page into the drawing. ${fix}`);
      }
      if (lower === 'style') {
        const css = (node.children ?? []).map((c) => c.value ?? '').join('');
        if (/@import|url\(\s*['"]?\s*(?!#)/i.test(css)) {
          error(at, `This SVG’s <style> loads something from outside the file (@import or url(…)). ${fix}`);
        }
      }
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        const name = attributeName(property);
        const text_ = Array.isArray(value) ? value.join(' ') : String(value);
        const attr = new RegExp(`\\s${escape(name)}\\s*=`, 'i');
        if (/^on/.test(name)) {
          error(attr, `This SVG has an event handler (${name}="…"), which would run code. ${fix}`);
        } else if ((name === 'href' || name === 'xlink:href' || name === 'src') && !/^\s*#/.test(text_)) {
          error(
            attr,
            `This SVG refers to something outside the file (${name}="${text_.slice(0, 40)}"). A drawing here must be self-contained. ${fix}`,
          );
        } else if (name === 'attributename' && /href/i.test(text_)) {
          error(attr, `This SVG animates a link (attributeName="${text_}"), which can turn it into code. ${fix}`);
        } else if (name === 'style' && /url\(\s*['"]?\s*(?!#)|expression\(/i.test(text_)) {
          error(attr, `This SVG’s style loads something from outside the file. ${fix}`);
        } else if (/url\(\s*['"]?\s*(?!#)/i.test(text_)) {
          error(attr, `This SVG refers to something outside the file (${name}="${text_.slice(0, 40)}"). ${fix}`);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return issues;
}

/** Every file in public/: a type the site uses, and, for SVG, a drawing without code. */
export function checkPublic(files: readonly { path: string; text?: string | undefined }[]): Issue[] {
  return files.flatMap((f) => {
    const name = f.path.split('/').at(-1) ?? '';
    if (name.startsWith('.')) return [];
    const dot = name.lastIndexOf('.');
    const type = dot === -1 ? '' : name.slice(dot).toLowerCase();
    if (!PUBLIC_NAMES.includes(f.path) && !(PUBLIC_TYPES as readonly string[]).includes(type)) {
      return [
        {
          severity: 'error' as const,
          file: f.path,
          message: `public/ is served from the site’s own address, so it holds only pictures, fonts, icons and documents (${PUBLIC_TYPES.join(' ')}). ${type ? `A ${type} file` : 'A file without a type'} could run as part of the site: remove it, or ask a maintainer.`,
        },
      ];
    }
    return type === '.svg' ? svgIssues(f.path, f.text ?? '') : [];
  });
}
